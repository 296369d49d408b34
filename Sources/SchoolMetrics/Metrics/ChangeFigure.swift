/// One figure whose change since an earlier period is measured: a rate, one scheme's
/// distribution, the number of party members, or their good-or-better share.
public enum ChangeFigure: Sendable, Hashable {
    case rate(RateKind)
    case distribution(DistributionKind, Scheme)
    case partyMembers
    case goodOrBetter

    /// Its name in `metrics --json`: the member of `change` that holds it (`promotion`,
    /// `partyMembers`), or the section and scheme (`conduct/2011`).
    public var name: String {
        switch self {
        case .rate(let kind): kind.rawValue
        case .distribution(let kind, let scheme): kind.rawValue + "/" + scheme.id
        case .partyMembers: "partyMembers"
        case .goodOrBetter: "goodOrBetterPoints"
        }
    }

    /// Whether these figures give this one.
    public func isReported(by figures: some Figures) -> Bool {
        switch self {
        case .rate(let kind): figures.ratePercent(kind) != nil
        case .distribution(let kind, let scheme): figures.distributions(kind)?.contains { $0.scheme == scheme && $0.total > 0 } == true
        case .partyMembers: figures.party?.members != nil
        case .goodOrBetter: figures.party?.goodOrBetterPercent != nil
        }
    }

    /// Whether a change from `before` to `now` compares like with like for this figure: both give
    /// it, and a distribution covers the same grades in both (Circular 22/2021 reaches one more
    /// grade each year: grades 6–7 one year and 6–8 the next are not the same students).
    public func isComparable(_ before: some Figures, _ now: some Figures) -> Bool {
        guard isReported(by: before), isReported(by: now) else { return false }
        guard case .distribution(let kind, let scheme) = self else { return true }
        func grades(_ figures: some Figures) -> [Int]? { figures.distributions(kind)?.first { $0.scheme == scheme }?.grades }
        return grades(before) == grades(now)
    }

    /// Every figure that any of these gives, in a fixed order: rates, distributions by section
    /// and scheme, then the party's.
    public static func reported(by all: [some Figures]) -> [ChangeFigure] {
        var figures = RateKind.allCases.map(ChangeFigure.rate)
        for kind in DistributionKind.allCases {
            var schemes: [Scheme] = []
            for scheme in all.flatMap({ $0.distributions(kind) ?? [] }).map(\.scheme) where !schemes.contains(scheme) {
                schemes.append(scheme)
            }
            figures += schemes.sorted { $0.id < $1.id }.map { .distribution(kind, $0) }
        }
        figures += [.partyMembers, .goodOrBetter]
        return figures.filter { figure in all.contains { figure.isReported(by: $0) } }
    }
}
