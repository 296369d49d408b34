/// Every figure computed for one record. A section the record lacks stays nil.
public struct RecordMetrics: Sendable, Hashable {
    public var record: Record
    public var conduct: [DistributionMetrics]?
    public var academic: [DistributionMetrics]?
    public var party: PartyMetrics?
    public var targets: [TargetResult]?

    public init(_ record: Record) {
        self.record = record
        conduct = record.students?.conduct?.map(DistributionMetrics.init)
        academic = record.students?.academic?.map(DistributionMetrics.init)
        party = record.party.map(PartyMetrics.init)
        targets = nil
        let resolved = self
        targets = record.targets?.map { TargetResult($0, record: resolved) }
    }

    public func distributions(_ kind: DistributionKind) -> [DistributionMetrics]? {
        kind == .conduct ? conduct : academic
    }

    public func rate(_ kind: RateKind) -> Rate? {
        record.students?.rate(kind)
    }

    /// The record's own figure a `metric` names; nil when the record lacks it.
    public func value(of reference: MetricReference) -> Double? {
        switch reference {
        case .rate(let kind):
            return rate(kind)?.value
        case .category(let kind, let scheme, let category):
            guard let parts = distributions(kind) else { return nil }
            let part = scheme.map { id in parts.first { $0.scheme.id == id } } ?? (parts.count == 1 ? parts.first : nil)
            return part?.percent(of: category)
        case .partyMembers:
            return party?.members.map(Double.init)
        case .partyLevel(let level):
            return party?.count(level).map(Double.init)
        case .partyGoodOrBetter:
            return party?.goodOrBetterPercent
        }
    }

    /// How many targets stand in each status.
    public var targetCounts: [TargetStatus: Int] {
        (targets ?? []).reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }
}
