/// Rounding a set of shares for display so that the shown values add up to exactly 100,
/// by the largest-remainder method. Every chart, table and sentence rounds through here.
public enum ShareRounding {
    /// The shares of `counts` in percent, rounded to `decimals` (0, 1 or 2) places, adding up
    /// to exactly 100; each within one unit of its exact value. Empty when the total is 0.
    ///
    /// Works in whole units of 10^-decimals percent with integer arithmetic, so it is exact.
    public static func percents(counts: [Int], decimals: Int) -> [Double] {
        let total = counts.reduce(0, +)
        guard total > 0, counts.allSatisfy({ $0 >= 0 }) else { return [] }
        let scale = power10(decimals)
        let whole = 100 * scale
        var units = counts.map { $0 * whole / total }
        let remainders = counts.map { $0 * whole % total }
        distribute(whole - units.reduce(0, +), to: &units, by: remainders.map(Double.init))
        return units.map { Double($0) / Double(scale) }
    }

    /// The same for shares already in percent that add up to 100 (within floating error).
    public static func percents(exact: [Double], decimals: Int) -> [Double] {
        guard !exact.isEmpty, exact.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return [] }
        let scale = power10(decimals)
        let scaled = exact.map { $0 * Double(scale) }
        var units = scaled.map { Int($0.rounded(.down)) }
        let target = Int((exact.reduce(0, +) * Double(scale)).rounded())
        distribute(target - units.reduce(0, +), to: &units, by: zip(scaled, units).map { $0 - Double($1) })
        return units.map { Double($0) / Double(scale) }
    }

    /// Adds one unit to the `missing` entries with the largest remainders, earlier first on ties.
    private static func distribute(_ missing: Int, to units: inout [Int], by remainders: [Double]) {
        guard missing > 0 else { return }
        let order = remainders.indices.sorted { remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1) }
        for index in order.prefix(missing) { units[index] += 1 }
    }

    private static func power10(_ decimals: Int) -> Int {
        precondition((0...2).contains(decimals), "shares are shown with 0, 1 or 2 decimals")
        return [1, 10, 100][decimals]
    }
}
