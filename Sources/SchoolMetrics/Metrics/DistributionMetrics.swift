/// The computed figures of one distribution: total and exact share per category, best first.
public struct DistributionMetrics: Sendable, Hashable {
    /// One category's figures; `count` and `percent` are nil when the record does not give it.
    public struct Category: Sendable, Hashable {
        public var id: String
        public var label: String
        public var count: Int?
        public var percent: Double?
    }

    public var scheme: Scheme
    public var grades: [Int]?
    /// The sum of the counts.
    public var total: Int
    public var categories: [Category]

    public init(_ distribution: Distribution) {
        self.init(scheme: distribution.scheme, grades: distribution.grades, counts: distribution.counts)
    }

    public init(scheme: Scheme, grades: [Int]? = nil, counts: [Int?]) {
        self.scheme = scheme
        self.grades = grades
        let total = counts.reduce(0) { $0 + ($1 ?? 0) }
        self.total = total
        categories = zip(scheme.categories, counts).map { category, count in
            Category(id: category.id, label: category.label, count: count,
                     percent: count.flatMap { Percent.of($0, total) })
        }
    }

    /// The percent of the category with this id.
    public func percent(of categoryID: String) -> Double? {
        categories.first { $0.id == categoryID }?.percent
    }

    /// The shares rounded for display so that they add up to 100 (missing categories as 0).
    public func displayPercents(decimals: Int) -> [Double] {
        ShareRounding.percents(counts: categories.map { $0.count ?? 0 }, decimals: decimals)
    }
}
