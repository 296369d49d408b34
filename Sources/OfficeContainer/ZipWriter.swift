internal import CLibzip
import Foundation

/// A zip archive written in memory through libzip: entries deflated in the order they are
/// added, every entry with the same fixed time, so the same entries give the same bytes.
///
/// Add the entries, then call ``finish()`` once for the archive's bytes.
public final class ZipWriter {
    /// Why the archive cannot be written, with libzip's own words.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var reason: String

        public init(reason: String) { self.reason = reason }

        public var description: String { reason }
    }

    /// The memory the archive is written into; kept alive past `zip_close` to read it back.
    private let source: OpaquePointer
    private let archive: OpaquePointer
    private let dosTime: UInt16
    private let dosDate: UInt16
    private var finished = false
    private var count = 0

    /// Starts an empty archive whose entries carry the time `seconds` after 1970 (UTC),
    /// clamped to 1980-01-01, the first time a zip entry can hold.
    public init(entryTime seconds: Int) throws(Failure) {
        (dosTime, dosDate) = Self.dosTime(seconds)
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw Failure(reason: "libzip could not make a buffer: \(String(cString: zip_error_strerror(&error)))")
        }
        // One reference for the archive, which drops it at close; one for reading the bytes back.
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            zip_source_free(source)
            throw Failure(reason: "libzip could not start an archive: \(String(cString: zip_error_strerror(&error)))")
        }
        self.source = source
        self.archive = archive
    }

    deinit {
        if !finished { zip_discard(archive) }
        zip_source_free(source)
    }

    /// Adds a file, deflated, after the ones added before.
    public func add(_ name: String, _ bytes: [UInt8]) throws(Failure) {
        guard !finished else { throw Failure(reason: "the archive is already finished") }
        // libzip reads the data at close, so it gets its own copy, which it frees.
        guard let copy = malloc(max(bytes.count, 1)) else { throw Failure(reason: "out of memory for \(name)") }
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
        guard let data = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else {
            free(copy)
            throw failure("cannot hold \(name)")
        }
        let index = zip_file_add(archive, name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(data)
            throw failure("cannot add \(name)")
        }
        let entry = zip_uint64_t(index)
        guard zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 9) == 0 else { throw failure("cannot deflate \(name)") }
        guard zip_file_set_dostime(archive, entry, dosTime, dosDate, 0) == 0 else { throw failure("cannot date \(name)") }
        // Regular file, rw-r--r--, written as from Unix whatever the machine.
        guard zip_file_set_external_attributes(archive, entry, 0, zip_uint8_t(ZIP_OPSYS_UNIX), 0o100644 << 16) == 0 else {
            throw failure("cannot set the attributes of \(name)")
        }
        count += 1
    }

    /// Writes the central directory and returns the archive's bytes.
    public func finish() throws(Failure) -> [UInt8] {
        guard !finished else { throw Failure(reason: "the archive is already finished") }
        finished = true
        // libzip writes nothing for an archive without entries; an empty zip is its end record.
        guard count > 0 else {
            zip_discard(archive)
            return [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
        }
        guard zip_close(archive) == 0 else {
            let reason = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw Failure(reason: "libzip could not write the archive: \(reason)")
        }
        guard zip_source_open(source) == 0 else { throw Failure(reason: "libzip could not reopen the archive") }
        defer { zip_source_close(source) }
        guard zip_source_seek(source, 0, SEEK_END) == 0 else { throw Failure(reason: "libzip could not measure the archive") }
        let size = Int(zip_source_tell(source))
        guard size >= 0, zip_source_seek(source, 0, SEEK_SET) == 0 else { throw Failure(reason: "libzip could not measure the archive") }
        var bytes = [UInt8](repeating: 0, count: size)
        let read = bytes.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, zip_uint64_t(size)) }
        guard read == size else { throw Failure(reason: "libzip could not read the archive back") }
        return bytes
    }

    private func failure(_ what: String) -> Failure {
        Failure(reason: "libzip \(what): \(String(cString: zip_strerror(archive)))")
    }

    /// MS-DOS time and date fields (2-second steps, local time of the writer; here UTC).
    static func dosTime(_ seconds: Int) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        guard let year = parts.year, year >= 1980, year <= 2107 else { return (0, 1 << 5 | 1) }
        let time = (parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2
        let date = (year - 1980) << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1)
        return (UInt16(time), UInt16(date))
    }
}
