import Foundation

/// The temporary files being written right now, so an interrupted run can remove them.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var closed = false

    /// Registers a file about to be written; after an interruption the calling worker parks
    /// until the process exits, so no new temporary file appears.
    func add(_ path: String) {
        lock.lock()
        if closed {
            lock.unlock()
            while true { pause() }
        }
        paths.insert(path)
        lock.unlock()
    }

    func remove(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Deletes every temporary file still registered; afterwards, no new one is registered
    /// (a worker that starts a file after an interruption has it removed at once).
    func removeAll() {
        lock.lock()
        closed = true
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }
}
