/// The school a record is about.
public struct School: Sendable, Hashable {
    public var id: String
    public var name: String
    public var level: String?
    public var ward: String
    public var district: String?
    public var province: String?

    public init(id: String, name: String, level: String? = nil, ward: String,
                district: String? = nil, province: String? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.ward = ward
        self.district = district
        self.province = province
    }
}

/// One school in one reporting period: the unit every file holds.
public struct Record: Sendable, Hashable {
    public var school: School
    public var period: String
    public var students: Students?
    public var party: Party?
    /// The targets for this period; `nil` when the record sets none.
    public var targets: [Target]?
    /// Where the record came from, for messages and footers.
    public var source: SourcePlace?

    public init(school: School, period: String, students: Students? = nil, party: Party? = nil,
                targets: [Target]? = nil, source: SourcePlace? = nil) {
        self.school = school
        self.period = period
        self.students = students
        self.party = party
        self.targets = targets
        self.source = source
    }

    /// The record's key: the school and the period.
    public var key: RecordKey { RecordKey(school: school.id, period: period) }
}

/// A school id with a period; unique across a dataset.
public struct RecordKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var school: String
    public var period: String

    public init(school: String, period: String) {
        self.school = school
        self.period = period
    }

    public var description: String { "\(school) \(period)" }

    public static func < (a: RecordKey, b: RecordKey) -> Bool {
        if a.school != b.school { return a.school < b.school }
        return Period.precedes(a.period, b.period)
    }
}
