/// A rate such as promotion or graduation: a percent, or a count out of a number, or both.
public struct Rate: Sendable, Hashable {
    public var percent: Double?
    public var count: Int?
    public var of: Int?

    public init(percent: Double? = nil, count: Int? = nil, of: Int? = nil) {
        self.percent = percent
        self.count = count
        self.of = of
    }

    /// The rate in percent: the given percent, else `count / of × 100`.
    public var value: Double? {
        if let percent { return percent }
        if let count, let of { return Percent.of(count, of) }
        return nil
    }

    /// True when the rate is given as counts that can be pooled.
    public var hasCounts: Bool { count != nil && of != nil }
}
