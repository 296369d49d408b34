import Foundation
internal import CLibzip

/// The files of a zip archive (a `.docx` or `.xlsx` is one), read from memory with libzip and
/// its consistency checks, within ``Limits``.
///
/// A zip bomb is refused, never inflated into memory: an entry is read only when its declared
/// size and its compression ratio are within the limits, and never more than its declared size
/// (at most the limit) plus one byte is inflated, so an entry that lies about its size is caught
/// with that one byte. Entries are never opened as archives themselves: a zip inside the zip is
/// just bytes.
public final class ZipArchive {
    /// Why an archive or one of its entries cannot be read.
    public struct Failure: Error, Equatable {
        public var reason: String

        public init(reason: String) { self.reason = reason }
    }

    /// What an archive may hold before it is refused.
    public struct Limits: Sendable, Equatable {
        /// The most entries (files and folders) in the archive.
        public var entries: Int
        /// The largest uncompressed size of one entry, in bytes.
        public var entrySize: Int
        /// The largest uncompressed size of all entries together, as declared, in bytes.
        public var totalSize: Int
        /// The largest ratio of an entry's uncompressed size to its compressed size, for entries
        /// above ``ratioFloor`` bytes (office files compress their XML 5 to 50 times).
        public var ratio: Int
        /// Entries up to this size are never refused for their ratio.
        public var ratioFloor: Int

        public init(entries: Int = 10_000, entrySize: Int = 256 << 20, totalSize: Int = 1 << 30,
                    ratio: Int = 500, ratioFloor: Int = 1 << 20) {
            self.entries = entries
            self.entrySize = entrySize
            self.totalSize = totalSize
            self.ratio = ratio
            self.ratioFloor = ratioFloor
        }
    }

    private struct Entry {
        var index: UInt64
        var size: Int
        var compressedSize: Int
    }

    private let archive: OpaquePointer
    private let entries: [String: Entry]
    private let limits: Limits

    /// Reads the central directory of the archive held in `bytes`, refusing it when it is not a
    /// sound zip archive or when what it declares is beyond `limits`.
    public init(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) {
        self.limits = limits
        // libzip opens an empty buffer as an empty archive; an empty file is no archive.
        guard bytes.count >= 22 else { throw Failure(reason: "not a zip archive (no central directory)") }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // libzip frees the copy with the source (the last argument of the buffer source).
        let copy = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
        guard let source = zip_source_buffer_create(copy, UInt64(bytes.count), 1, &error) else {
            free(copy)
            throw Failure(reason: "libzip could not start: \(Self.describe(&error))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            if zip_error_code_zip(&error) == ZIP_ER_NOZIP { throw Failure(reason: "not a zip archive (no central directory)") }
            throw Failure(reason: "not a sound zip archive (\(Self.describe(&error)))")
        }
        self.archive = archive
        do {
            entries = try Self.readDirectory(archive, limits: limits)
        } catch {
            zip_discard(archive)
            throw error
        }
    }

    deinit {
        zip_discard(archive)
    }

    private static func readDirectory(_ archive: OpaquePointer, limits: Limits) throws(Failure) -> [String: Entry] {
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw Failure(reason: "a damaged central directory") }
        guard count <= limits.entries else {
            throw Failure(reason: "\(count) entries in the archive, more than the \(limits.entries) read")
        }
        var entries: [String: Entry] = [:]
        var total = 0
        for index in 0..<UInt64(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let rawName = stat.name else {
                throw Failure(reason: "a damaged central directory (entry \(index + 1))")
            }
            let name = String(cString: rawName)
            let size = stat.size > UInt64(Int.max) ? Int.max : Int(stat.size)
            let entry = Entry(index: index, size: size, compressedSize: Int(clamping: stat.comp_size))
            total = total.addingReportingOverflow(size).overflow ? Int.max : total + size
            guard total <= limits.totalSize else {
                throw Failure(reason: "the entries would take more than \(limits.totalSize) bytes uncompressed")
            }
            entries[name] = entry
        }
        return entries
    }

    /// The names of the archive's files, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The bytes of the file with this name, refused when it is larger than the limit, when it
    /// would inflate too many times its compressed size, or when it holds more than it declares.
    public func file(_ name: String) throws(Failure) -> [UInt8] {
        guard let entry = entries[name] else { throw Failure(reason: "no \(name) in the archive") }
        guard entry.size <= limits.entrySize else {
            throw Failure(reason: "\(name) would be \(entry.size) bytes uncompressed, more than the \(limits.entrySize) read")
        }
        if entry.size > limits.ratioFloor, entry.size / max(entry.compressedSize, 1) > limits.ratio {
            throw Failure(reason: "\(name) would inflate \(entry.size / max(entry.compressedSize, 1)) times its size "
                + "(more than \(limits.ratio)): a zip bomb, not read")
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let handle = zip_fopen_index(archive, entry.index, 0) else {
            throw Failure(reason: "\(name) cannot be read (\(String(cString: zip_strerror(archive))))")
        }
        defer { zip_fclose(handle) }
        // One byte more than declared shows an entry that lies about its size.
        let wanted = entry.size + 1
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let read = bytes.withUnsafeMutableBytes { buffer in
                zip_fread(handle, buffer.baseAddress! + filled, UInt64(wanted - filled))
            }
            if read < 0 {
                throw Failure(reason: "\(name) is damaged (\(String(cString: zip_file_strerror(handle))))")
            }
            if read == 0 { break }
            filled += Int(read)
        }
        guard filled == entry.size else {
            throw Failure(reason: filled > entry.size ? "\(name) holds more than the \(entry.size) bytes it declares"
                                                      : "\(name) holds less than the \(entry.size) bytes it declares")
        }
        bytes.removeLast(wanted - filled)
        return bytes
    }

    private static func describe(_ error: inout zip_error_t) -> String {
        String(cString: zip_error_strerror(&error))
    }
}
