/// How many students fell in each category of one scheme.
///
/// `counts` and `reportedPercent` are indexed like `scheme.categories`; a category the
/// record does not give is `nil` (missing, not zero).
public struct Distribution: Sendable, Hashable {
    public var scheme: Scheme
    /// The grades this part covers, for mixed-year records (e.g. `[6, 7]`).
    public var grades: [Int]?
    public var counts: [Int?]
    /// The shares as printed in the report, for cross-checking.
    public var reportedPercent: [Double?]

    public init(scheme: Scheme, grades: [Int]? = nil, counts: [Int?], reportedPercent: [Double?]? = nil) {
        self.scheme = scheme
        self.grades = grades
        self.counts = counts
        self.reportedPercent = reportedPercent ?? Array(repeating: nil, count: scheme.categories.count)
    }

    /// The sum of the counts given.
    public var total: Int { counts.reduce(0) { $0 + ($1 ?? 0) } }

    /// The count of the category with this id, when given.
    public func count(of categoryID: String) -> Int? {
        scheme.categoryIndex(id: categoryID).flatMap { counts[$0] }
    }
}
