internal import CZlib

/// The files of a zip archive (a `.docx` or `.xlsx` is one), read from its central directory.
/// Stored and deflated entries only, which is what office programs write.
public struct ZipArchive: Sendable {
    /// Why an archive or one of its entries cannot be read.
    public struct Failure: Error, Equatable {
        public var reason: String

        public init(reason: String) { self.reason = reason }
    }

    private struct Entry: Sendable {
        var method: UInt16
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    private let bytes: [UInt8]
    private var entries: [String: Entry] = [:]

    /// Reads the central directory of the archive held in `bytes`.
    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 65_557), by: -1)
                .first(where: { bytes[$0..<$0 + 4].elementsEqual(signature) }) else {
            throw Failure(reason: "not a zip archive (no central directory)")
        }
        let count = Int(uint16(at: end + 10))
        var position = Int(uint32(at: end + 16))
        for _ in 0..<count {
            guard position + 46 <= bytes.count, uint32(at: position) == 0x0201_4B50 else {
                throw Failure(reason: "a damaged central directory")
            }
            let nameLength = Int(uint16(at: position + 28)), extra = Int(uint16(at: position + 30))
            let comment = Int(uint16(at: position + 32))
            guard position + 46 + nameLength <= bytes.count else { throw Failure(reason: "a damaged central directory") }
            let name = String(decoding: bytes[position + 46..<position + 46 + nameLength], as: UTF8.self)
            entries[name] = Entry(method: uint16(at: position + 10), compressedSize: Int(uint32(at: position + 20)),
                                  size: Int(uint32(at: position + 24)), localHeader: Int(uint32(at: position + 42)))
            position += 46 + nameLength + extra + comment
        }
    }

    /// The names of the archive's files, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The bytes of the file with this name.
    public func file(_ name: String) throws(Failure) -> [UInt8] {
        guard let entry = entries[name] else { throw Failure(reason: "no \(name) in the archive") }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, uint32(at: header) == 0x0403_4B50 else { throw Failure(reason: "a damaged entry \(name)") }
        let start = header + 30 + Int(uint16(at: header + 26)) + Int(uint16(at: header + 28))
        guard start + entry.compressedSize <= bytes.count, entry.size <= 256 << 20 else { throw Failure(reason: "a damaged entry \(name)") }
        let data = Array(bytes[start..<start + entry.compressedSize])
        switch entry.method {
        case 0: return data
        case 8: return try Self.inflate(data, size: entry.size)
        default: throw Failure(reason: "\(name) is compressed with method \(entry.method), which is not read")
        }
    }

    private static func inflate(_ data: [UInt8], size: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var input = data
        var output = [UInt8](repeating: 0, count: max(size, 1))
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure(reason: "a damaged compressed entry") }
        return output
    }

    private func uint16(at offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }
}
