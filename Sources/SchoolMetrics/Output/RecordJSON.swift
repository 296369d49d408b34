/// A record as FORMAT.md writes it: the inverse of the JSON loader, so that records made by
/// `sample` and `import` read back as the same record.
public enum RecordJSON {
    public static func encode(_ record: Record) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("school", school(record.school)), ("period", .string(record.period))]
        if let students = record.students { members.append(("students", self.students(students))) }
        if let party = record.party { members.append(("party", self.party(party))) }
        if let targets = record.targets { members.append(("targets", .array(targets.map(target)))) }
        return .object(members)
    }

    static func school(_ school: School) -> JSONOutput {
        .object([("id", .string(school.id)), ("name", .string(school.name))]
            + optionalStrings([("level", school.level), ("ward", school.ward), ("district", school.district),
                               ("province", school.province)]))
    }

    static func students(_ students: Students) -> JSONOutput {
        var members = optionalStrings([("schoolYear", students.schoolYear)])
        if let enrolled = students.enrolled { members.append(("enrolled", .int(enrolled))) }
        for kind in DistributionKind.allCases {
            guard let parts = students.distributions(kind) else { continue }
            let encoded = parts.map(distribution)
            members.append((kind.rawValue, encoded.count == 1 && parts[0].grades == nil ? encoded[0] : .array(encoded)))
        }
        for kind in RateKind.allCases {
            if let rate = students.rate(kind) { members.append((kind.rawValue, self.rate(rate))) }
        }
        return .object(members)
    }

    static func distribution(_ distribution: Distribution) -> JSONOutput {
        let ids = distribution.scheme.categories.map(\.id)
        var members: [(String, JSONOutput)] = [("scheme", .string(distribution.scheme.id))]
        if let grades = distribution.grades { members.append(("grades", .array(grades.map { .int($0) }))) }
        members.append(("counts", keyed(ids, distribution.counts.map { $0.map { .int($0) } })))
        if distribution.reportedPercent.contains(where: { $0 != nil }) {
            members.append(("reportedPercent", keyed(ids, distribution.reportedPercent.map { $0.map { .double($0) } })))
        }
        return .object(members)
    }

    static func rate(_ rate: Rate) -> JSONOutput {
        var members: [(String, JSONOutput)] = []
        if let percent = rate.percent { members.append(("percent", .double(percent))) }
        if let count = rate.count { members.append(("count", .int(count))) }
        if let of = rate.of { members.append(("of", .int(of))) }
        return .object(members)
    }

    static func party(_ party: Party) -> JSONOutput {
        var members: [(String, JSONOutput)] = []
        for (name, value) in [("members", party.members), ("probationary", party.probationary), ("women", party.women)] {
            if let value { members.append((name, .int(value))) }
        }
        let levels = Party.Level.allCases.map(\.rawValue)
        if let classification = party.classification {
            members.append(("classification", keyed(levels, classification.map { $0.map { .int($0) } })))
        }
        if let reported = party.reportedPercent, reported.contains(where: { $0 != nil }) {
            members.append(("reportedPercent", keyed(levels, reported.map { $0.map { .double($0) } })))
        }
        members += optionalStrings([("cellRating", party.cellRating)])
        return .object(members)
    }

    /// One target as the input format writes it.
    public static func target(_ target: Target) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("name", .string(target.name))]
        members += optionalStrings([("unit", target.unit)])
        if let min = target.min { members.append(("min", .double(min))) }
        if let max = target.max { members.append(("max", .double(max))) }
        if target.better == .lower { members.append(("better", .string("lower"))) }
        if let actual = target.actual { members.append(("actual", .double(actual))) }
        if let achieved = target.achieved { members.append(("achieved", .bool(achieved))) }
        members += optionalStrings([("metric", target.metric)])
        return .object(members)
    }

    private static func keyed(_ keys: [String], _ values: [JSONOutput?]) -> JSONOutput {
        .object(zip(keys, values).compactMap { key, value in value.map { (key, $0) } })
    }

    private static func optionalStrings(_ pairs: [(String, String?)]) -> [(String, JSONOutput)] {
        pairs.compactMap { name, value in value.map { (name, .string($0)) } }
    }
}
