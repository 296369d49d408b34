/// The key figures of a school, or of its ward, on a scorecard: students, the three rates, the
/// share of students with good or better conduct, party members rated good or better, targets met.
public struct ScoreFigures: Sendable, Hashable {
    public var students: Int?
    /// Rates in percent, only those known.
    public var rates: [RateKind: Double]
    /// See ``Figures/conductGoodOrBetterPercent``.
    public var goodConduct: Double?
    /// Party members rated good or excellent, in percent of those classified.
    public var goodOrBetter: Double?
    /// Targets met or exceeded.
    public var targetsMet: Int?
    /// Targets whose status is known (met, exceeded or missed).
    public var targetsDecided: Int?

    /// The figures of one school.
    public init(_ record: RecordMetrics) {
        self.init(figures: record, students: record.record.students?.enrolled, targetCounts: record.targets.map { _ in record.targetCounts })
    }

    /// The pooled figures of a group; students added over the members that give them.
    public init(_ group: GroupMetrics, members: [RecordMetrics]) {
        let enrolled = members.compactMap { $0.record.students?.enrolled }
        self.init(figures: group, students: enrolled.isEmpty ? nil : enrolled.reduce(0, +),
                  targetCounts: group.hasTargets ? group.targetCounts : nil)
    }

    private init(figures: some Figures, students: Int?, targetCounts: [TargetStatus: Int]?) {
        self.students = students
        rates = Dictionary(uniqueKeysWithValues: RateKind.allCases.compactMap { kind in figures.ratePercent(kind).map { (kind, $0) } })
        goodConduct = figures.conductGoodOrBetterPercent
        goodOrBetter = figures.party?.goodOrBetterPercent
        if let targetCounts {
            targetsMet = (targetCounts[.met] ?? 0) + (targetCounts[.exceeded] ?? 0)
            targetsDecided = targetsMet! + (targetCounts[.missed] ?? 0)
        }
    }

    /// Targets met or exceeded in percent of those decided; nil when none is decided.
    public var targetsPercent: Double? {
        guard let targetsMet, let targetsDecided else { return nil }
        return Percent.of(targetsMet, targetsDecided)
    }
}
