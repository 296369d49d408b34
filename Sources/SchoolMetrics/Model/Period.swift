/// Ordering of period labels such as `2021` or `2020-2021`.
public enum Period {
    /// Periods sort by their first four-digit year, then by label.
    public static func sortKey(_ label: String) -> (Int, String) {
        (firstYear(label) ?? Int.max, label)
    }

    /// The first run of exactly four digits in the label.
    public static func firstYear(_ label: String) -> Int? {
        var digits = 0
        var value = 0
        for byte in label.utf8 + [0] {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
                value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
            } else {
                if digits == 4 { return value }
                digits = 0
                value = 0
            }
        }
        return nil
    }

    /// True when period `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        sortKey(a) < sortKey(b)
    }
}

extension Period {
    /// The period after `label`: `2022` after `2021`, `2021-2022` after `2020-2021`; nil for
    /// labels of another shape.
    public static func next(after label: String) -> String? {
        let years = label.split(separator: "-").map { Int($0) }
        switch years.count {
        case 1: return years[0].map { String($0 + 1) }
        case 2:
            guard let first = years[0], let second = years[1] else { return nil }
            return "\(first + 1)-\(second + 1)"
        default: return nil
        }
    }
}
