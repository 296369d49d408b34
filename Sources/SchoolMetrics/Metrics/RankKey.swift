/// A figure a ward's scorecard orders its schools by (`build --rank-by`); higher is better for each.
public enum RankKey: String, Sendable, Hashable, CaseIterable {
    case promotion, graduation, admission
    /// Party members rated good or excellent, in percent of those classified (`party.goodOrBetter`).
    case goodOrBetter = "good-or-better"
    /// Targets met or exceeded, in percent of the targets decided (pending targets left out).
    case targets

    /// The figure of `figures` for this key, rounded as the pages print it (two decimals), so that
    /// two schools shown with the same figure share a rank.
    public func value(_ figures: ScoreFigures) -> Double? {
        let exact: Double? = switch self {
        case .promotion: figures.rates[.promotion]
        case .graduation: figures.rates[.graduation]
        case .admission: figures.rates[.admission]
        case .goodOrBetter: figures.goodOrBetter
        case .targets: figures.targetsPercent
        }
        return exact.map { ($0 * 100).rounded(.toNearestOrAwayFromZero) / 100 }
    }

    /// How many pairs of schools the key tells apart (both give it, with different figures), and
    /// how far apart its figures lie.
    func separation(_ figures: [ScoreFigures]) -> (pairs: Int, spread: Double) {
        let values = figures.compactMap(value)
        var counts: [Double: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let same = counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let spread = (values.max() ?? 0) - (values.min() ?? 0)
        return (values.count * (values.count - 1) / 2 - same, spread)
    }

    /// The key that best separates the schools: the most pairs told apart, then the widest spread,
    /// then the order of ``allCases``; nil when no key tells any two schools apart.
    public static func separating(_ figures: [ScoreFigures]) -> RankKey? {
        var best: (key: RankKey, pairs: Int, spread: Double)?
        for key in allCases {
            let (pairs, spread) = key.separation(figures)
            guard pairs > 0 else { continue }
            if let current = best, (current.pairs, current.spread) >= (pairs, spread) { continue }
            best = (key, pairs, spread)
        }
        return best?.key
    }
}
