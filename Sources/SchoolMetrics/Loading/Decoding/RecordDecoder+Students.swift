extension RecordDecoder {
    static let studentFields = ["schoolYear", "enrolled", "conduct", "academic", "promotion", "graduation", "admission"]
    static let distributionFields = ["scheme", "counts", "reportedPercent", "grades"]
    static let rateFields = ["percent", "count", "of"]

    mutating func decodeStudents(_ node: Node) -> Students? {
        guard !node.isMissing, let members = reader.object(node, "students") else { return nil }
        let fields = reader.fields(members, known: Self.studentFields, "students")
        var students = Students()
        students.schoolYear = reader.text(fields["schoolYear"], "students.schoolYear", limit: 40)
        students.enrolled = reader.count(fields["enrolled"], "students.enrolled")
        students.conduct = fields["conduct"].flatMap { decodeSection($0, .conduct) }
        students.academic = fields["academic"].flatMap { decodeSection($0, .academic) }
        students.promotion = fields["promotion"].flatMap { decodeRate($0, "students.promotion") }
        students.graduation = fields["graduation"].flatMap { decodeRate($0, "students.graduation") }
        students.admission = fields["admission"].flatMap { decodeRate($0, "students.admission") }
        return students
    }

    /// A section: one distribution, or an array of them with one scheme each (mixed years).
    private mutating func decodeSection(_ node: Node, _ kind: DistributionKind) -> [Distribution]? {
        let path = "students.\(kind.rawValue)"
        switch node.value {
        case _ where node.isMissing:
            return nil
        case .object:
            return decodeDistribution(node, kind, path: path).map { [$0] }
        case .array(let elements):
            var parts: [Distribution] = []
            for (index, element) in elements.enumerated() {
                guard let part = decodeDistribution(element, kind, path: "\(path)[\(index)]") else { continue }
                if parts.contains(where: { $0.scheme.id == part.scheme.id }) {
                    reader.report(.duplicateScheme(reader.subject(path, nil), scheme: part.scheme.id), at: element.offset, field: path)
                    continue
                }
                parts.append(part)
            }
            return parts.isEmpty ? nil : parts
        default:
            reader.report(.wrongType(reader.subject(path, node), expected: .objectOrArray, found: node.foundDescription),
                          at: node.offset, field: path)
            return nil
        }
    }

    private mutating func decodeDistribution(_ node: Node, _ kind: DistributionKind, path: String) -> Distribution? {
        guard let members = reader.object(node, path) else { return nil }
        let fields = reader.fields(members, known: Self.distributionFields, path)
        guard let schemeNode = fields["scheme"], !schemeNode.isMissing else {
            reader.report(.missingField(Subject(path: "\(path).scheme")), at: node.offset, field: "\(path).scheme")
            return nil
        }
        guard let scheme = decodeScheme(schemeNode, path: "\(path).scheme") else { return nil }
        if scheme.family != .any && scheme.family.rawValue != kind.rawValue {
            reader.report(.schemeInWrongSection(reader.subject("\(path).scheme", schemeNode), scheme: scheme.id, section: kind.rawValue),
                          at: schemeNode.offset, field: "\(path).scheme")
            return nil
        }
        guard let countsNode = fields["counts"], !countsNode.isMissing else {
            reader.report(.missingField(Subject(path: "\(path).counts")), at: node.offset, field: "\(path).counts")
            return nil
        }
        let counts = decodeCategoryValues(countsNode, scheme: scheme, path: "\(path).counts") { reader, node, path in
            reader.count(node, path)
        }
        let reported = fields["reportedPercent"].flatMap {
            decodeCategoryValues($0, scheme: scheme, path: "\(path).reportedPercent") { reader, node, path in
                reader.percent(node, path)
            }
        }
        let grades = fields["grades"].flatMap { decodeGrades($0, path: "\(path).grades") }
        guard let counts else { return nil }
        return Distribution(scheme: scheme, grades: grades, counts: counts, reportedPercent: reported)
    }

    /// Values keyed by category id or label, placed in the scheme's order.
    mutating func decodeCategoryValues<Value>(
        _ node: Node, scheme: Scheme, path: String,
        read: (inout FieldReader, Node, String) -> Value?
    ) -> [Value?]? {
        guard !node.isMissing, let members = reader.object(node, path) else { return nil }
        var values = [Value?](repeating: nil, count: scheme.categories.count)
        var given = [Bool](repeating: false, count: scheme.categories.count)
        for member in members {
            var fieldPath: String { "\(path).\(member.key)" }
            guard let index = scheme.categoryIndex(forKey: member.key) else {
                reader.report(.unknownCategory(reader.subject(path, member.value), key: member.key, scheme: scheme),
                              at: member.keyOffset, field: fieldPath)
                continue
            }
            if given[index] {
                reader.report(.duplicateCategory(reader.subject(path, member.value), category: scheme.categories[index].id),
                              at: member.keyOffset, field: fieldPath)
            }
            given[index] = true
            values[index] = read(&reader, member.value, "\(path).\(scheme.categories[index].id)")
        }
        return values
    }

    /// A built-in scheme by id, or a scheme the record defines.
    private mutating func decodeScheme(_ node: Node, path: String) -> Scheme? {
        switch node.value {
        case .string(let text), .cell(let text, _):
            let id = text.trimmedSpaces.nfc.lowercased()
            if let scheme = Scheme.builtIn(id: id) { return scheme }
            reader.report(.unknownScheme(reader.subject(path, node), found: "\"\(text.shortened(to: 40))\""), at: node.offset, field: path)
            return nil
        case .object(let members):
            let fields = reader.fields(members, known: ["id", "categories"], path)
            let id = reader.text(fields["id"], "\(path).id", required: true, limit: 60, missingAt: node.offset)
            guard let id, let categoriesNode = fields["categories"], case .array(let elements) = categoriesNode.value,
                  !elements.isEmpty, elements.count <= 20 else {
                if id != nil {
                    reader.report(.schemeCategoriesInvalid(reader.subject(path, node), reason: "categories: 1–20 { \"id\", \"label\" }"),
                                  at: node.offset, field: "\(path).categories")
                }
                return nil
            }
            var categories: [Scheme.Category] = []
            for (index, element) in elements.enumerated() {
                let elementPath = "\(path).categories[\(index)]"
                guard let members = reader.object(element, elementPath) else { continue }
                let category = reader.fields(members, known: ["id", "label"], elementPath)
                guard let categoryID = reader.text(category["id"], "\(elementPath).id", required: true, limit: 60, missingAt: element.offset),
                      let label = reader.text(category["label"], "\(elementPath).label", required: true, limit: 80, missingAt: element.offset)
                else { continue }
                if categories.contains(where: { $0.id == categoryID.lowercased() }) {
                    reader.report(.duplicateCategory(reader.subject(path, element), category: categoryID), at: element.offset, field: elementPath)
                    continue
                }
                categories.append(Scheme.Category(id: categoryID.lowercased(), label: label))
            }
            if Scheme.builtIn(id: id.lowercased()) != nil {
                reader.report(.schemeCategoriesInvalid(reader.subject("\(path).id", fields["id"]),
                                                       reason: "\(id) is a built-in scheme; give it by its id"),
                              at: node.offset, field: "\(path).id")
                return nil
            }
            guard categories.count == elements.count else { return nil }
            return Scheme(id: id.lowercased(), categories: categories)
        default:
            reader.report(.wrongType(reader.subject(path, node), expected: .schemeReference, found: node.foundDescription),
                          at: node.offset, field: path)
            return nil
        }
    }

    /// Grades as a JSON array of numbers, or a CSV cell like `6 7`.
    private mutating func decodeGrades(_ node: Node, path: String) -> [Int]? {
        var values: [Int]?
        switch node.value {
        case .array(let elements):
            values = elements.map { element -> Int? in
                if case .number(let text) = element.value { return Int(text) }
                return nil
            }.reduce(into: [Int]?([])) { result, value in
                if let value { result?.append(value) } else { result = nil }
            }
        case .number(let text) where node.column != nil:
            // A workbook's cell holding one grade holds it as a number.
            values = Int(text).map { [$0] }
        case .cell(let text, _):
            let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
            values = words.map { Int($0) }.reduce(into: [Int]?([])) { result, value in
                if let value { result?.append(value) } else { result = nil }
            }
        default:
            values = nil
        }
        guard let values, !values.isEmpty, values.allSatisfy({ (1...12).contains($0) }) else {
            reader.report(.wrongType(reader.subject(path, node), expected: .grades, found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        return values.sorted()
    }

    private mutating func decodeRate(_ node: Node, _ path: String) -> Rate? {
        guard !node.isMissing, let members = reader.object(node, path) else { return nil }
        let fields = reader.fields(members, known: Self.rateFields, path)
        let rate = Rate(percent: reader.percent(fields["percent"], "\(path).percent"),
                        count: reader.count(fields["count"], "\(path).count"),
                        of: reader.count(fields["of"], "\(path).of"))
        if let count = rate.count, let of = rate.of, count > of {
            reader.report(.rateCountExceedsOf(reader.subject(path, nil), count: count, of: of), at: fields["count"]!.offset, field: "\(path).count")
        }
        if (rate.count == nil) != (rate.of == nil), rate.percent == nil {
            let missing = rate.count == nil ? "count" : "of"
            reader.report(.missingField(Subject(path: "\(path).\(missing)")), at: node.offset, field: "\(path).\(missing)")
            return nil
        }
        guard rate.percent != nil || rate.hasCounts else { return nil }
        return rate
    }
}
