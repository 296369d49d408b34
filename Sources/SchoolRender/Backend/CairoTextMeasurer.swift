import Foundation

/// Measures text with the real fonts, caching each label's width; safe to share between threads.
final class CairoTextMeasurer: TextMeasurer, @unchecked Sendable {
    private let fonts: FontSet
    private let lock = NSLock()
    private var cache: [Key: Double] = [:]
    private static let cacheLimit = 100_000

    private struct Key: Hashable {
        var text: String
        var weight: FontWeight
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
