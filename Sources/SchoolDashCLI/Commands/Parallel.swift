import Foundation

/// Runs work items on a fixed number of workers and returns their results in item order, so
/// a build with many workers writes the same manifest as one with a single worker.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable @escaping (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let index = next.take(below: count) {
                results.set(index, body(index))
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
