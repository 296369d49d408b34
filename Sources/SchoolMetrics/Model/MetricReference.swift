/// A figure of a record that a target can be tied to through its `metric` field.
public enum MetricReference: Sendable, Hashable {
    /// `promotion`, `graduation`, `admission`: the rate in percent.
    case rate(RateKind)
    /// `conduct.tot`, or `conduct.training-2021.tot` for a mixed-year record: a category's percent.
    case category(DistributionKind, scheme: String?, category: String)
    /// `party.members`: the number of members.
    case partyMembers
    /// `party.excellent` and the other levels: a count of members.
    case partyLevel(Party.Level)
    /// `party.goodOrBetter`: the percent of classified members rated good or excellent.
    case partyGoodOrBetter

    /// Reads a `metric` value; nil when it names no figure a record can hold.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            guard let kind = RateKind(rawValue: parts[0]) else { return nil }
            self = .rate(kind)
        case 2 where parts[0] == "party":
            if parts[1] == "members" { self = .partyMembers; return }
            if parts[1] == "goodOrBetter" { self = .partyGoodOrBetter; return }
            guard let level = Party.Level(rawValue: parts[1]) else { return nil }
            self = .partyLevel(level)
        case 2, 3:
            guard let kind = DistributionKind(rawValue: parts[0]), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
            self = .category(kind, scheme: parts.count == 3 ? parts[1] : nil, category: parts[parts.count - 1])
        default:
            return nil
        }
    }

    /// True for figures in percent; counts otherwise.
    public var isPercent: Bool {
        switch self {
        case .rate, .category, .partyGoodOrBetter: true
        case .partyMembers, .partyLevel: false
        }
    }
}
