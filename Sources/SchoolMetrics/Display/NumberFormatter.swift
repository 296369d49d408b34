/// Numbers as Vietnamese (`94,7%`, `1.438`) or English (`94.7%`, `1,438`) readers write
/// them, never through the process locale.
public struct DisplayFormat: Sendable, Hashable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private var decimalMark: String { language == .vi ? "," : "." }
    private var groupMark: String { language == .vi ? "." : "," }

    /// A whole number with group marks: `1.438` or `1,438`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += groupMark }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// A number with exactly `decimals` places, rounded half away from zero: `94,70`.
    public func fixed(_ value: Double, decimals: Int) -> String {
        let scale = [1.0, 10, 100, 1000][max(0, min(decimals, 3))]
        let units = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(units / scale)
        let fraction = Int(units - Double(whole) * scale)
        var text = integer(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += decimalMark + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (value < 0 && units > 0 ? "−" : "") + text
    }

    /// A number with up to `decimals` places, without trailing zeros: `94,7`, `4`.
    public func number(_ value: Double, maxDecimals decimals: Int = 2) -> String {
        var text = fixed(value, decimals: decimals)
        guard decimals > 0 else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(decimalMark) { text.removeLast() }
        return text
    }

    /// A percent: `94,7%`; `decimals` fixed when given, else up to two without trailing zeros.
    public func percent(_ value: Double, decimals: Int? = nil) -> String {
        (decimals.map { fixed(value, decimals: $0) } ?? number(value)) + "%"
    }

    /// A change in percentage points with its sign: `+0,4 điểm`, `−1,2 points`.
    public func points(_ change: Double, decimals: Int = 1) -> String {
        let sign = change > 0 && fixed(change, decimals: decimals) != fixed(0, decimals: decimals) ? "+" : ""
        return sign + fixed(change, decimals: decimals) + (language == .vi ? " điểm" : " pts")
    }

    /// A signed change of a count: `+3`, `−1`, `0`.
    public func signedInteger(_ change: Int) -> String {
        (change > 0 ? "+" : "") + integer(change)
    }
}
