/// The student results of one record; every part is optional.
public struct Students: Sendable, Hashable {
    public var schoolYear: String?
    public var enrolled: Int?
    /// One distribution per scheme (two for mixed years); `nil` when not given.
    public var conduct: [Distribution]?
    public var academic: [Distribution]?
    public var promotion: Rate?
    public var graduation: Rate?
    public var admission: Rate?

    public init(schoolYear: String? = nil, enrolled: Int? = nil, conduct: [Distribution]? = nil,
                academic: [Distribution]? = nil, promotion: Rate? = nil, graduation: Rate? = nil,
                admission: Rate? = nil) {
        self.schoolYear = schoolYear
        self.enrolled = enrolled
        self.conduct = conduct
        self.academic = academic
        self.promotion = promotion
        self.graduation = graduation
        self.admission = admission
    }

    /// The rate with this name: `promotion`, `graduation` or `admission`.
    public func rate(_ kind: RateKind) -> Rate? {
        switch kind {
        case .promotion: promotion
        case .graduation: graduation
        case .admission: admission
        }
    }
}

/// The three rates a report gives.
public enum RateKind: String, Sendable, CaseIterable {
    case promotion, graduation, admission
}

/// The two distribution sections of a record.
public enum DistributionKind: String, Sendable, CaseIterable {
    case conduct, academic
}

extension Students {
    /// The distributions of one section.
    public func distributions(_ kind: DistributionKind) -> [Distribution]? {
        kind == .conduct ? conduct : academic
    }
}
