import SchoolMetrics
/// The records `schooldash import` writes: each as FORMAT.md has it, with `sources` (where each
/// figure was read) and `review` (sentences a person should look at), which `check` reads too.
public enum ImportJSON {
    public static func encode(_ reports: [ImportedReport]) -> JSONOutput {
        .array(reports.flatMap { report in report.records.map { record(report.report, $0) } })
    }

    static func record(_ report: String, _ imported: ImportedRecord) -> JSONOutput {
        guard case .object(var members) = RecordJSON.encode(imported.record) else { return .null }
        // The identity the report does not name is left out, for check to name with its option.
        let missing = Set(imported.missing.map(\.field))
        if missing.contains("period") { members.removeAll { $0.0 == "period" } }
        if let index = members.firstIndex(where: { $0.0 == "school" }), case .object(let school) = members[index].1 {
            members[index].1 = .object(school.filter { !missing.contains("school." + $0.0) })
        }
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
