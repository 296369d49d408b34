import Foundation

/// Runs work items on a fixed number of workers and returns their results in item order, so
/// a build with many workers writes the same manifest as one with a single worker.
public enum Parallel {
    /// `body` of every index below `count`, run on at most `workers` threads, in index order;
    /// with one worker (or one item) on the calling thread, one item after the other.
    public static func map<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
        map(count, workers: workers) { index, _ in body(index) }
    }

    /// The same, telling `body` which worker (a number below `workers`) runs the item: for work
    /// that keeps something per worker, which no two items run at once touch.
    public static func map<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (_ index: Int, _ worker: Int) -> T) -> [T] {
        guard workers > 1 && count > 1 else { return (0..<max(0, count)).map { body($0, 0) } }
        let results = Results<T>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { worker in
            while let index = next.take(below: count) {
                results.set(index, body(index, worker))
            }
        }
        return results.values()
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [T] { slots.map { $0! } }
    }
}
