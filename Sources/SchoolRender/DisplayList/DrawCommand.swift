/// One drawing instruction: plain data, no pixels, so tests read what a chart draws.
public enum DrawCommand: Sendable, Hashable {
    /// A filled and/or stroked shape.
    case shape(Path, fill: Color?, stroke: Stroke?)
    /// A line of text placed by its box.
    case text(TextRun)
    /// A clickable area that jumps to a named destination of the same document.
    case link(Rect, destination: String)
    /// A named place a link or an outline entry can jump to.
    case destination(String, at: Point)
}

/// How a line is drawn.
public struct Stroke: Sendable, Hashable {
    public var color: Color
    public var width: Double
    /// Dash and gap lengths; empty for a solid line.
    public var dash: [Double]

    public init(_ color: Color, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// A run of text on one line, already measured and placed.
public struct TextRun: Sendable, Hashable {
    public var text: String
    /// The box the text occupies: its width is the measured advance, its height one line.
    public var frame: Rect
    /// Where the baseline starts.
    public var baseline: Point
    public var size: Double
    public var weight: FontWeight
    public var color: Color

    public init(text: String, frame: Rect, baseline: Point, size: Double, weight: FontWeight, color: Color) {
        self.text = text
        self.frame = frame
        self.baseline = baseline
        self.size = size
        self.weight = weight
        self.color = color
    }
}

/// Regular or bold; the only two weights the dashboards use.
public enum FontWeight: Sendable, Hashable {
    case regular, bold
}
