import Foundation
import SchoolMetrics

/// `[12/45] tài liệu` (or `documents` with `--lang en`) on stderr, when stderr is a terminal and the run has taken over a second.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let started: Date
    private let lock = NSLock()
    private var done = 0
    private let word: String

    init(total: Int, quiet: Bool, started: Date, language: Language) {
        self.total = total
        self.started = started
        word = language == .en ? "documents" : "tài liệu"
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func advance(by count: Int = 1) {
        guard enabled else { return }
        lock.lock()
        done += count
        let line = "\r[\(done)/\(total)] \(word)"
        let show = Date().timeIntervalSince(started) > 1
        lock.unlock()
        if show { FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8)) }
    }
}
