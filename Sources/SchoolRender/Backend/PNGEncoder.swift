internal import CZlib

/// Writes 8-bit RGB PNG files with a `pHYs` chunk, so word processors size them by their DPI.
///
/// Cairo's own PNG writer cannot record a resolution and compresses slowly; dashboards are
/// large flat areas, which the `Up` filter with zlib's run-length strategy packs fast and small.
enum PNGEncoder {
    /// Encodes the image's pixels as an RGB PNG file.
    static func encode(_ image: CairoImage, dpi: Double) throws -> [UInt8] {
        let (width, height) = (image.width, image.height)
        var output: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0] // 8-bit, truecolour, deflate, adaptive filtering, no interlace
        appendChunk("IHDR", header, to: &output)
        let perMetre = UInt32((dpi / 0.0254).rounded())
        var physical: [UInt8] = []
        physical.appendBigEndian(perMetre)
        physical.appendBigEndian(perMetre)
        physical.append(1) // unit: metre
        appendChunk("pHYs", physical, to: &output)
        appendChunk("IDAT", try compress(filtered(image)), to: &output)
        appendChunk("IEND", [], to: &output)
        return output
    }

    /// Each row as RGB bytes prefixed with filter type 2 (`Up`): the difference to the row above,
    /// read straight from Cairo's pixels in one pass.
    private static func filtered(_ image: CairoImage) -> [UInt8] {
        let rowBytes = image.width * 3 + 1
        return [UInt8](unsafeUninitializedCapacity: rowBytes * image.height) { target, count in
            for row in 0..<image.height {
                let line = image.pixels + row * image.stride
                let above = row > 0 ? image.pixels + (row - 1) * image.stride : nil
                var at = row * rowBytes
                target[at] = 2
                at += 1
                for column in 0..<image.width {
                    let pixel = line.loadUnaligned(fromByteOffset: column * 4, as: UInt32.self)
                    let up = above?.loadUnaligned(fromByteOffset: column * 4, as: UInt32.self) ?? 0
                    target[at] = UInt8(truncatingIfNeeded: pixel >> 16) &- UInt8(truncatingIfNeeded: up >> 16)
                    target[at + 1] = UInt8(truncatingIfNeeded: pixel >> 8) &- UInt8(truncatingIfNeeded: up >> 8)
                    target[at + 2] = UInt8(truncatingIfNeeded: pixel) &- UInt8(truncatingIfNeeded: up)
                    at += 3
                }
            }
            count = rowBytes * image.height
        }
    }

    private static func compress(_ data: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, 6, Z_DEFLATED, 15, 8, Z_RLE, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw RenderError("zlib could not start (\(status))") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))))
        var input = data
        let produced: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                status = deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw RenderError("zlib could not compress the image (\(status))") }
        return Array(output.prefix(produced))
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to output: inout [UInt8]) {
        output.appendBigEndian(UInt32(data.count))
        let typed = Array(type.utf8) + data
        output += typed
        let crc = typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        output.appendBigEndian(UInt32(crc))
    }
}

private extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
