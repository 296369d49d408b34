import SchoolMetrics
import SchoolRender

/// `schooldash report`: the figures of a school or a ward as a Word document, in the reports'
/// order and wording, written atomically to `--out` or under `Output/reports/`.
struct ReportCommand {
    var options: ReportOptions
    var console: Console
    /// Where reports go without `--out`, each under its `reports/` name.
    static let defaultFolder = "Output"

    func run() -> ExitCode {
        guard let loaded = CLI.load(options.inputs, console: console, language: options.language) else { return .usage }
        let findings = Validator.findings(for: loaded)
        let broken = Set(findings.all.filter { $0.severity == .error }.compactMap(\.record))
        guard let renderer = CLI.renderer(console: console) else { return .usage }
        let theme = Theme(language: options.language, measurer: renderer.measurer)
        let plan = DashboardPlan(records: loaded.records.filter { !broken.contains($0.key) }, findings: findings.all, theme: theme)
        let selection = SubjectSelection(plan: plan, subject: options.subject, period: options.period)
        guard !selection.isEmpty else {
            console.err(SubjectSelection.nothing(options.subject, period: options.period, language: options.language))
            return .dataErrors
        }
        let count = selection.schools.count + selection.wards.count
        if let out = options.out, count > 1 {
            console.err(options.language == .en
                ? "schooldash: \(count) wards have that name, so --out \(out) cannot hold them; leave out --out to write each into Output/reports/"
                : "schooldash: có \(count) phường/xã cùng tên nên --out \(out) không chứa hết được; bỏ --out để ghi từng tệp vào Output/reports/")
            return .usage
        }
        let folder: OutputFolder?
        if options.out == nil {
            guard let output = CLI.outputFolder(Self.defaultFolder, console: console) else { return .usage }
            folder = output
        } else {
            folder = nil
        }
        let files = ReportFiles(plan: plan, document: ReportDocument(theme: theme, renderer: renderer, dpi: Double(options.dpi)))
        do {
            let reports = try selection.schools.map(files.school) + selection.wards.map(files.ward)
            for report in reports {
                if let folder {
                    _ = try ReportFiles.write(report, into: folder)
                    console.out(Self.defaultFolder + "/" + report.path)
                } else if let out = options.out {
                    try NamedFile.write(report.bytes, to: out)
                    console.out(out)
                }
            }
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
        return findings.hasErrors ? .dataErrors : .ok
    }
}
