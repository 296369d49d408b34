/// Suggestions for misspelt names.
enum EditDistance {
    /// The Levenshtein distance between two strings, by Unicode scalar.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` when it is close enough to be a likely typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        guard word.unicodeScalars.count <= 64 else { return nil }
        let lowered = word.lowercased()
        let limit = Swift.max(1, Swift.min(3, lowered.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let distance = between(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }
}
