extension PeriodChange {
    /// A group's change since an earlier period, like for like: each figure pooled over the
    /// schools that report it in both periods (a distribution: for the same grades), so a school
    /// that starts or stops reporting moves no figure. Figures no school reports in both periods
    /// have no change.
    public init(since: String, before: [RecordMetrics], now: [RecordMetrics], key: GroupKey) {
        self.init(since: since, rates: [:], conduct: [:], academic: [:])
        let earlier = Dictionary(before.map { ($0.record.school.id, $0) }, uniquingKeysWith: { first, _ in first })
        let pairs = now.compactMap { school in earlier[school.record.school.id].map { (before: $0, now: school) } }
        // Most figures are reported by the same schools: one pooled change per set of schools.
        var changes: [[String]: PeriodChange] = [:]
        for figure in ChangeFigure.reported(by: before + now) {
            let matched = pairs.filter { figure.isComparable($0.before, $0.now) }
            guard !matched.isEmpty else { continue }
            let ids = matched.map(\.now.record.school.id).sorted()
            let pooled = changes[ids] ?? PeriodChange(since: since, from: GroupMetrics(key: key, members: matched.map(\.before)),
                                                      to: GroupMetrics(key: key, members: matched.map(\.now)))
            changes[ids] = pooled
            take(figure, from: pooled)
            basis[figure] = ChangeBasis(schools: ids, schoolsBefore: before.filter { figure.isReported(by: $0) }.count,
                                        schoolsNow: now.filter { figure.isReported(by: $0) }.count)
        }
    }

    private init(since: String, rates: [RateKind: Double], conduct: [Scheme: [CategoryChange]], academic: [Scheme: [CategoryChange]]) {
        self.since = since
        self.rates = rates
        self.conduct = conduct
        self.academic = academic
    }

    private mutating func take(_ figure: ChangeFigure, from change: PeriodChange) {
        switch figure {
        case .rate(let kind): rates[kind] = change.rates[kind]
        case .distribution(.conduct, let scheme): conduct[scheme] = change.conduct[scheme]
        case .distribution(.academic, let scheme): academic[scheme] = change.academic[scheme]
        case .partyMembers: partyMembers = change.partyMembers
        case .goodOrBetter: goodOrBetterPoints = change.goodOrBetterPoints
        }
    }
}
