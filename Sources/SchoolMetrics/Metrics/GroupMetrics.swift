/// How records are grouped for roll-ups: by ward, district or province, and period.
public enum GroupLevel: String, Sendable, CaseIterable {
    case ward, district, province
}

/// A place at some level and a period. Wards are told apart by province and district too:
/// two wards called "Phường 1" in different districts are different groups.
public struct GroupKey: Sendable, Hashable, Comparable {
    public var level: GroupLevel
    public var province: String?
    public var district: String?
    public var ward: String?
    public var period: String

    public init(_ school: School, period: String, level: GroupLevel) {
        self.level = level
        self.period = period
        province = school.province
        district = level == .province ? nil : school.district
        ward = level == .ward ? school.ward : nil
    }

    public static func < (a: GroupKey, b: GroupKey) -> Bool {
        let left = [a.province ?? "", a.district ?? "", a.ward ?? ""]
        let right = [b.province ?? "", b.district ?? "", b.ward ?? ""]
        if left != right { return left.lexicographicallyPrecedes(right) }
        return Period.precedes(a.period, b.period)
    }

    /// The same place in another period.
    public func with(period: String) -> GroupKey {
        var key = self
        key.period = period
        return key
    }

    /// The most specific name of the place.
    public var name: String { ward ?? district ?? province ?? "" }
}

/// A rate rolled up over several schools.
public struct PooledRate: Sendable, Hashable {
    public var percent: Double?
    /// True when a percent-only school made the roll-up a weighted or plain mean.
    public var estimated: Bool
    /// The pooled counts, when every school gives counts.
    public var count: Int?
    public var of: Int?
}

/// The figures of a group of schools in one period: counts added, schemes kept apart,
/// rates pooled from counts or estimated as the format says.
public struct GroupMetrics: Sendable, Hashable, Figures {
    public var key: GroupKey
    /// The school ids of the group, sorted.
    public var schools: [String]
    public var conduct: [DistributionMetrics]?
    public var academic: [DistributionMetrics]?
    public var rates: [RateKind: PooledRate]
    public var party: PartyMetrics?
    public var targetCounts: [TargetStatus: Int]
    /// Whether any school of the group sets targets.
    public var hasTargets: Bool

    public init(key: GroupKey, members: [RecordMetrics]) {
        self.key = key
        schools = members.map(\.record.school.id).sorted()
        conduct = GroupMetrics.pool(members.compactMap(\.conduct))
        academic = GroupMetrics.pool(members.compactMap(\.academic))
        rates = [:]
        for kind in RateKind.allCases {
            rates[kind] = GroupMetrics.pool(members.compactMap { member in
                member.rate(kind).map { (rate: $0, enrolled: member.record.students?.enrolled) }
            })
        }
        party = GroupMetrics.pool(members.compactMap(\.party))
        targetCounts = members.reduce(into: [:]) { counts, member in
            for (status, count) in member.targetCounts { counts[status, default: 0] += count }
        }
        hasTargets = members.contains { $0.targets != nil }
    }

    public func ratePercent(_ kind: RateKind) -> Double? { rates[kind]?.percent }

    /// Distributions added per scheme, in the order schemes first appear; nil when none.
    static func pool(_ sections: [[DistributionMetrics]]) -> [DistributionMetrics]? {
        var schemes: [Scheme] = []
        var sums: [Scheme: [Int?]] = [:]
        for part in sections.joined() {
            let counts = part.categories.map(\.count)
            if let sum = sums[part.scheme] {
                sums[part.scheme] = zip(sum, counts).map { a, b in
                    (a == nil && b == nil) ? nil : (a ?? 0) + (b ?? 0)
                }
            } else {
                schemes.append(part.scheme)
                sums[part.scheme] = counts
            }
        }
        guard !schemes.isEmpty else { return nil }
        let ordered = schemes.sorted { order($0) < order($1) }
        return ordered.map { DistributionMetrics(scheme: $0, counts: sums[$0]!) }
    }

    private static func order(_ scheme: Scheme) -> (Int, String) {
        (Scheme.builtIn.firstIndex(of: scheme) ?? Scheme.builtIn.count, scheme.id)
    }

    /// One school's rate as it stands; several pooled from counts when all give counts,
    /// else weighted by enrolment (or a plain mean) and marked estimated.
    static func pool(_ rates: [(rate: Rate, enrolled: Int?)]) -> PooledRate? {
        guard !rates.isEmpty else { return nil }
        if rates.allSatisfy({ $0.rate.hasCounts }) {
            let count = rates.reduce(0) { $0 + $1.rate.count! }
            let of = rates.reduce(0) { $0 + $1.rate.of! }
            return PooledRate(percent: Percent.of(count, of), estimated: false, count: count, of: of)
        }
        if rates.count == 1 {
            return PooledRate(percent: rates[0].rate.value, estimated: false, count: nil, of: nil)
        }
        let values = rates.compactMap { entry in entry.rate.value.map { (value: $0, enrolled: entry.enrolled) } }
        guard !values.isEmpty else { return nil }
        let weights = values.compactMap(\.enrolled)
        let percent: Double
        if weights.count == values.count, weights.reduce(0, +) > 0 {
            percent = values.reduce(0) { $0 + $1.value * Double($1.enrolled!) } / Double(weights.reduce(0, +))
        } else {
            percent = values.reduce(0) { $0 + $1.value } / Double(values.count)
        }
        return PooledRate(percent: percent, estimated: true, count: nil, of: nil)
    }

    /// Party figures added: members over the schools that give them, classification likewise.
    static func pool(_ parties: [PartyMetrics]) -> PartyMetrics? {
        guard !parties.isEmpty else { return nil }
        let withMembers = parties.compactMap(\.members)
        let classified = parties.filter { !$0.categories.isEmpty }
        var classification: [Int?]?
        if !classified.isEmpty {
            classification = Party.Level.allCases.map { level in
                let counts = classified.compactMap { $0.count(level) }
                return counts.isEmpty ? nil : counts.reduce(0, +)
            }
        }
        return PartyMetrics(members: withMembers.isEmpty ? nil : withMembers.reduce(0, +), classification: classification)
    }
}
