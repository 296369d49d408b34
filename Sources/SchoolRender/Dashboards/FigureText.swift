import SchoolMetrics

/// Figures as the dashboards and summaries print them, all through one display formatter.
public struct FigureText: Sendable {
    public var format: DisplayFormat

    public init(_ language: Language) {
        format = DisplayFormat(language)
    }

    /// A rate as printed: up to two decimals, `99,86%`; an en dash when missing.
    public func rate(_ percent: Double?) -> String {
        percent.map { format.percent($0) } ?? "—"
    }

    /// A count, `1.438`; an en dash when missing.
    public func count(_ value: Int?) -> String {
        value.map(format.integer) ?? "—"
    }

    /// Count and share, `661 · 94,7%`.
    public func countAndShare(_ count: Int, _ share: Double) -> String {
        format.integer(count) + " · " + format.percent(share, decimals: 1)
    }

    /// A target's band: `4–6 giải`, `≥ 97%`, `≤ 4`.
    public func band(_ target: Target) -> String {
        let unit = target.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
        func value(_ number: Double) -> String { format.number(number) }
        switch (target.min, target.max) {
        case let (min?, max?) where min == max: return value(min) + unit
        case let (min?, max?): return value(min) + "–" + value(max) + unit
        case let (min?, nil): return (target.better == .higher ? "≥ " : "") + value(min) + unit
        case let (nil, max?): return "≤ " + value(max) + unit
        default: return ""
        }
    }

    /// A target's actual and band, `3 / 4–6 giải`, or `Có` / `Không` / `—` for yes/no targets.
    public func target(_ result: TargetResult, words: Words) -> String {
        if result.target.isYesNo {
            return result.target.achieved.map { $0 ? words.yes : words.no } ?? "—"
        }
        let unit = result.target.unit == "%" ? "%" : ""
        return (result.actual.map { format.number($0) + unit } ?? "—") + " / " + band(result.target)
    }
}
