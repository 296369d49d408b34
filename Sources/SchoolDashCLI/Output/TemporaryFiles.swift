import Foundation

/// The temporary files being written right now, so an interrupted run can remove them.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    private let condition = NSCondition()
    private var paths: Set<String> = []
    private var closed = false

    /// Registers a file about to be written; after an interruption the calling worker parks
    /// until the process exits, so no new temporary file appears.
    func add(_ path: String) {
        condition.lock()
        if closed {
            condition.unlock()
            while true { pause() }
        }
        paths.insert(path)
        condition.unlock()
    }

    /// Says the file at `path` is finished (renamed to its final name) or removed.
    func remove(_ path: String) {
        condition.lock()
        paths.remove(path)
        condition.broadcast()
        condition.unlock()
    }

    /// Stops new temporary files, lets the ones being written finish (a few milliseconds
    /// each, at most `patience`), then deletes whatever is still registered. Waiting matters:
    /// a file deleted before its writer has created it would be created afterwards and left.
    func removeAll(patience: TimeInterval = 3) {
        condition.lock()
        closed = true
        let deadline = Date().addingTimeInterval(patience)
        while !paths.isEmpty && condition.wait(until: deadline) {}
        for path in paths { unlink(path) }
        paths.removeAll()
        condition.unlock()
    }
}
