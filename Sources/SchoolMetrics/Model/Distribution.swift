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
        self.reportedPercent = reportedPercent ?? Distribution.noPercents(scheme.categories.count)
    }

    /// One shared array of `count` missing percents: most records print none, and 45,000
    /// records would otherwise hold 90,000 copies of the same nothing.
    private static func noPercents(_ count: Int) -> [Double?] {
        count < sharedNoPercents.count ? sharedNoPercents[count] : Array(repeating: nil, count: count)
    }

    private static let sharedNoPercents: [[Double?]] = (0...20).map { Array(repeating: nil, count: $0) }

    /// The sum of the counts given.
    public var total: Int { counts.reduce(0) { $0 + ($1 ?? 0) } }

    /// The count of the category with this id, when given.
    public func count(of categoryID: String) -> Int? {
        scheme.categoryIndex(id: categoryID).flatMap { counts[$0] }
    }
}
