/// The figures of `schooldash metrics --json`, in the shape `FORMAT.md` gives: per record,
/// then per group (ward by default). Percentages are exact; a missing section is null.
public struct MetricsReport: Sendable {
    public var records: [RecordMetrics]
    public var groups: [GroupMetrics]
    public var level: GroupLevel

    public init(records: [Record], level: GroupLevel = .ward) {
        self.records = records.sorted { $0.key < $1.key }.map(RecordMetrics.init)
        self.level = level
        groups = Rollup.groups(self.records, level: level)
    }

    public var json: JSONOutput {
        let recordChanges = PreviousPeriod.changes(records, key: { $0.record.school.id }, period: { $0.record.period })
        let members = Rollup.members(records, level: level)
        let groupChanges = PreviousPeriod.groupChanges(groups) { group in (members[group.key] ?? []).map { records[$0] } }
        return .object([
            ("records", .array(records.indices.map { records[$0].json(change: recordChanges[$0]) })),
            (level.rawValue + "s", .array(groups.indices.map { groups[$0].json(change: groupChanges[$0]) })),
        ])
    }
}

/// Finding each item's previous period among items of the same place or school.
public enum PreviousPeriod {
    /// For each item, the change since the latest earlier period of the same key, if any;
    /// computed by `workers` workers, item by item.
    public static func changes<Item: Figures & Sendable, Key: Hashable & Sendable>(
        _ items: [Item], key: (Item) -> Key, period: (Item) -> String, workers: Int = 1
    ) -> [PeriodChange?] {
        let periods = items.map(period)
        let previous = indices(keys: items.map(key), periods: periods, workers: workers)
        return Parallel.map(items.count, workers: workers) { index in
            previous[index].map { PeriodChange(since: periods[$0], from: items[$0], to: items[index]) }
        }
    }

    /// For each group, its like-for-like change since the latest earlier period of the same place:
    /// over the schools (`members`) that report each figure in both periods; computed by
    /// `workers` workers, group by group.
    public static func groupChanges(_ groups: [GroupMetrics], workers: Int = 1,
                                    members: @Sendable (GroupMetrics) -> [RecordMetrics]) -> [PeriodChange?] {
        let previous = indices(keys: groups.map { $0.key.with(period: "") }, periods: groups.map(\.key.period), workers: workers)
        return Parallel.map(groups.count, workers: workers) { index in
            previous[index].map { earlier in
                PeriodChange(since: groups[earlier].key.period, before: members(groups[earlier]), now: members(groups[index]),
                             key: groups[index].key)
            }
        }
    }

    /// For each item (given by its key and its period), the position of the latest earlier
    /// period's item of the same key.
    static func indices<Key: Hashable & Sendable>(keys: [Key], periods: [String], workers: Int) -> [Int?] {
        let byKey = Dictionary(grouping: keys.indices) { keys[$0] }
        return Parallel.map(keys.count, workers: workers) { index in
            let earlier = byKey[keys[index]]!.filter { Period.precedes(periods[$0], periods[index]) }
            return earlier.max { Period.precedes(periods[$0], periods[$1]) }
        }
    }
}

extension DistributionMetrics {
    func json(withGrades: Bool) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("scheme", .string(scheme.id))]
        if withGrades { members.append(("grades", .optional(grades) { .array($0.map(JSONOutput.int)) })) }
        members += [
            ("total", .int(total)),
            ("categories", .array(categories.map(\.json))),
        ]
        return .object(members)
    }
}

extension DistributionMetrics.Category {
    var json: JSONOutput {
        .object([("id", .string(id)), ("count", .optional(count, JSONOutput.int)), ("percent", .optional(percent, JSONOutput.double))])
    }
}

extension PartyMetrics {
    var json: JSONOutput {
        .object([
            ("members", .optional(members, JSONOutput.int)),
            ("classified", .optional(classified, JSONOutput.int)),
            ("unclassified", .optional(unclassified, JSONOutput.int)),
            ("categories", .array(categories.map(\.json))),
            ("goodOrBetterPercent", .optional(goodOrBetterPercent, JSONOutput.double)),
        ])
    }
}

extension RecordMetrics {
    func json(change: PeriodChange?) -> JSONOutput {
        let school = record.school
        return .object([
            ("school", .string(school.id)),
            ("period", .string(record.period)),
            ("name", .string(school.name)),
            ("ward", .object([("name", .string(school.ward)), ("district", .optional(school.district, JSONOutput.string)),
                              ("province", .optional(school.province, JSONOutput.string))])),
            ("schoolYear", .optional(record.students?.schoolYear, JSONOutput.string)),
            ("enrolled", .optional(record.students?.enrolled, JSONOutput.int)),
            ("conduct", .optional(conduct) { .array($0.map { $0.json(withGrades: true) }) }),
            ("academic", .optional(academic) { .array($0.map { $0.json(withGrades: true) }) }),
            ("promotion", rateJSON(.promotion)),
            ("graduation", rateJSON(.graduation)),
            ("admission", rateJSON(.admission)),
            ("party", .optional(party, \.json)),
            ("targets", .optional(targets) { .array($0.map(\.json)) }),
            ("change", .optional(change, \.json)),
        ])
    }

    private func rateJSON(_ kind: RateKind) -> JSONOutput {
        .optional(rate(kind)) { rate in
            .object([("percent", .optional(rate.value, JSONOutput.double)), ("count", .optional(rate.count, JSONOutput.int)),
                     ("of", .optional(rate.of, JSONOutput.int))])
        }
    }
}

extension TargetResult {
    var json: JSONOutput {
        .object([
            ("name", .string(target.name)),
            ("status", .string(status.rawValue)),
            ("actual", .optional(actual, JSONOutput.double)),
            ("min", .optional(target.min, JSONOutput.double)),
            ("max", .optional(target.max, JSONOutput.double)),
            ("unit", .optional(target.unit, JSONOutput.string)),
            ("better", .string(target.better.rawValue)),
            ("achieved", .optional(target.achieved, JSONOutput.bool)),
            ("metric", .optional(target.metric, JSONOutput.string)),
            ("progress", .optional(progress, JSONOutput.double)),
        ])
    }
}

extension GroupMetrics {
    func json(change: PeriodChange?) -> JSONOutput {
        var members: [(String, JSONOutput)] = []
        if key.level == .ward { members.append(("ward", .optional(key.ward, JSONOutput.string))) }
        if key.level != .province { members.append(("district", .optional(key.district, JSONOutput.string))) }
        members += [
            ("province", .optional(key.province, JSONOutput.string)),
            ("period", .string(key.period)),
            ("schools", .array(schools.map(JSONOutput.string))),
            ("conduct", .optional(conduct) { .array($0.map { $0.json(withGrades: false) }) }),
            ("academic", .optional(academic) { .array($0.map { $0.json(withGrades: false) }) }),
        ]
        for kind in RateKind.allCases {
            members.append((kind.rawValue, .optional(rates[kind]) { rate in
                .object([("percent", .optional(rate.percent, JSONOutput.double)), ("estimated", .bool(rate.estimated)),
                         ("count", .optional(rate.count, JSONOutput.int)), ("of", .optional(rate.of, JSONOutput.int))])
            }))
        }
        members += [
            ("party", .optional(party, \.json)),
            ("targets", hasTargets ? .object(TargetStatus.allCases.map { ($0.rawValue, .int(targetCounts[$0] ?? 0)) }) : .null),
            ("change", .optional(change, \.json)),
        ]
        return .object(members)
    }
}

extension PeriodChange {
    var json: JSONOutput {
        func section(_ changes: [Scheme: [CategoryChange]]) -> JSONOutput {
            let schemes = changes.keys.sorted { $0.id < $1.id }
            return .array(schemes.map { scheme in
                .object([("scheme", .string(scheme.id)), ("categories", .array(changes[scheme]!.map { change in
                    .object([("id", .string(change.id)), ("count", .optional(change.count, JSONOutput.int)),
                             ("points", .optional(change.points, JSONOutput.double))])
                }))])
            })
        }
        var members: [(String, JSONOutput)] = [("since", .string(since))]
        for kind in RateKind.allCases { members.append((kind.rawValue, .optional(rates[kind], JSONOutput.double))) }
        members += [
            ("conduct", section(conduct)),
            ("academic", section(academic)),
            ("partyMembers", .optional(partyMembers, JSONOutput.int)),
            ("goodOrBetterPoints", .optional(goodOrBetterPoints, JSONOutput.double)),
        ]
        if !basis.isEmpty {
            let figures = basis.keys.sorted { $0.name < $1.name }
            members.append(("likeForLike", .array(figures.map { figure in
                let basis = basis[figure]!
                return .object([("figure", .string(figure.name)), ("schools", .array(basis.schools.map(JSONOutput.string))),
                                ("schoolsBefore", .int(basis.schoolsBefore)), ("schoolsNow", .int(basis.schoolsNow)),
                                ("wholeGroup", .bool(basis.isWholeGroup))])
            })))
        }
        return .object(members)
    }
}
