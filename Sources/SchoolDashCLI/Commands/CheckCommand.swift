import SchoolMetrics

/// `schooldash check`: loads the inputs and reports every finding.
struct CheckCommand {
    var options: CheckOptions
    var console: Console

    func run() -> ExitCode {
        guard let loaded = CLI.load(options.inputs, console: console, language: options.language, maxFileSize: options.maxFileSize) else { return .usage }
        let findings = Validator.findings(for: loaded)
        if options.json {
            console.out(JSONOutput.object([
                ("files", .int(loaded.files.count)),
                ("records", .int(loaded.records.count)),
                ("errors", .int(findings.errorCount)),
                ("warnings", .int(findings.warningCount)),
                ("findings", .array(findings.all.map { $0.json(options.language) })),
            ]).serialized())
        } else {
            for finding in findings.all { console.out(finding.rendered(options.language)) }
            for note in findings.omissionNotes { console.out(note.text(options.language)) }
            console.out(Summary.line(files: loaded.files.count, records: loaded.records.count, findings: findings,
                                     language: options.language))
        }
        if findings.hasErrors || (options.strict && findings.warningCount > 0) { return .dataErrors }
        return .ok
    }
}
