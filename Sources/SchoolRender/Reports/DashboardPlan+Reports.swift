import SchoolMetrics

/// What the Word reports need from a plan beyond the dashboards.
extension DashboardPlan {
    /// The targets the school's next period sets (the period right after `record`'s among the
    /// school's records), when that record has any.
    public func nextTargets(after record: RecordMetrics) -> (period: String, targets: [TargetResult])? {
        let later = records.filter { $0.record.school.id == record.record.school.id && Period.precedes(record.record.period, $0.record.period) }
        guard let next = later.min(by: { Period.precedes($0.record.period, $1.record.period) }),
              let targets = next.targets, !targets.isEmpty else { return nil }
        return (next.record.period, targets)
    }

    /// The school pages of a ward's schools, for its report's paragraphs and checks.
    public func schoolPages(of group: GroupMetrics) -> [SchoolPage] {
        members(of: group).map(schoolPage)
    }
}
