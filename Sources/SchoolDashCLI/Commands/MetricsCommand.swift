import SchoolMetrics

/// `schooldash metrics --json`: every computed figure as JSON.
struct MetricsCommand {
    var options: MetricsOptions
    var console: Console

    func run() -> ExitCode {
        guard let loaded = CLI.load(options.inputs, console: console, language: options.language) else { return .usage }
        let findings = Validator.findings(for: loaded)
        for finding in findings.all where finding.severity == .error { console.err(finding.rendered(options.language)) }
        console.out(MetricsReport(records: loaded.records, level: GroupLevel(rawValue: options.grouping.rawValue)!).json.serialized())
        return findings.hasErrors ? .dataErrors : .ok
    }
}
