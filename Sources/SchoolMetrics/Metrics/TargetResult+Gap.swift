extension TargetResult {
    /// How far the actual lies from the bound its status is decided by: actual minus the
    /// worse bound when missed, minus the better bound when exceeded, 0 when met inside the
    /// band; nil for yes/no and pending targets. Negative means below the bound (a shortfall
    /// when higher is better).
    public var gap: Double? {
        guard !target.isYesNo, let actual else { return nil }
        let (worse, better) = target.better == .higher ? (target.min, target.max) : (target.max, target.min)
        switch status {
        case .missed: return worse.map { actual - $0 }
        case .exceeded: return better.map { actual - $0 }
        case .met: return 0
        case .pending: return nil
        }
    }
}
