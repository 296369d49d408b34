/// Chart sizes as people write them: `16x9cm`, `160x90mm`, `6x4in`, `400x300pt`.
enum PageSize {
    /// Width and height in points, or nil when the text is not a size from 1 cm to 2 m.
    static func points(_ text: String) -> (Double, Double)? {
        let units: [(String, Double)] = [("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pt", 1)]
        let lower = text.lowercased()
        guard let (suffix, factor) = units.first(where: { lower.hasSuffix($0.0) }) else { return nil }
        let numbers = lower.dropLast(suffix.count).split(separator: "x", omittingEmptySubsequences: false)
            .map { Double($0.replacingOccurrences(of: ",", with: ".")) }
        guard numbers.count == 2, let width = numbers[0], let height = numbers[1] else { return nil }
        let size = (width * factor, height * factor)
        guard (28.0...5670).contains(size.0), (28.0...5670).contains(size.1) else { return nil }
        return size
    }
}
