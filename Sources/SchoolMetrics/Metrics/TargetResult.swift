/// Where a target stands.
public enum TargetStatus: String, Sendable, CaseIterable {
    case met, exceeded, missed, pending
}

/// A target with its actual value resolved and its status decided by the format's rules.
public struct TargetResult: Sendable, Hashable {
    public var target: Target
    /// The typed actual, else the record's own figure the `metric` names.
    public var actual: Double?
    /// The record's own figure for the `metric`, when there is one.
    public var metricValue: Double?
    public var status: TargetStatus

    public init(_ target: Target, record: RecordMetrics?) {
        self.target = target
        metricValue = target.metric.flatMap(MetricReference.init).flatMap { record?.value(of: $0) }
        actual = target.actual ?? metricValue
        status = TargetResult.status(of: target, actual: actual)
    }

    /// Met, exceeded, missed or pending, with lower-is-better mirrored.
    public static func status(of target: Target, actual: Double?) -> TargetStatus {
        if target.isYesNo {
            guard let achieved = target.achieved else { return .pending }
            return achieved ? .met : .missed
        }
        guard let actual else { return .pending }
        let (worse, better): (Double?, Double?) = target.better == .higher ? (target.min, target.max) : (target.max, target.min)
        func isWorse(_ bound: Double) -> Bool { target.better == .higher ? actual < bound : actual > bound }
        func isBetter(_ bound: Double) -> Bool { target.better == .higher ? actual > bound : actual < bound }
        if let worse, isWorse(worse) { return .missed }
        if let better, isBetter(better) { return .exceeded }
        return .met
    }

    /// How far the actual is along the way to the target: 1 at the target, capped at 1.5
    /// for display; 1 or 0 for yes/no targets; nil while pending.
    public var progress: Double? {
        if target.isYesNo { return target.achieved.map { $0 ? 1 : 0 } }
        guard let actual else { return nil }
        let goal = target.better == .higher ? (target.min ?? target.max)! : (target.max ?? target.min)!
        let ratio: Double
        if target.better == .higher {
            ratio = goal > 0 ? actual / goal : (actual >= goal ? 1 : 0)
        } else {
            ratio = actual > 0 ? goal / actual : 1.5
        }
        return Swift.min(Swift.max(ratio, 0), 1.5)
    }
}
