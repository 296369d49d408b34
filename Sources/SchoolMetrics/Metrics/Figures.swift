/// The figures a school or a group of schools has for one period, whatever computed them:
/// what period-over-period changes, rankings and dashboards read.
public protocol Figures {
    var conduct: [DistributionMetrics]? { get }
    var academic: [DistributionMetrics]? { get }
    var party: PartyMetrics? { get }
    /// The rate in percent, when known.
    func ratePercent(_ kind: RateKind) -> Double?
}

extension Figures {
    public func distributions(_ kind: DistributionKind) -> [DistributionMetrics]? {
        kind == .conduct ? conduct : academic
    }
}

extension RecordMetrics: Figures {
    public func ratePercent(_ kind: RateKind) -> Double? { rate(kind)?.value }
}
