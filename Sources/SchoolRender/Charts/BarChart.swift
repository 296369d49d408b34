/// Bars, vertical or horizontal: one bar per entry, or grouped, stacked or 100 %-stacked
/// segments, with value labels and an optional reference rule (a target or a ward figure).
public struct BarChart: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable { case vertical, horizontal }
    public enum Layout: Sendable, Hashable { case grouped, stacked, percent }

    /// One piece of a bar; a nil value is missing (drawn as "—"), never as zero.
    public struct Segment: Sendable, Hashable {
        public var value: Double?
        public var label: String?
        public var color: Color

        public init(value: Double?, label: String?, color: Color) {
            self.value = value
            self.label = label
            self.color = color
        }
    }

    /// One entry along the category axis.
    public struct Bar: Sendable, Hashable {
        public var name: String
        public var segments: [Segment]

        public init(name: String, segments: [Segment]) {
            self.name = name
            self.segments = segments
        }
    }

    /// A rule drawn across the bars at `value`.
    public struct Reference: Sendable, Hashable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var bars: [Bar]
    public var orientation: Orientation
    public var layout: Layout
    public var reference: Reference?
    /// A fixed end of the value axis (100 for rates); else a round number above the data.
    public var fixedMaximum: Double?
    /// Written after each tick number, e.g. "%".
    public var tickSuffix: String
    public var legend: Legend?

    public init(bars: [Bar], orientation: Orientation = .horizontal, layout: Layout = .grouped,
                reference: Reference? = nil, fixedMaximum: Double? = nil, tickSuffix: String = "", legend: Legend? = nil) {
        self.bars = bars
        self.orientation = orientation
        self.layout = layout
        self.reference = reference
        self.fixedMaximum = fixedMaximum
        self.tickSuffix = tickSuffix
        self.legend = legend
    }

    /// The value axis the data need.
    public var scale: NiceScale {
        if layout == .percent { return NiceScale(fixed: 100, step: 20) }
        if let fixedMaximum { return NiceScale(fixed: fixedMaximum, step: NiceScale(covering: fixedMaximum).step) }
        let tops = bars.map { bar in
            let values = bar.segments.compactMap(\.value)
            return layout == .stacked ? values.reduce(0, +) : values.max() ?? 0
        }
        // Room above the tallest bar for its value label.
        let headroom = layout == .grouped && bars.contains { $0.segments.contains { $0.label != nil } } ? 1.15 : 1
        return NiceScale(covering: max((tops.max() ?? 0) * headroom, reference?.value ?? 0))
    }

    /// The extent of each segment along the value axis, in data units: `(start, end)`.
    public func extents(of bar: Bar) -> [(start: Double, end: Double)?] {
        let total = bar.segments.compactMap(\.value).reduce(0, +)
        var running = 0.0
        return bar.segments.map { segment in
            guard let value = segment.value else { return nil }
            switch layout {
            case .grouped:
                return (0, value)
            case .stacked:
                defer { running += value }
                return (running, running + value)
            case .percent:
                let share = total > 0 ? value / total * 100 : 0
                defer { running += share }
                return (running, running + share)
            }
        }
    }

    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        BarChartDrawing(chart: self, frame: frame, theme: theme).draw(into: &list)
    }
}
