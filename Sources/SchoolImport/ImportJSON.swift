import SchoolMetrics
/// The records `schooldash import` writes: each as FORMAT.md has it, with `sources` (where each
/// figure was read) and `review` (sentences a person should look at), which `check` reads too.
public enum ImportJSON {
    public static func encode(_ reports: [ImportedReport]) -> JSONOutput {
        .array(reports.flatMap { report in report.records.map { record(report.report, $0) } })
    }

    static func record(_ report: String, _ imported: ImportedRecord) -> JSONOutput {
        guard case .object(var members) = RecordJSON.encode(imported.record) else { return .null }
        members.append(("sources", .array(imported.sources.map { source(report, $0) })))
        members.append(("review", .array(imported.review.map { review(report, $0) })))
        return .object(members)
    }

    static func source(_ report: String, _ source: ImportSource) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("field", .string(source.field)), ("value", source.value),
                                               ("report", .string(report)), ("line", .int(source.line)),
                                               ("sentence", .string(source.sentence))]
        if source.derived { members.append(("derived", .bool(true))) }
        return .object(members)
    }

    static func review(_ report: String, _ review: ImportReview) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("reason", .string(review.reason.rawValue)), ("report", .string(report)),
                                               ("line", .int(review.line)), ("sentence", .string(review.sentence)),
                                               ("figures", .array(review.figures.map { .string($0) }))]
        if let field = review.field { members.append(("field", .string(field))) }
        if let kept = review.kept { members.append(("kept", kept)) }
        if let explanation = review.explanation { members.append(("check", .string(explanation))) }
        return .object(members)
    }
}
