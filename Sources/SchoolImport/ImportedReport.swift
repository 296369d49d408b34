import SchoolMetrics
/// What `schooldash import` makes of one report: the record of the reported period, and a
/// record of the next period with the targets the report sets, each with the place of every
/// figure in the report and the sentences a person should look at.
public struct ImportedReport: Sendable {
    public var report: String
    public var records: [ImportedRecord]
    /// Why no record could be made (no figures at all, or a district's summary of its schools), or empty.
    public var errors: [Message]
}

public struct ImportedRecord: Sendable {
    /// The record; an identity field listed in `missing` is an empty text in it.
    public var record: Record
    public var sources: [ImportSource]
    public var review: [ImportReview]
    /// The identity fields the report does not name and no option gave: the record is written
    /// without them, and `check` names each with the option that supplies it until it is filled.
    public var missing: [ReportIdentity] = []

    /// Why each missing field is missing and how to give it, in both languages.
    public var missingMessages: [Message] {
        missing.map { field in
            Message(en: "the report does not name \(field.meaning.en) (\(field.field)): give \(field.option)",
                    vi: "báo cáo không ghi \(field.meaning.vi) (\(field.field)): hãy dùng \(field.option)")
        }
    }
}

/// Where a figure of the record was read: its field path (as FORMAT.md names it), the value,
/// the line of the report and the sentence as printed.
public struct ImportSource: Sendable, Equatable {
    public var field: String
    public var value: JSONOutput
    public var line: Int
    public var sentence: String
    /// True for a value the report implies rather than prints (probationary = total − official).
    public var derived: Bool
}

/// A sentence with figures the importer did not put into the record, and why.
public struct ImportReview: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// Figures read but not placed in any field (a rank, a count of prizes, a share of staff).
        case notPlaced = "not-placed"
        /// A figure for a field that already has another value from an earlier sentence.
        case contradicts
        /// Figures in parentheses, read as commentary.
        case inParentheses = "in-parentheses"
        /// Counts that do not add up to the total the report prints beside them.
        case doesNotAddUp = "does-not-add-up"
        /// Shares printed without counts: a distribution needs its counts.
        case sharesWithoutCounts = "shares-without-counts"
        /// Figures that contradict each other so that `check` would refuse the record (more
        /// members classified than there are): taken out, with `check`'s reason in `explanation`.
        case failsCheck = "fails-check"
    }

    public var line: Int
    public var sentence: String
    public var reason: Reason
    /// The figures concerned, as printed.
    public var figures: [String]
    /// For `contradicts`: the field and the value kept.
    public var field: String?
    public var kept: JSONOutput?
    /// For `fails-check`: why `check` would refuse the figures.
    public var explanation: String? = nil
}
