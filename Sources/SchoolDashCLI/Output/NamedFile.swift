import Foundation

/// A file at a path the user names (`--out FILE`), outside any output folder: written beside
/// its final name and renamed, so a reader never sees half of it and an interruption leaves
/// nothing behind.
enum NamedFile {
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".partial-\(getpid())"
        TemporaryFiles.shared.add(temporary)
        defer { TemporaryFiles.shared.remove(temporary) }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw TextFile.Failure(description: "cannot write \(path): \(error.localizedDescription)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw TextFile.Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
