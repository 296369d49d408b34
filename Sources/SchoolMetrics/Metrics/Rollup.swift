/// Groups records by place and period, written once for every level.
public enum Rollup {
    /// One ``GroupMetrics`` per place and period at the level, sorted by place then period;
    /// computed by `workers` workers, group by group.
    public static func groups(_ records: [RecordMetrics], level: GroupLevel, workers: Int = 1) -> [GroupMetrics] {
        let members = members(records, level: level)
        let keys = members.keys.sorted()
        return Parallel.map(keys.count, workers: workers) { GroupMetrics(key: keys[$0], members: members[keys[$0]]!.map { records[$0] }) }
    }

    /// The positions in `records` of each group's schools, in input order.
    public static func members(_ records: [RecordMetrics], level: GroupLevel) -> [GroupKey: [Int]] {
        Dictionary(grouping: records.indices) { GroupKey(records[$0].record.school, period: records[$0].record.period, level: level) }
    }
}
