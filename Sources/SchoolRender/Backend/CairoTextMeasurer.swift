import Foundation

/// Measures text with the real fonts, caching each label's width; safe to share between threads.
final class CairoTextMeasurer: TextMeasurer, @unchecked Sendable {
    private let fonts: FontSet
    private let lock = NSLock()
    private var cache: [Key: Double] = [:]
    private static let cacheLimit = 100_000

    /// A label by its UTF-8 bytes: Swift's own string hashing normalises every non-ASCII
    /// label (all Vietnamese ones) first, which cost more than measuring it.
    private struct Key: Hashable {
        var text: String
        var weight: FontWeight

        static func == (left: Key, right: Key) -> Bool {
            guard left.weight == right.weight, left.text.utf8.count == right.text.utf8.count else { return false }
            var one = left.text, other = right.text
            return one.withUTF8 { first in
                other.withUTF8 { second in first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0 }
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(weight)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    init(fonts: FontSet) {
        self.fonts = fonts
    }

    func width(of text: String, size: Double, weight: FontWeight) -> Double {
        let key = Key(text: text, weight: weight)
        lock.lock()
        let cached = cache[key]
        lock.unlock()
        if let cached { return cached * size }
        let unit = fonts.runs(text, weight: weight).map { $0.face.advance($0.text, size: 1) }.reduce(0, +)
        lock.lock()
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = unit
        lock.unlock()
        return unit * size
    }
}
