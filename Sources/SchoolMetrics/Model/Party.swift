/// The party cell of one record.
public struct Party: Sendable, Hashable {
    /// The four exclusive levels members are classified in, best first.
    public enum Level: String, Sendable, CaseIterable {
        case excellent, good, completed, failed

        /// The label used in Vietnamese reports.
        public var label: String {
            switch self {
            case .excellent: "Hoàn thành xuất sắc nhiệm vụ"
            case .good: "Hoàn thành tốt nhiệm vụ"
            case .completed: "Hoàn thành nhiệm vụ"
            case .failed: "Không hoàn thành nhiệm vụ"
            }
        }
    }

    public var members: Int?
    public var probationary: Int?
    public var women: Int?
    /// Counts per level, indexed like `Level.allCases`; `nil` when the record gives none.
    public var classification: [Int?]?
    /// Shares per level as printed in the report.
    public var reportedPercent: [Double?]?
    public var cellRating: String?

    public init(members: Int? = nil, probationary: Int? = nil, women: Int? = nil,
                classification: [Int?]? = nil, reportedPercent: [Double?]? = nil, cellRating: String? = nil) {
        self.members = members
        self.probationary = probationary
        self.women = women
        self.classification = classification
        self.reportedPercent = reportedPercent
        self.cellRating = cellRating
    }

    /// The count at one level, when given.
    public func count(_ level: Level) -> Int? {
        classification?[level.index] ?? nil
    }

    /// The number of members classified: the sum of the classification counts.
    public var classified: Int? {
        classification.map { $0.reduce(0) { $0 + ($1 ?? 0) } }
    }
}

extension Party.Level {
    /// The position of the level, best first.
    public var index: Int { Party.Level.allCases.firstIndex(of: self)! }
}

extension Scheme {
    /// The party member levels as a scheme, so that their keys are read like categories.
    public static let partyClassification = Scheme(
        id: "party-classification",
        categories: Party.Level.allCases.map { Category(id: $0.rawValue, label: $0.label) })
}
