/// Groups records by place and period, written once for every level.
public enum Rollup {
    /// One ``GroupMetrics`` per place and period at the level, sorted by place then period.
    public static func groups(_ records: [RecordMetrics], level: GroupLevel) -> [GroupMetrics] {
        var members: [GroupKey: [RecordMetrics]] = [:]
        for record in records {
            members[GroupKey(record.record.school, period: record.record.period, level: level), default: []].append(record)
        }
        return members.keys.sorted().map { GroupMetrics(key: $0, members: members[$0]!) }
    }
}
