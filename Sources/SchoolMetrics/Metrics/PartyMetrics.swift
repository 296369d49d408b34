/// The computed figures of a party cell.
public struct PartyMetrics: Sendable, Hashable {
    public var members: Int?
    /// The sum of the classification counts; nil when the record gives no classification.
    public var classified: Int?
    /// Per level, best first; shares over `classified`.
    public var categories: [DistributionMetrics.Category]
    /// Excellent and good together, in percent of `classified`.
    public var goodOrBetterPercent: Double?

    public init(_ party: Party) {
        self.init(members: party.members, classification: party.classification)
    }

    public init(members: Int?, classification: [Int?]?) {
        self.members = members
        if let classification {
            let distribution = DistributionMetrics(scheme: .partyClassification, counts: classification)
            classified = distribution.total
            categories = distribution.categories
            let good = (classification[Party.Level.excellent.index] ?? 0) + (classification[Party.Level.good.index] ?? 0)
            goodOrBetterPercent = Percent.of(good, distribution.total)
        } else {
            classified = nil
            categories = []
            goodOrBetterPercent = nil
        }
    }

    /// Members not classified: members minus classified, when both are known.
    public var unclassified: Int? {
        guard let members, let classified else { return nil }
        return members - classified
    }

    public func count(_ level: Party.Level) -> Int? {
        categories.isEmpty ? nil : categories[level.index].count
    }

    public func percent(_ level: Party.Level) -> Double? {
        categories.isEmpty ? nil : categories[level.index].percent
    }
}
