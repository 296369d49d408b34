import SchoolMetrics

/// The footer lines about a record's data: its checks and where it came from.
enum FindingNotes {
    static func lines(_ findings: [Diagnostic], source: SourcePlace?, theme: Theme) -> [String] {
        let shown = findings.filter { $0.severity != .info }
        var lines: [String] = []
        if shown.isEmpty {
            lines.append(theme.words.findings + ": " + theme.words.noFindings)
        } else {
            lines.append(theme.words.findings + ": " + shown.prefix(2).map { $0.message.text(theme.language) }.joined(separator: " · ")
                         + (shown.count > 2 ? " (+\(shown.count - 2))" : ""))
        }
        if let source { lines.append(theme.words.source + ": " + source.description) }
        return lines
    }
}
