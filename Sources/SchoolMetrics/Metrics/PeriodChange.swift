/// How the figures moved since an earlier period: shares and rates in percentage points,
/// counts as differences; distributions compared only within the same scheme. A group's change
/// is measured figure by figure over the schools that report it in both periods (`basis`).
public struct PeriodChange: Sendable, Hashable {
    /// The change of one category of one scheme.
    public struct CategoryChange: Sendable, Hashable {
        public var id: String
        public var count: Int?
        public var points: Double?
    }

    public var since: String
    public var rates: [RateKind: Double]
    public var conduct: [Scheme: [CategoryChange]]
    public var academic: [Scheme: [CategoryChange]]
    public var partyMembers: Int?
    public var goodOrBetterPoints: Double?
    /// For a group, the schools each figure's change is measured over; empty for one school.
    public var basis: [ChangeFigure: ChangeBasis] = [:]

    public init(since: String, from old: some Figures, to new: some Figures) {
        self.since = since
        rates = [:]
        for kind in RateKind.allCases {
            if let before = old.ratePercent(kind), let now = new.ratePercent(kind) { rates[kind] = now - before }
        }
        conduct = PeriodChange.changes(old.conduct, new.conduct)
        academic = PeriodChange.changes(old.academic, new.academic)
        if let before = old.party?.members, let now = new.party?.members { partyMembers = now - before }
        if let before = old.party?.goodOrBetterPercent, let now = new.party?.goodOrBetterPercent {
            goodOrBetterPoints = now - before
        }
    }

    public func distributions(_ kind: DistributionKind) -> [Scheme: [CategoryChange]] {
        kind == .conduct ? conduct : academic
    }

    /// The schools a figure's change is measured over, when that is not the whole group.
    public func partialBasis(_ figure: ChangeFigure) -> ChangeBasis? {
        basis[figure].flatMap { $0.isWholeGroup ? nil : $0 }
    }

    private static func changes(_ old: [DistributionMetrics]?, _ new: [DistributionMetrics]?) -> [Scheme: [CategoryChange]] {
        var result: [Scheme: [CategoryChange]] = [:]
        for now in new ?? [] {
            // The same scheme over the same grades: 6–7 one year and 6–8 the next are other students.
            guard let before = old?.first(where: { $0.scheme == now.scheme && $0.grades == now.grades }) else { continue }
            result[now.scheme] = zip(before.categories, now.categories).map { b, n in
                CategoryChange(id: n.id,
                               count: b.count.flatMap { bc in n.count.map { $0 - bc } },
                               points: b.percent.flatMap { bp in n.percent.map { $0 - bp } })
            }
        }
        return result
    }
}
