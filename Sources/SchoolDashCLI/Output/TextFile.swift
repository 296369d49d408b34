import Foundation

/// A text file written piece by piece through the C library's buffer, for outputs too large to
/// build in memory first. Used inside ``OutputFolder/produce(_:_:)``, which makes it atomic.
final class TextFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let handle: UnsafeMutablePointer<FILE>
    private let path: String

    init(creating path: String) throws(Failure) {
        guard let handle = fopen(path, "wb") else { throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        self.handle = handle
        self.path = path
    }

    deinit { fclose(handle) }

    func write(_ text: String) throws(Failure) {
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == text.utf8.count else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// Flushes the buffer, so that a full disk is an error here rather than lost at close.
    func finish() throws(Failure) {
        guard fflush(handle) == 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}
