/// Measures the advance width of a line of text; charts never place a label unmeasured.
public protocol TextMeasurer: Sendable {
    /// The width in points of `text` set at `size` points: its width at 1 pt times `size`
    /// (fonts are set unhinted, so widths scale with the size).
    func width(of text: String, size: Double, weight: FontWeight) -> Double
}

/// A measurer that gives every character the same advance, for tests and snapshots.
public struct FixedAdvanceMeasurer: TextMeasurer {
    /// The advance of one character as a fraction of the font size.
    public var advance: Double

    public init(advance: Double = 0.55) {
        self.advance = advance
    }

    public func width(of text: String, size: Double, weight: FontWeight) -> Double {
        Double(text.count) * size * advance * (weight == .bold ? 1.05 : 1)
    }
}

/// Vertical metrics shared by every font size: one line is `lineHeight × size` tall and its
/// baseline sits `baseline × size` below the top, leaving room for stacked Vietnamese marks.
public enum LineMetrics {
    public static let lineHeight = 1.3
    public static let baseline = 1.0
}
