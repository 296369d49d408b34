/// Turns one record ``Node`` (from JSON or a CSV row) into a ``Record``, reporting every
/// problem it finds. A record with any error is not returned: the caller leaves it out.
struct RecordDecoder {
    static let targetLimit = 200

    var reader: FieldReader

    init(source: SourceText) {
        reader = FieldReader(source: source)
    }

    static let recordFields = ["school", "period", "students", "party", "targets", "sources", "review"]
    static let schoolFields = ["id", "name", "level", "ward", "district", "province"]
    static let targetFields = ["name", "unit", "min", "max", "better", "actual", "achieved", "metric"]

    /// The record, or nil when it has errors; the findings are in `reader.diagnostics`.
    mutating func decodeRecord(_ node: Node) -> Record? {
        guard let members = reader.object(node, "record") else { return nil }
        let fields = reader.fields(members, known: Self.recordFields, "")
        reader.imported = fields["sources"] != nil || fields["review"] != nil
        let period = decodePeriod(fields["period"], recordOffset: node.offset)
        let school = decodeSchool(fields["school"], recordOffset: node.offset)
        if let school, let period { reader.record = RecordKey(school: school.id, period: period) }
        let students = fields["students"].flatMap { decodeStudents($0) }
        let party = fields["party"].flatMap { decodeParty($0) }
        var targets: [Target]?
        if let node = fields["targets"], !node.isMissing {
            targets = decodeTargets(node, students: students)
        }
        if let node = fields["sources"] { _ = listOfObjects(node, "sources") }
        if let node = fields["review"] { decodeReview(node) }
        guard let school, let period, !reader.hasErrors else { return nil }
        return Record(school: school, period: period, students: students, party: party, targets: targets,
                      source: reader.source.place(of: node.offset))
    }

    private mutating func decodePeriod(_ node: Node?, recordOffset: Int) -> String? {
        reader.text(node, "period", required: true, limit: 40, missingAt: recordOffset)
    }

    private mutating func decodeSchool(_ node: Node?, recordOffset: Int) -> School? {
        guard let node, !node.isMissing else {
            reader.report(.missingField(Subject(path: "school")), at: recordOffset, field: "school")
            return nil
        }
        guard let members = reader.object(node, "school") else { return nil }
        let fields = reader.fields(members, known: Self.schoolFields, "school")
        let id = decodeSchoolID(fields["id"], at: node.offset)
        let name = reader.text(fields["name"], "school.name", required: true, missingAt: node.offset)
        let ward = reader.text(fields["ward"], "school.ward", required: true, missingAt: node.offset)
        let level = reader.text(fields["level"], "school.level")
        let district = reader.text(fields["district"], "school.district")
        let province = reader.text(fields["province"], "school.province")
        guard let id, let name, let ward else { return nil }
        return School(id: id, name: name, level: level, ward: ward, district: district, province: province)
    }

    private mutating func decodeSchoolID(_ node: Node?, at offset: Int) -> String? {
        guard let id = reader.text(node, "school.id", required: true, limit: 100, missingAt: offset) else { return nil }
        guard id.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }) else {
            reader.report(.invalidSchoolID(found: "\"\(id.shortened(to: 40))\""), at: node?.offset ?? offset, field: "school.id")
            return nil
        }
        return id
    }

    // MARK: What an import left to review

    /// `sources` and `review`, written by `schooldash import`: lists of objects. Each review
    /// entry is shown as a warning, so whoever checks the records sees what to look at.
    private mutating func listOfObjects(_ node: Node, _ path: String) -> [[String: Node]]? {
        guard !node.isMissing else { return nil }
        guard case .array(let elements) = node.value else {
            reader.report(.wrongType(reader.subject(path, node), expected: .array, found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        return elements.enumerated().compactMap { index, element in
            guard let members = reader.object(element, "\(path)[\(index)]") else { return nil }
            return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private mutating func decodeReview(_ node: Node) {
        guard case .array(let elements) = node.value, let entries = listOfObjects(node, "review") else { return }
        for (entry, element) in zip(entries, elements) {
            func text(_ key: String) -> String {
                switch entry[key]?.value {
                case .string(let text): text.cleanedForDisplay.shortened(to: 300)
                case .number(let text): text
                case .array(let items): items.compactMap { if case .string(let text) = $0.value { text } else { nil } }.joined(separator: ", ")
                default: ""
                }
            }
            reader.report(.importedForReview(report: text("report"), line: Int(text("line")) ?? 0, reason: text("reason"),
                                             figures: text("figures"), sentence: text("sentence")),
                          at: element.offset, field: "review")
        }
    }

    // MARK: Targets

    private mutating func decodeTargets(_ node: Node, students: Students?) -> [Target]? {
        guard case .array(let elements) = node.value else {
            reader.report(.wrongType(reader.subject("targets", node), expected: .array, found: node.foundDescription),
                          at: node.offset, field: "targets")
            return nil
        }
        guard elements.count <= Self.targetLimit else {
            reader.report(.tooManyTargets(count: elements.count, limit: Self.targetLimit), at: node.offset, field: "targets")
            return nil
        }
        return elements.enumerated().compactMap { index, element in decodeTarget(element, path: "targets[\(index)]") }
    }

    /// One target: a numeric one has `min` or `max` and may have `actual`; a yes/no one has `achieved`.
    mutating func decodeTarget(_ node: Node, path: String) -> Target? {
        guard let members = reader.object(node, path) else { return nil }
        let fields = reader.fields(members, known: Self.targetFields, path)
        let name = reader.text(fields["name"], "\(path).name", required: true, missingAt: node.offset)
        let unit = reader.text(fields["unit"], "\(path).unit", limit: 40)
        let min = reader.number(fields["min"], "\(path).min")
        let max = reader.number(fields["max"], "\(path).max")
        let actual = reader.number(fields["actual"], "\(path).actual")
        let achieved = reader.bool(fields["achieved"], "\(path).achieved")
        var better = Target.Better.higher
        if let text = reader.text(fields["better"], "\(path).better", limit: 40) {
            if let value = Target.Better(rawValue: text.lowercased()) {
                better = value
            } else {
                reader.report(.invalidBetter(reader.subject("\(path).better", fields["better"]), found: "\"\(text)\""),
                              at: fields["better"]!.offset, field: "\(path).better")
            }
        }
        let metric = reader.text(fields["metric"], "\(path).metric", limit: 80)
        if let metric, MetricReference(metric) == nil {
            reader.report(.unknownMetric(reader.subject("\(path).metric", fields["metric"]), found: "\"\(metric)\""),
                          at: fields["metric"]!.offset, field: "\(path).metric")
        }
        let subject = reader.subject(path, nil)
        if let min, let max, min > max {
            reader.report(.targetBoundsReversed(subject, min: Self.plain(min), max: Self.plain(max)), at: node.offset, field: path)
        }
        let isYesNo = fields["min"]?.isMissing ?? true && fields["max"]?.isMissing ?? true
        if !isYesNo, fields["achieved"].map({ !$0.isMissing }) ?? false {
            reader.report(.achievedOnNumericTarget(subject), at: fields["achieved"]!.offset, field: "\(path).achieved")
        }
        if isYesNo, fields["actual"].map({ !$0.isMissing }) ?? false {
            reader.report(.actualOnYesNoTarget(subject), at: fields["actual"]!.offset, field: "\(path).actual")
        }
        guard let name else { return nil }
        return Target(name: name, unit: unit, min: min, max: max, better: better, actual: actual,
                      achieved: achieved, metric: metric)
    }

    /// A number as typed, without a trailing `.0`.
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
