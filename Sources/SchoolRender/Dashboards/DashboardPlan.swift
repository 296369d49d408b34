import SchoolMetrics

/// Everything a build draws from a set of records: school pages, ward pages, ward and period
/// comparisons, in a fixed order (period, then place, then school) so that any number of
/// workers writes the same files and the same manifest.
public struct DashboardPlan: Sendable {
    public var records: [RecordMetrics]
    public var groups: [GroupMetrics]
    public var findings: [RecordKey: [Diagnostic]]
    public var theme: Theme
    let recordChanges: [RecordKey: PeriodChange]
    let groupChanges: [GroupKey: PeriodChange]

    public init(records: [Record], findings: [Diagnostic], theme: Theme) {
        let metrics = records.sorted { $0.key < $1.key }.map(RecordMetrics.init)
        self.records = metrics
        groups = Rollup.groups(metrics, level: .ward)
        var byRecord: [RecordKey: [Diagnostic]] = [:]
        for finding in findings { if let key = finding.record { byRecord[key, default: []].append(finding) } }
        self.findings = byRecord
        self.theme = theme
        let changes = PreviousPeriod.changes(metrics, key: { $0.record.school.id }, period: { $0.record.period })
        recordChanges = Dictionary(uniqueKeysWithValues: zip(metrics.map(\.record.key), changes).compactMap { key, change in change.map { (key, $0) } })
        let wardChanges = PreviousPeriod.changes(groups, key: { $0.key.with(period: "") }, period: { $0.key.period })
        groupChanges = Dictionary(uniqueKeysWithValues: zip(groups.map(\.key), wardChanges).compactMap { key, change in change.map { (key, $0) } })
    }

    public var periods: [String] {
        Array(Set(records.map(\.record.period))).sorted { Period.precedes($0, $1) }
    }

    public func members(of group: GroupMetrics) -> [RecordMetrics] {
        records.filter { GroupKey($0.record.school, period: $0.record.period, level: .ward) == group.key }
            .sorted { $0.record.school.name < $1.record.school.name }
    }

    public func schoolPage(_ record: RecordMetrics) -> SchoolPage {
        SchoolPage(record: record, change: recordChanges[record.record.key], findings: findings[record.record.key] ?? [])
    }

    public func wardPage(_ group: GroupMetrics) -> WardPage {
        WardPage(group: group, members: members(of: group), change: groupChanges[group.key])
    }

    public func comparison(_ group: GroupMetrics) -> ComparisonPages {
        ComparisonPages(title: group.key.name, subtitle: subtitle(group.key), members: members(of: group), group: group)
    }

    func subtitle(_ key: GroupKey) -> String {
        [Place.line(ward: nil, district: key.district, province: key.province), theme.words.period + " " + key.period]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The documents of a build, in manifest order.
    public var publications: [Publication] {
        let theme = theme
        var list: [Publication] = []
        for record in records {
            let page = schoolPage(record)
            list.append(Publication(name: FileNames.school(record.record.school.id, period: record.record.period), kind: .school,
                                    school: record.record.school.id, period: record.record.period) { [page.draw(theme: theme)] })
        }
        for group in groups {
            let ward = wardPage(group), comparison = comparison(group)
            let key = group.key
            list.append(Publication(name: FileNames.ward(key), kind: .ward, ward: key.ward, district: key.district,
                                    province: key.province, period: key.period) { ward.draw(theme: theme) })
            list.append(Publication(name: FileNames.comparison(key), kind: .comparison, ward: key.ward, district: key.district,
                                    province: key.province, period: key.period) { comparison.draw(theme: theme) })
        }
        for period in periods {
            let members = records.filter { $0.record.period == period }
            let all = ComparisonPages(title: theme.words.allSchools, subtitle: theme.words.period + " " + period,
                                      members: members, group: nil)
            list.append(Publication(name: FileNames.comparison(period: period), kind: .comparison, period: period) {
                all.draw(theme: theme)
            })
        }
        return list
    }
}
