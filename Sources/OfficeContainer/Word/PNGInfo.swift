/// What a word processor reads from a PNG file to size it: its pixels and its `pHYs` resolution.
public struct PNGInfo: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Pixels per metre, across and down, from the `pHYs` chunk; nil when the file has none
    /// (or gives only an aspect ratio).
    public var pixelsPerMetre: (x: Int, y: Int)?

    /// Why the bytes are not a PNG this writer can size.
    public struct Failure: Error, Equatable {
        public var reason: String
    }

    /// Reads the `IHDR` chunk and the `pHYs` chunk, if any, before the image data.
    public init(_ bytes: [UInt8]) throws(Failure) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 33, bytes.prefix(8).elementsEqual(signature) else { throw Failure(reason: "not a PNG file") }
        func uint32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        guard String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR" else { throw Failure(reason: "a PNG without IHDR first") }
        width = uint32(16)
        height = uint32(20)
        guard width > 0, height > 0 else { throw Failure(reason: "a PNG of no pixels") }
        var position = 8
        while position + 8 <= bytes.count {
            let length = uint32(position)
            let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
            if type == "IDAT" || type == "IEND" { break }
            if type == "pHYs", length == 9, position + 17 <= bytes.count, bytes[position + 16] == 1 {
                pixelsPerMetre = (uint32(position + 8), uint32(position + 12))
            }
            position += 12 + length
        }
    }

    public static func == (a: PNGInfo, b: PNGInfo) -> Bool {
        a.width == b.width && a.height == b.height && a.pixelsPerMetre?.x == b.pixelsPerMetre?.x && a.pixelsPerMetre?.y == b.pixelsPerMetre?.y
    }

    /// The picture's physical size in EMU (914,400 to the inch, 36,000,000 to the metre): its
    /// pixels at its `pHYs` resolution, or at 96 DPI, Word's assumption, without one.
    public var extent: (cx: Int, cy: Int) {
        let (x, y) = pixelsPerMetre ?? (3780, 3780)
        return (Int((Double(width) * 36_000_000 / Double(x)).rounded()), Int((Double(height) * 36_000_000 / Double(y)).rounded()))
    }
}
