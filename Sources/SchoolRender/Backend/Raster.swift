/// Pixels, 8-bit RGB, rows top to bottom.
public struct Raster: Sendable {
    public var width: Int
    public var height: Int
    public var rgb: [UInt8]

    /// The colour at a pixel.
    public func pixel(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let at = (y * width + x) * 3
        return (rgb[at], rgb[at + 1], rgb[at + 2])
    }
}
