/// Ordering schools by a figure for comparisons, with ties kept as ties.
public enum Ranking {
    /// Competition ranks (1, 2, 2, 4) for the values; nil values are not ranked.
    public static func ranks(_ values: [Double?], higherIsBetter: Bool = true) -> [Int?] {
        let known = values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        let sorted = known.sorted { higherIsBetter ? $0.1 > $1.1 : $0.1 < $1.1 }
        var ranks = [Int?](repeating: nil, count: values.count)
        for (position, entry) in sorted.enumerated() {
            if position > 0, sorted[position - 1].1 == entry.1 {
                ranks[entry.0] = ranks[sorted[position - 1].0]
            } else {
                ranks[entry.0] = position + 1
            }
        }
        return ranks
    }

    /// The indices of the values in rank order, ties in their original order, nil values last.
    public static func order(_ values: [Double?], higherIsBetter: Bool = true) -> [Int] {
        values.indices.sorted { a, b in
            switch (values[a], values[b]) {
            case let (x?, y?) where x != y: return higherIsBetter ? x > y : x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a < b
            }
        }
    }
}
