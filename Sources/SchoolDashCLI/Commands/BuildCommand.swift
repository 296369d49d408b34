import Foundation
import SchoolMetrics
import SchoolRender

/// `schooldash build`: loads and checks the inputs, then draws school and ward dashboards,
/// comparisons, the meeting pack and the manifest into the output folder.
struct BuildCommand {
    var options: BuildOptions
    var console: Console

    func run() -> ExitCode {
        let started = Date()
        guard let folder = CLI.outputFolder(options.out, console: console) else { return .usage }
        Interruption.cleanUpOnSignals()
        guard var loaded = CLI.load(options.inputs, console: console, language: options.language,
                                    maxFileSize: options.maxFileSize, workers: workers) else { return .usage }
        let findings = Validator.findings(for: loaded, workers: workers)
        for finding in findings.all where finding.severity != .info && !options.quiet {
            console.err(finding.rendered(options.language))
        }
        if options.strict && findings.hasErrors {
            console.err(options.language == .en ? "schooldash: --strict: errors found, nothing was written"
                                                 : "schooldash: --strict: có lỗi nên không ghi tệp nào")
            return .dataErrors
        }
        let broken = Set(findings.all.filter { $0.severity == .error }.compactMap(\.record))
        var records = loaded.records.filter { record in
            !broken.contains(record.key)
                && (options.period == nil || record.period == options.period)
                && (options.school == nil || record.school.id == options.school)
                && (options.ward == nil || record.school.ward == options.ward)
        }
        loaded.records = [] // the plan keeps what it draws; memory should not hold every record twice
        if let shard = options.shard { records = shard.select(records) }
        let schoolCount = Set(records.map(\.school.id)).count
        let overview = options.shard == nil && schoolCount <= options.overviewLimit
        if !overview && !records.isEmpty {
            console.err(overviewNote(schoolCount))
        }
        guard let renderer = CLI.renderer(console: console) else { return .usage }
        let theme = Theme(language: options.language, measurer: renderer.measurer)
        let plan = DashboardPlan(records: consume records, findings: findings.all, theme: theme, rankBy: options.rankBy,
                                 workers: workers)
        let pageFormats = options.formats.filter { $0 != .docx }
        let writer = DocumentWriter(renderer: renderer, folder: folder, formats: pageFormats, dpi: Double(options.dpi)) {
            PDFMetadata(title: $0.name, subject: "schooldash \($0.kind.rawValue)")
        }
        let items = pageFormats.isEmpty ? [] : plan.items(overview: overview)
        let reports = options.formats.contains(.docx) ? plan.records.indices.map(Report.school) + plan.groups.indices.map(Report.ward) : []
        let progress = Progress(total: items.count + reports.count, quiet: options.quiet, started: started, language: options.language)
        // A ward's documents are drawn together, so its PDFs share one embedding of the fonts.
        let batches = items.isEmpty ? [] : plan.batches(overview: overview)
        let batchOutcomes = Parallel.map(batches.count, workers: workers) { index in
            defer { progress.advance(by: batches[index].count) }
            return Result {
                try writer.write(batches[index].map { plan.publication(items[$0]) })
                    .map { (lines: $0.entries.map(\.line), pages: $0.pages) }
            }
        }
        let outcomes = Self.inItemOrder(batchOutcomes, batches: batches, count: items.count)
        let files = ReportFiles(plan: plan, document: ReportDocument(theme: theme, renderer: renderer, dpi: Double(options.dpi)))
        let reportOutcomes = Parallel.map(reports.count, workers: workers) { index in
            defer { progress.advance() }
            return Result {
                let report = switch reports[index] {
                case .school(let position): try files.school(plan.records[position])
                case .ward(let position): try files.ward(plan.groups[position])
                }
                return (lines: [try ReportFiles.write(report, into: folder).line], pages: 0)
            }
        }
        var entries: [String] = []
        var pageCount = 0
        for outcome in outcomes + reportOutcomes {
            switch outcome {
            case .success(let written):
                entries += written.lines
                pageCount += written.pages
            case .failure(let error):
                console.err("schooldash: \(error)")
                return .usage
            }
        }
        if overview && options.formats.contains(.pdf) && !plan.records.isEmpty {
            do {
                let (entry, pages) = try writePack(plan: plan, findings: findings.all, loaded: loaded, renderer: renderer,
                                                   theme: theme, folder: folder)
                entries.append(entry.line)
                pageCount += pages
            } catch {
                console.err("schooldash: \(error)")
                return .usage
            }
        }
        do {
            try folder.write(Array(Manifest(lines: entries, shard: options.shard).text.utf8),
                             to: manifestName)
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
        if !options.quiet {
            let seconds = DisplayFormat(options.language).fixed(Date().timeIntervalSince(started), decimals: 1)
            console.err(options.language == .en
                ? "\(entries.count + 1) files, \(pageCount) pages in \(seconds) s; \(findings.errorCount) errors, \(findings.warningCount) warnings; \(options.out)/\(manifestName)"
                : "\(entries.count + 1) tệp, \(pageCount) trang trong \(seconds) giây; \(findings.errorCount) lỗi, \(findings.warningCount) cảnh báo; \(options.out)/\(manifestName)")
        }
        return findings.hasErrors ? .dataErrors : .ok
    }

    /// The outcome of each item, in the order of the items, from the outcomes of their batches.
    private static func inItemOrder<T>(_ outcomes: [Result<[T], any Error>], batches: [[Int]], count: Int) -> [Result<T, any Error>] {
        var ordered: [Result<T, any Error>?] = Array(repeating: nil, count: count)
        for (batch, outcome) in zip(batches, outcomes) {
            for (position, item) in batch.enumerated() {
                ordered[item] = outcome.map { $0[position] }
            }
        }
        return ordered.map { $0! }
    }

    /// A Word report a build writes: of the plan's record or ward group at this position.
    private enum Report {
        case school(Int)
        case ward(Int)
    }

    /// How many workers load, check, plan and draw (`--jobs`, else one per core).
    private var workers: Int { options.jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    private var manifestName: String { options.shard?.manifestName ?? "manifest.json" }

    private func overviewNote(_ schools: Int) -> String {
        if options.shard != nil {
            return options.language == .en
                ? "schooldash: a shard draws no meeting pack and no all-schools comparison; build a ward or a district for them"
                : "schooldash: một phần (--shard) không vẽ tập tài liệu họp và bảng so sánh mọi trường; hãy dựng riêng một phường hoặc một huyện"
        }
        return options.language == .en
            ? "schooldash: \(schools) schools: no meeting pack and no all-schools comparison above --overview-limit \(options.overviewLimit); build a ward or a district (--ward) for them, or raise the limit"
            : "schooldash: \(schools) trường: vượt --overview-limit \(options.overviewLimit) nên không vẽ tập tài liệu họp và bảng so sánh mọi trường; hãy dựng riêng một phường (--ward) hoặc nâng giới hạn"
    }

    private func writePack(plan: DashboardPlan, findings: [Diagnostic], loaded: Loader.Result, renderer: Renderer, theme: Theme,
                           folder: OutputFolder) throws -> (Manifest.Entry, Int) {
        let pack = MeetingPack(plan: plan, findings: findings.filter { $0.severity != .info },
                               producedOn: InputDates.newest(loaded.files, language: options.language), theme: theme)
        let publication = Publication(name: "pack", kind: .pack) { pack.pages }
        try folder.produce("pack.pdf") { temporary in
            let document = try renderer.pdf(at: temporary, metadata: PDFMetadata(title: theme.words.packTitle, subject: "schooldash pack"))
            for page in pack.pages { try document.add(page) }
            var ids: [Int] = []
            for item in pack.outline {
                ids.append(document.addOutline(item.title, destination: MeetingPack.destination(item.page),
                                               parent: item.parent.map { ids[$0] } ?? 0))
            }
            try document.finish()
        }
        return (Manifest.Entry(path: "pack.pdf", publication: publication, format: "pdf", pages: pack.pages.count), pack.pages.count)
    }
}
