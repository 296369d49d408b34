/// The labels placed so far in a chart: a new label is placed only inside the panel and clear
/// of every label and reserved area before it, with `clearance` to spare beside it on its line.
public struct LabelSpace: Sendable {
    public var bounds: Rect
    public var clearance: Double
    public private(set) var taken: [Rect] = []

    public init(bounds: Rect, clearance: Double) {
        self.bounds = bounds
        self.clearance = clearance
    }

    /// Whether `rect` lies inside the bounds and, widened by the clearance on both sides, clear of
    /// everything taken.
    public func isFree(_ rect: Rect) -> Bool {
        let widened = rect.inset(left: -clearance, right: -clearance)
        return bounds.contains(rect) && !taken.contains { $0.overlaps(widened) }
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
