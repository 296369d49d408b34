/// What one page or one chart draws, in order: plain data that a backend plays onto a surface.
public struct DisplayList: Sendable, Hashable {
    public var size: Size
    public private(set) var commands: [DrawCommand] = []

    public init(size: Size) {
        self.size = size
    }

    /// Appends one command.
    public mutating func append(_ command: DrawCommand) {
        commands.append(command)
    }

    /// Fills a rectangle.
    public mutating func fill(_ rect: Rect, _ color: Color) {
        append(.shape(.rect(rect), fill: color, stroke: nil))
    }

    /// Strokes a straight line.
    public mutating func line(_ from: Point, _ to: Point, _ stroke: Stroke) {
        append(.shape(.line(from, to), fill: nil, stroke: stroke))
    }

    /// Every text run, in drawing order.
    public var texts: [TextRun] {
        commands.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }

    /// Every shape with its fill, in drawing order.
    public var shapes: [(path: Path, fill: Color?, stroke: Stroke?)] {
        commands.compactMap { if case .shape(let path, let fill, let stroke) = $0 { (path, fill, stroke) } else { nil } }
    }
}

/// Where a text block sits horizontally in its box.
public enum HorizontalAlignment: Sendable {
    case left, center, right
}

/// Where a text block sits vertically in its box.
public enum VerticalAlignment: Sendable {
    case top, middle, bottom
}

extension DisplayList {
    /// Draws fitted lines inside `box`, aligned as asked; returns the rectangle they take.
    @discardableResult
    public mutating func text(_ fitted: FittedText, in box: Rect, color: Color,
                              align: HorizontalAlignment = .left, vertical: VerticalAlignment = .top) -> Rect {
        let lineHeight = fitted.size * LineMetrics.lineHeight
        let top: Double = switch vertical {
        case .top: box.minY
        case .middle: box.midY - fitted.height / 2
        case .bottom: box.maxY - fitted.height
        }
        var used: Rect?
        for (index, line) in fitted.lines.enumerated() {
            let width = fitted.widths[index]
            let left: Double = switch align {
            case .left: box.minX
            case .center: box.midX - width / 2
            case .right: box.maxX - width
            }
            let frame = Rect(x: left, y: top + Double(index) * lineHeight, width: width, height: lineHeight)
            append(.text(TextRun(text: line, frame: frame,
                                 baseline: Point(left, frame.minY + fitted.size * LineMetrics.baseline),
                                 size: fitted.size, weight: fitted.weight, color: color)))
            used = used.map { $0.union(frame) } ?? frame
        }
        return used ?? Rect(x: box.minX, y: box.minY, width: 0, height: 0)
    }
}

extension Rect {
    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let left = min(minX, other.minX), top = min(minY, other.minY)
        return Rect(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }
}
