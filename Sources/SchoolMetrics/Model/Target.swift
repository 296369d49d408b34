/// A target the school set itself for a period, with what it achieved.
public struct Target: Sendable, Hashable {
    /// Which direction is better for a numeric target.
    public enum Better: String, Sendable {
        case higher, lower
    }

    public var name: String
    public var unit: String?
    public var min: Double?
    public var max: Double?
    public var better: Better
    public var actual: Double?
    public var achieved: Bool?
    /// A figure of the record this target is tied to (`graduation`, `party.excellent`, …).
    public var metric: String?

    public init(name: String, unit: String? = nil, min: Double? = nil, max: Double? = nil,
                better: Better = .higher, actual: Double? = nil, achieved: Bool? = nil, metric: String? = nil) {
        self.name = name
        self.unit = unit
        self.min = min
        self.max = max
        self.better = better
        self.actual = actual
        self.achieved = achieved
        self.metric = metric
    }

    /// A target with neither bound is a yes/no target.
    public var isYesNo: Bool { min == nil && max == nil }
}
