import SchoolMetrics

/// Everything a build draws from a set of records: school pages, ward pages, ward and period
/// comparisons, in a fixed order (period, then place, then school) so that any number of
/// workers writes the same files and the same manifest.
public struct DashboardPlan: Sendable {
    public var records: [RecordMetrics]
    public var groups: [GroupMetrics]
    public var findings: [RecordKey: [Diagnostic]]
    public var theme: Theme
    /// The figure ward scorecards and comparisons order their schools by (`build --rank-by`);
    /// nil: in each ward, the one that best separates its schools.
    public var rankBy: RankKey?
    let recordChanges: [RecordKey: PeriodChange]
    let groupChanges: [GroupKey: PeriodChange]
    /// The positions in `records` of each ward group's schools, by school name (positions, not
    /// copies: a national build keeps every record once).
    let membersByGroup: [GroupKey: [Int]]

    /// The plan of `records`, its figures computed by `workers` workers (`build --jobs`): the
    /// same plan with any number.
    public init(records: consuming [Record], findings: [Diagnostic], theme: Theme, rankBy: RankKey? = nil, workers: Int = 1) {
        self.rankBy = rankBy
        // The metrics hold each record; a national build should not keep two copies.
        let metrics = Self.metrics(consume records, workers: workers)
        self.records = metrics
        groups = Rollup.groups(metrics, level: .ward, workers: workers)
        let membersByGroup = Rollup.members(metrics, level: .ward)
            .mapValues { $0.sorted { metrics[$0].record.school.name < metrics[$1].record.school.name } }
        self.membersByGroup = membersByGroup
        var byRecord: [RecordKey: [Diagnostic]] = [:]
        for finding in findings where !finding.isForTheChecker {
            if let key = finding.record { byRecord[key, default: []].append(finding) }
        }
        self.findings = byRecord
        self.theme = theme
        let changes = PreviousPeriod.changes(metrics, key: { $0.record.school.id }, period: { $0.record.period }, workers: workers)
        recordChanges = Dictionary(uniqueKeysWithValues: zip(metrics.map(\.record.key), changes).compactMap { key, change in change.map { (key, $0) } })
        let wardChanges = PreviousPeriod.groupChanges(groups, workers: workers) { group in
            (membersByGroup[group.key] ?? []).map { metrics[$0] }
        }
        groupChanges = Dictionary(uniqueKeysWithValues: zip(groups.map(\.key), wardChanges).compactMap { key, change in change.map { (key, $0) } })
    }

    /// The figures of each record, sorted by school and period (records of the same key in
    /// their input order).
    private static func metrics(_ records: [Record], workers: Int) -> [RecordMetrics] {
        let keys = records.map(\.key)
        let order = records.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        return Parallel.map(order.count, workers: workers) { RecordMetrics(records[order[$0]]) }
    }

    public var periods: [String] {
        Array(Set(records.map(\.record.period))).sorted { Period.precedes($0, $1) }
    }

    public func members(of group: GroupMetrics) -> [RecordMetrics] {
        (membersByGroup[group.key] ?? []).map { records[$0] }
    }

    public func schoolPage(_ record: RecordMetrics) -> SchoolPage {
        SchoolPage(record: record, change: recordChanges[record.record.key], findings: findings[record.record.key] ?? [])
    }

    public func wardPage(_ group: GroupMetrics) -> WardPage {
        WardPage(group: group, members: members(of: group), change: groupChanges[group.key], rankBy: rankBy)
    }

    public func comparison(_ group: GroupMetrics) -> ComparisonPages {
        ComparisonPages(title: group.key.name, subtitle: subtitle(group.key), members: members(of: group), group: group,
                        rankBy: rankBy)
    }

    func subtitle(_ key: GroupKey) -> String {
        [Place.line(ward: nil, district: key.district, province: key.province), theme.words.period + " " + key.period]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// One document of a build, named but not yet made: a build of 45,000 schools keeps only
    /// these small values and makes each ``Publication`` when a worker takes it.
    public enum Item: Sendable, Hashable {
        case school(Int)
        case ward(Int)
        case comparison(Int)
        case allSchools(period: String)
    }

    /// The documents of a build, in manifest order; `overview` adds the comparison of all the
    /// schools of each period.
    public func items(overview: Bool = true) -> [Item] {
        records.indices.map(Item.school) + groups.indices.flatMap { [Item.ward($0), .comparison($0)] }
            + (overview ? periods.map { Item.allSchools(period: $0) } : [])
    }

    public func publications(overview: Bool = true) -> [Publication] {
        items(overview: overview).map(publication)
    }

    /// The document of an item, with the closure that draws its pages.
    public func publication(_ item: Item) -> Publication {
        let theme = theme
        switch item {
        case .school(let index):
            let record = records[index], page = schoolPage(record)
            return Publication(name: FileNames.school(record.record.school.id, period: record.record.period), kind: .school,
                               school: record.record.school.id, period: record.record.period) { [page.draw(theme: theme)] }
        case .ward(let index):
            let key = groups[index].key, ward = wardPage(groups[index])
            return Publication(name: FileNames.ward(key), kind: .ward, ward: key.ward, district: key.district,
                               province: key.province, period: key.period) { ward.draw(theme: theme) }
        case .comparison(let index):
            let key = groups[index].key, comparison = comparison(groups[index])
            return Publication(name: FileNames.comparison(key), kind: .comparison, ward: key.ward, district: key.district,
                               province: key.province, period: key.period) { comparison.draw(theme: theme) }
        case .allSchools(let period):
            let all = ComparisonPages(title: theme.words.allSchools, subtitle: theme.words.period + " " + period,
                                      members: records.filter { $0.record.period == period }, group: nil, rankBy: rankBy)
            return Publication(name: FileNames.comparison(period: period), kind: .comparison, period: period) {
                all.draw(theme: theme)
            }
        }
    }
}
