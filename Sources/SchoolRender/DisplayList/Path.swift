import Foundation

/// An outline made of straight lines and circular arcs.
public struct Path: Sendable, Hashable {
    /// One step of a path.
    public enum Element: Sendable, Hashable {
        case move(Point)
        case line(Point)
        /// An arc clockwise (y down) from `start` to `end` radians, 0 at 3 o'clock.
        case arc(center: Point, radius: Double, start: Double, end: Double)
        /// An arc counter-clockwise from `start` to `end`.
        case arcBack(center: Point, radius: Double, start: Double, end: Double)
        case close
    }

    public var elements: [Element]

    public init(_ elements: [Element]) {
        self.elements = elements
    }

    /// A rectangle.
    public static func rect(_ rect: Rect) -> Path {
        Path([.move(Point(rect.minX, rect.minY)), .line(Point(rect.maxX, rect.minY)),
              .line(Point(rect.maxX, rect.maxY)), .line(Point(rect.minX, rect.maxY)), .close])
    }

    /// A straight segment.
    public static func line(_ from: Point, _ to: Point) -> Path {
        Path([.move(from), .line(to)])
    }

    /// A polyline through the points, closed when asked.
    public static func polyline(_ points: [Point], closed: Bool = false) -> Path {
        guard let first = points.first else { return Path([]) }
        return Path([.move(first)] + points.dropFirst().map { .line($0) } + (closed ? [.close] : []))
    }

    /// A circle.
    public static func circle(center: Point, radius: Double) -> Path {
        Path([.move(center.polar(radius: radius, angle: 0)),
              .arc(center: center, radius: radius, start: 0, end: 2 * .pi), .close])
    }

    /// A pie sector (inner radius 0) or a ring sector, clockwise from `start` to `end`.
    public static func sector(center: Point, inner: Double, outer: Double, start: Double, end: Double) -> Path {
        var elements: [Element] = [.move(center.polar(radius: inner, angle: start))]
        elements.append(.line(center.polar(radius: outer, angle: start)))
        elements.append(.arc(center: center, radius: outer, start: start, end: end))
        if inner > 0 {
            elements.append(.line(center.polar(radius: inner, angle: end)))
            elements.append(.arcBack(center: center, radius: inner, start: end, end: start))
        }
        elements.append(.close)
        return Path(elements)
    }

    /// The smallest rectangle holding every point of the path (arcs by their end points and extremes).
    public var bounds: Rect {
        var xs: [Double] = []
        var ys: [Double] = []
        func add(_ point: Point) { xs.append(point.x); ys.append(point.y) }
        for element in elements {
            switch element {
            case .move(let point), .line(let point): add(point)
            case .arc(let center, let radius, let start, let end), .arcBack(let center, let radius, let end, let start):
                add(center.polar(radius: radius, angle: start))
                add(center.polar(radius: radius, angle: end))
                var quarter = (start / (.pi / 2)).rounded(.up) * (.pi / 2)
                while quarter < end {
                    add(center.polar(radius: radius, angle: quarter))
                    quarter += .pi / 2
                }
            case .close: break
            }
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return Rect(x: 0, y: 0, width: 0, height: 0)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
