/// Pie and donut in one chart: slices in the given order clockwise from 12 o'clock, share labels
/// inside large slices and outside with leader lines for small ones, a legend that keeps zero
/// slices, and a centre label for the donut.
public struct PieChart: Sendable, Hashable {
    public struct Slice: Sendable, Hashable {
        public var name: String
        public var value: Double
        /// The share as printed, e.g. "21,4%" (rounded by the caller so the labels add to 100).
        public var label: String
        public var color: Color
        /// What the legend says, e.g. "Xuất sắc 6 · 21,4%".
        public var legendLabel: String

        public init(name: String, value: Double, label: String, color: Color, legendLabel: String? = nil) {
            self.name = name
            self.value = value
            self.label = label
            self.color = color
            self.legendLabel = legendLabel ?? name
        }
    }

    public var slices: [Slice]
    /// 0 for a pie; between 0 and 1 for a donut's hole.
    public var innerRatio: Double
    public var centerLabel: String?

    public init(slices: [Slice], innerRatio: Double = 0.55, centerLabel: String? = nil) {
        self.slices = slices
        self.innerRatio = min(max(innerRatio, 0), 0.9)
        self.centerLabel = centerLabel
    }

    /// Start and end angles of each slice (radians, clockwise, −π/2 at 12 o'clock); nil for
    /// slices of zero, which are not drawn.
    public var angles: [(start: Double, end: Double)?] {
        let total = slices.map { max(0, $0.value) }.reduce(0, +)
        guard total > 0 else { return slices.map { _ in nil } }
        var running = -Double.pi / 2
        return slices.map { slice in
            guard slice.value > 0 else { return nil }
            let sweep = slice.value / total * 2 * .pi
            defer { running += sweep }
            return (running, running + sweep)
        }
    }

    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        PieChartDrawing(chart: self, frame: frame, theme: theme).draw(into: &list)
    }
}
