/// The labels placed so far in a chart: a new label is placed only inside the panel and clear
/// of every label and reserved area before it.
public struct LabelSpace: Sendable {
    public var bounds: Rect
    public private(set) var taken: [Rect] = []

    public init(bounds: Rect) {
        self.bounds = bounds
    }

    /// Whether `rect` lies inside the bounds and clear of everything taken.
    public func isFree(_ rect: Rect) -> Bool {
        bounds.contains(rect) && !taken.contains { $0.overlaps(rect) }
    }

    /// Takes `rect` when it is free; returns whether it was.
    public mutating func claim(_ rect: Rect) -> Bool {
        guard isFree(rect) else { return false }
        taken.append(rect)
        return true
    }

    /// Marks `rect` as taken without checking (axes, titles).
    public mutating func reserve(_ rect: Rect) {
        taken.append(rect)
    }
}
