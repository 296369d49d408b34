/// A rectangle in points, y pointing down; the one unit of layout.
///
/// Layout works by splitting: each verb returns the part it takes and the remainder, so panels
/// never overlap and never leave their page.
public struct Rect: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point = Point(0, 0), size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var center: Point { Point(midX, midY) }
    public var size: Size { Size(width: width, height: height) }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Double) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by the given amounts.
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Takes a strip of `height` off the top: `(strip, rest)`; `gap` is left between them.
    public func split(top height: Double, gap: Double = 0) -> (Rect, Rect) {
        let taken = min(height, self.height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken + gap, width: width, height: self.height - taken - gap))
    }

    /// Takes a strip of `height` off the bottom: `(strip, rest)`.
    public func split(bottom height: Double, gap: Double = 0) -> (Rect, Rect) {
        let taken = min(height, self.height)
        return (Rect(x: x, y: maxY - taken, width: width, height: taken),
                Rect(x: x, y: y, width: width, height: self.height - taken - gap))
    }

    /// Takes a strip of `width` off the left: `(strip, rest)`.
    public func split(left width: Double, gap: Double = 0) -> (Rect, Rect) {
        let taken = min(width, self.width)
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken + gap, y: y, width: self.width - taken - gap, height: height))
    }

    /// Takes a strip of `width` off the right: `(strip, rest)`.
    public func split(right width: Double, gap: Double = 0) -> (Rect, Rect) {
        let taken = min(width, self.width)
        return (Rect(x: maxX - taken, y: y, width: taken, height: height),
                Rect(x: x, y: y, width: self.width - taken - gap, height: height))
    }

    /// Splits into columns whose widths follow `weights`, with `gap` between them.
    public func columns(_ weights: [Double], gap: Double = 0) -> [Rect] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return [] }
        let usable = width - gap * Double(max(0, weights.count - 1))
        var left = x
        return weights.map { weight in
            let cell = Rect(x: left, y: y, width: usable * weight / total, height: height)
            left = cell.maxX + gap
            return cell
        }
    }

    /// Splits into rows whose heights follow `weights`, with `gap` between them.
    public func rows(_ weights: [Double], gap: Double = 0) -> [Rect] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return [] }
        let usable = height - gap * Double(max(0, weights.count - 1))
        var top = y
        return weights.map { weight in
            let cell = Rect(x: x, y: top, width: width, height: usable * weight / total)
            top = cell.maxY + gap
            return cell
        }
    }

    /// Cells of a grid, row by row.
    public func grid(rows: Int, columns: Int, gutter: Double = 0) -> [Rect] {
        guard rows > 0, columns > 0 else { return [] }
        return self.rows(Array(repeating: 1, count: rows), gap: gutter).flatMap {
            $0.columns(Array(repeating: 1, count: columns), gap: gutter)
        }
    }

    /// Whether `other` lies wholly inside, allowing `tolerance` points of rounding.
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether the two rectangles share area (touching edges do not count).
    public func overlaps(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        minX < other.maxX - tolerance && other.minX < maxX - tolerance
            && minY < other.maxY - tolerance && other.minY < maxY - tolerance
    }
}
