import SchoolMetrics

/// `schooldash build`: loads and checks the inputs, then draws the dashboards.
///
/// The drawing itself is not built yet: for now the command reports what it would draw and
/// writes nothing.
struct BuildCommand {
    var options: BuildOptions
    var console: Console

    func run() -> ExitCode {
        guard let loaded = CLI.load(options.inputs, console: console, language: options.language) else { return .usage }
        let findings = Validator.findings(for: loaded)
        for finding in findings.all where finding.severity != .info {
            console.err(finding.rendered(options.language))
        }
        let records = loaded.records.filter { record in
            (options.period == nil || record.period == options.period)
                && (options.school == nil || record.school.id == options.school)
                && (options.ward == nil || record.school.ward == options.ward)
        }
        let wards = Set(records.map { [$0.school.province ?? "", $0.school.district ?? "", $0.school.ward, $0.period] })
        if !options.quiet {
            console.err(Summary.line(files: loaded.files.count, records: loaded.records.count, findings: findings,
                                     language: options.language))
            console.err(options.language == .en
                ? "would draw \(records.count) school dashboards and \(wards.count) ward dashboards; drawing is not built yet, so nothing was written"
                : "sẽ vẽ \(records.count) trang trường và \(wards.count) trang phường/xã; chức năng vẽ chưa có nên chưa ghi tệp nào")
        }
        return findings.hasErrors ? .dataErrors : .ok
    }
}
