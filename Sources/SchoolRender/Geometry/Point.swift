import Foundation

/// A position in points, y pointing down.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// The point `radius` away from `self` at `angle` radians, clockwise from 3 o'clock (y down).
    public func polar(radius: Double, angle: Double) -> Point {
        Point(x + radius * cos(angle), y + radius * sin(angle))
    }
}

/// A width and height in points.
public struct Size: Sendable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A4 in landscape: 842 × 595 pt.
    public static let a4Landscape = Size(width: 841.89, height: 595.28)
    /// A4 in portrait: 595 × 842 pt.
    public static let a4Portrait = Size(width: 595.28, height: 841.89)
}

