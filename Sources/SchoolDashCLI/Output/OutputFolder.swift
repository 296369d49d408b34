import Foundation

/// The folder a command writes into: every file goes to a temporary name beside its final
/// place and is renamed when complete, and no path can lead outside the folder.
struct OutputFolder: Sendable {
    /// Why the folder cannot be used (a usage or I/O error, exit 2).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let root: URL

    /// Checks (and creates) the folder before any work starts.
    init(_ path: String) throws(Failure) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(description: "--out \(path) is a file, not a folder") }
        } else {
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "cannot create the output folder \(path): \(error.localizedDescription)")
            }
        }
        guard access(path, W_OK | X_OK) == 0 else { throw Failure(description: "the output folder \(path) is not writable") }
        root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// Whether `relative` is a path this tool may write: lower-case names, digits, `-`, `_` and
    /// `.`, separated by `/`, with no empty, `.` or `..` parts.
    static func isSafe(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
                && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) }
        }
    }

    /// Writes `bytes` to `relative` atomically.
    func write(_ bytes: [UInt8], to relative: String) throws(Failure) {
        try produce(relative) { temporary in try Self.write(bytes, toPath: temporary) }
    }

    /// The bytes into a new file, with plain `write` calls. Not Foundation's `Data.write`: it
    /// syncs every file to the disk, which made a national build of 50,000 files wait on the
    /// disk for a third of its time; a file is complete once renamed, as Cairo's own files are.
    private static func write(_ bytes: [UInt8], toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count && failure == 0 {
                let count = Foundation.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count >= 0 { done += count } else if errno != EINTR { failure = errno }
            }
        }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else { throw Failure(description: String(cString: strerror(failure))) }
    }

    /// Lets `body` write the file at a temporary path, then renames it to `relative`; on any
    /// error the temporary file is removed and the final name left as it was.
    func produce(_ relative: String, _ body: (String) throws -> Void) throws(Failure) {
        guard Self.isSafe(relative) else { throw Failure(description: "refusing to write the unsafe path \(relative)") }
        let target = root.appendingPathComponent(relative)
        try makeParents(of: relative)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())").path
        TemporaryFiles.shared.add(temporary)
        defer { TemporaryFiles.shared.remove(temporary) }
        do {
            try body(temporary)
        } catch {
            unlink(temporary)
            throw Failure(description: "cannot write \(relative): \(error)")
        }
        guard rename(temporary, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "cannot write \(relative): \(reason)")
        }
    }

    /// Creates the folders on the way to `relative`, refusing any that is a symbolic link, so
    /// a link inside the output folder cannot lead writes elsewhere.
    private func makeParents(of relative: String) throws(Failure) {
        // The folder itself may be a link the user chose; only links inside it are refused.
        var current = root.path
        var info = stat()
        for part in relative.split(separator: "/").dropLast() {
            current += "/" + part
            if lstat(current, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw Failure(description: "refusing to write through \(current): it is not a plain folder")
                }
            } else if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create \(current): \(String(cString: strerror(errno)))")
            }
        }
        let final = root.path + "/" + relative
        if lstat(final, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
            throw Failure(description: "refusing to replace the symbolic link \(final)")
        }
    }
}
