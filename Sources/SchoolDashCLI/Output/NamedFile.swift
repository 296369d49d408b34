import Foundation

/// A file at a path the user names (`--out FILE`), outside any output folder: written beside
/// its final name and renamed, so a reader never sees half of it and an interruption leaves
/// nothing behind.
enum NamedFile {
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try produce(path) { temporary in
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            } catch {
                throw TextFile.Failure(description: error.localizedDescription)
            }
        }
    }

    /// Lets `body` write the file at a temporary path beside `path`, then renames it; on any
    /// error the temporary file is removed and `path` left as it was. `body` throws errors that
    /// describe themselves (the reason, without the path).
    static func produce(_ path: String, _ body: (String) throws -> Void) throws {
        let temporary = path + ".partial-\(getpid())"
        TemporaryFiles.shared.add(temporary)
        defer { TemporaryFiles.shared.remove(temporary) }
        do {
            try body(temporary)
        } catch {
            unlink(temporary)
            throw TextFile.Failure(description: "cannot write \(path): \(error)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw TextFile.Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
