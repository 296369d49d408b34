/// The pixels of a Cairo RGB24 image, kept alive with their surface: each pixel a native-endian
/// 32-bit word `0x00RRGGBB`, rows `stride` bytes apart.
struct CairoImage {
    let surface: CairoSurface
    let pixels: UnsafeRawPointer
    let stride: Int
    let width: Int
    let height: Int

    func pixel(row: Int, column: Int) -> UInt32 {
        pixels.loadUnaligned(fromByteOffset: row * stride + column * 4, as: UInt32.self)
    }
}
