import Foundation

/// `[12/45] trang` on stderr, when stderr is a terminal and the run has taken over a second.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let started: Date
    private let lock = NSLock()
    private var done = 0

    init(total: Int, quiet: Bool, started: Date) {
        self.total = total
        self.started = started
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        done += 1
        let line = "\r[\(done)/\(total)] documents"
        let show = Date().timeIntervalSince(started) > 1
        lock.unlock()
        if show { FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8)) }
    }
}
