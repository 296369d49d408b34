import SchoolMetrics
extension ImportDraft {
    /// Fields read only to derive others: they are not part of a record.
    static let helperFields: Set<String> = ["party.official", "party.men"]

    /// Figures the report implies: probationary = total − official, women = total − men, and
    /// the classification levels nobody is in when the stated ones already account for every member.
    mutating func completeParty() {
        guard let members = number("party.members") else { return }
        if !has("party.probationary"), let official = number("party.official"), official <= members {
            derive("party.probationary", members - official, like: "party.official")
        }
        if !has("party.women"), let men = number("party.men"), men <= members {
            derive("party.women", members - men, like: "party.men")
        }
        let levels = Party.Level.allCases.map { "party.classification.\($0.rawValue)" }
        let stated = levels.compactMap { number($0) }
        if !stated.isEmpty, stated.reduce(0, +) == members, let first = levels.first(where: has) {
            for level in levels where !has(level) { derive(level, 0, like: first) }
        }
    }

    private mutating func derive(_ field: String, _ value: Double, like origin: String) {
        guard let source = sources.first(where: { $0.field == origin }) else { return }
        setDerived(field, .int(Int(value)), line: source.line, sentence: source.sentence)
    }

    /// The schemes a section's figures were read in, each with the grades it covers.
    func parts(of kind: DistributionKind) -> [(scheme: Scheme, grades: [Int]?)] {
        Scheme.builtIn.compactMap { scheme in
            let prefix = "students.\(kind.rawValue).\(scheme.id)."
            guard values.keys.contains(where: { $0.hasPrefix(prefix) && !$0.hasSuffix(".grades") }) else { return nil }
            guard case .array(let grades) = value(prefix + "grades") else { return (scheme, nil) }
            return (scheme, grades.compactMap { if case .int(let grade) = $0 { grade } else { nil } })
        }
    }

    /// A section of one scheme is written without the scheme in its paths.
    private func isSingle(_ kind: DistributionKind) -> Bool {
        parts(of: kind).count == 1
    }

    /// The sources of the record's own fields, by their path in FORMAT.md (`students.conduct.counts.tot`,
    /// or `students.conduct.training-2021.tot` for a part of a mixed-year section, as CSV columns name it).
    func sources(of record: Record) -> [ImportSource] {
        let single = DistributionKind.allCases.filter(isSingle).map { "students.\($0.rawValue)." }
        // Figures that did not make it into the record (shares without counts) are in the review instead.
        let kept = DistributionKind.allCases.flatMap { kind in
            (record.students?.distributions(kind) ?? []).map { "students.\(kind.rawValue).\($0.scheme.id)." }
        }
        let dropped = DistributionKind.allCases.flatMap { kind in
            parts(of: kind).map { "students.\(kind.rawValue).\($0.scheme.id)." }.filter { !kept.contains($0) }
        }
        return sources.filter { source in
            !Self.helperFields.contains(source.field) && !source.field.hasSuffix(".scheme")
                && !dropped.contains(where: source.field.hasPrefix) && (record.students != nil || !source.field.hasPrefix("students."))
        }
            .map { source in
                var source = source
                for prefix in single where source.field.hasPrefix(prefix) {
                    let rest = source.field.dropFirst(prefix.count)
                    source.field = prefix + rest.drop { $0 != "." }.dropFirst()
                }
                return source
            }
            .enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// The record these fields make. An identity field the report did not name (see
    /// ``missingIdentity``) is an empty text in it, and left out when the record is written.
    func record() -> Record {
        let school = School(id: text("school.id") ?? "", name: text("school.name") ?? "", level: text("school.level"),
                            ward: text("school.ward") ?? "", district: text("school.district"), province: text("school.province"))
        return Record(school: school, period: text("period") ?? "", students: students(), party: party())
    }

    /// The identity fields no sentence of the report and no option gave.
    var missingIdentity: [ReportIdentity] {
        ReportIdentity.allCases.filter { !has($0.field) }
    }

    private func text(_ field: String) -> String? {
        if case .string(let text) = value(field) { return text }
        return nil
    }

    private func count(_ field: String) -> Int? { number(field).map { Int($0) } }

    private func students() -> Students? {
        var students = Students(schoolYear: text("students.schoolYear"), enrolled: count("students.enrolled"))
        for kind in DistributionKind.allCases {
            let parts = parts(of: kind).map { scheme, grades in
                let path = "students.\(kind.rawValue).\(scheme.id)"
                let ids = scheme.categories.map(\.id)
                return Distribution(scheme: scheme, grades: grades, counts: ids.map { count("\(path).counts.\($0)") },
                                    reportedPercent: ids.map { number("\(path).reportedPercent.\($0)") })
            }.filter { $0.counts.contains { $0 != nil } }
            guard !parts.isEmpty else { continue }
            if kind == .conduct { students.conduct = parts } else { students.academic = parts }
        }
        for kind in RateKind.allCases {
            let path = "students.\(kind.rawValue)"
            let rate = Rate(percent: number("\(path).percent"), count: count("\(path).count"), of: count("\(path).of"))
            guard rate.percent != nil || rate.hasCounts else { continue }
            switch kind {
            case .promotion: students.promotion = rate
            case .graduation: students.graduation = rate
            case .admission: students.admission = rate
            }
        }
        return students == Students(schoolYear: students.schoolYear) ? nil : students
    }

    private func party() -> Party? {
        let levels = Party.Level.allCases.map(\.rawValue)
        let classification = levels.map { count("party.classification.\($0)") }
        let reported = levels.map { number("party.reportedPercent.\($0)") }
        let party = Party(members: count("party.members"), probationary: count("party.probationary"), women: count("party.women"),
                          classification: classification.contains { $0 != nil } ? classification : nil,
                          reportedPercent: reported.contains { $0 != nil } ? reported : nil,
                          cellRating: text("party.cellRating"))
        return party == Party() ? nil : party
    }
}
