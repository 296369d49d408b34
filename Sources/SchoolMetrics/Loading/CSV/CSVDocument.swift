/// A CSV file turned into the same ``Node`` trees a JSON file gives, so that one decoder
/// reads both: a records file gives one record object per row, a targets file one target
/// object per row together with the record it belongs to.
struct CSVDocument {
    enum Kind { case records, targets }

    /// A row of a targets file: which record, and the target object.
    struct TargetRow {
        var school: String
        var period: String
        var target: Node
        var offset: Int
    }

    var kind: Kind
    var targets: [TargetRow] = []

    static let targetColumns = ["school.id", "period", "name", "unit", "min", "max", "better", "actual", "achieved", "metric"]

    /// Reads a table; problems with the header go to `report`, and each row of a records file,
    /// as a record object, to `record`.
    static func read(_ table: CSVTable, report: (Problem, Int) -> Void, record: (Node) -> Void) -> CSVDocument? {
        let names = table.header.map { $0.text.nfc.trimmedSpaces }
        var seen = Set<String>()
        for (index, name) in names.enumerated() where !seen.insert(name).inserted {
            report(.csvDuplicateColumn(name: name), table.header[index].offset)
            return nil
        }
        // With `;` or tab the numbers come from a sheet that writes a decimal comma.
        let decimalComma = table.delimiter != UInt8(ascii: ",")
        if seen.contains("name") && seen.contains("school.id") && seen.contains("period") {
            var document = CSVDocument(kind: .targets)
            for (index, name) in names.enumerated() where !targetColumns.contains(name) {
                report(.csvUnknownColumn(name: name, suggestion: EditDistance.closest(to: name, among: targetColumns)),
                       table.header[index].offset)
            }
            for row in table.rows {
                guard checkWidth(row, names.count, report) else { continue }
                var members: [Node.Member] = []
                var school = "", period = ""
                for (name, cell) in zip(names, row) {
                    let text = cell.text.trimmedSpaces
                    if name == "school.id" { school = text.nfc; continue }
                    if name == "period" { period = text.nfc; continue }
                    guard targetColumns.contains(name), !text.isEmpty else { continue }
                    members.append(Node.Member(key: name, keyOffset: cell.offset,
                                               value: Node(cell.value ?? .cell(cell.text, decimalComma: decimalComma), offset: cell.offset, column: name)))
                }
                document.targets.append(TargetRow(school: school, period: period,
                                                  target: Node(.object(members), offset: row[0].offset), offset: row[0].offset))
            }
            return document
        }
        guard seen.contains("school.id") && seen.contains("period") else {
            report(.csvUnknownKind, table.header.first?.offset ?? 0)
            return nil
        }
        let document = CSVDocument(kind: .records)
        let paths = names.map(jsonPath(forColumn:))
        for row in table.rows {
            guard checkWidth(row, names.count, report) else { continue }
            let tree = Branch(offset: row[0].offset)
            for ((name, path), cell) in zip(zip(names, paths), row) where !cell.text.isBlank {
                tree.insert(path[...], Node(cell.value ?? .cell(cell.text, decimalComma: decimalComma), offset: cell.offset, column: name))
            }
            record(tree.node(path: []))
        }
        return document
    }

    private static func checkWidth(_ row: [CSVTable.Cell], _ width: Int, _ report: (Problem, Int) -> Void) -> Bool {
        guard row.count > width else { return true }
        report(.csvExtraCells(expected: width, found: row.count), row[width].offset)
        return false
    }

    /// The JSON path of a column: `students.conduct.kha` is `students.conduct.counts.kha`, and
    /// `students.conduct.training-2021.tot` is the `tot` count of the training-2021 part.
    static func jsonPath(forColumn name: String) -> [String] {
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard segments.count >= 3, segments[0] == "students", ["conduct", "academic"].contains(segments[1]) else {
            return segments
        }
        let rest = Array(segments[2...])
        if let part = rest.first, rest.count >= 2, !distributionFields.contains(part) {
            return Array(segments[0...1]) + ["[\(part)]"] + distributionPath(Array(rest.dropFirst()))
        }
        return Array(segments[0...1]) + distributionPath(rest)
    }

    private static let distributionFields: Set<String> = ["scheme", "grades", "counts", "reportedPercent"]

    private static func distributionPath(_ rest: [String]) -> [String] {
        if rest.count == 1 && !distributionFields.contains(rest[0]) { return ["counts", rest[0]] }
        return rest
    }

    /// A node under construction: cells inserted by path, turned into objects in column order.
    private final class Branch {
        var keys: [String] = []
        var leaves: [String: Node] = [:]
        var branches: [String: Branch] = [:]
        let offset: Int

        init(offset: Int) {
            self.offset = offset
        }

        func insert(_ path: ArraySlice<String>, _ node: Node) {
            guard let key = path.first else { return }
            if leaves[key] == nil && branches[key] == nil { keys.append(key) }
            if path.count == 1 {
                leaves[key] = node
            } else {
                let branch = branches[key] ?? Branch(offset: node.offset)
                branches[key] = branch
                branch.insert(path.dropFirst(), node)
            }
        }

        /// The object; a distribution holding nothing but its scheme or grades is left out.
        func node(path: [String]) -> Node {
            var members: [Node.Member] = []
            var parts: [Node] = []
            for key in keys {
                if let leaf = leaves[key] {
                    members.append(Node.Member(key: key, keyOffset: leaf.offset, value: leaf))
                    continue
                }
                guard let branch = branches[key] else { continue }
                let child = branch.node(path: path + [key])
                if key.hasPrefix("[") && key.hasSuffix("]") {
                    guard !branch.isEmptyDistribution else { continue }
                    var element = child
                    let scheme = String(key.dropFirst().dropLast())
                    if case .object(let fields) = child.value {
                        element.value = .object([Node.Member(key: "scheme", keyOffset: child.offset,
                                                             value: Node(.string(scheme), offset: child.offset))] + fields)
                    }
                    parts.append(element)
                } else if Branch.isDistributionPath(path + [key]) && branch.isEmptyDistribution {
                    continue
                } else {
                    members.append(Node.Member(key: key, keyOffset: child.offset, value: child))
                }
            }
            if !parts.isEmpty {
                // A mixed-year section: the parts become an array.
                return Node(.array(parts + (members.isEmpty ? [] : [Node(.object(members), offset: offset)])), offset: offset)
            }
            return Node(.object(members), offset: offset)
        }

        var isEmptyDistribution: Bool {
            keys.allSatisfy { $0 == "scheme" || $0 == "grades" }
        }

        static func isDistributionPath(_ path: [String]) -> Bool {
            path.count == 2 && path[0] == "students" && (path[1] == "conduct" || path[1] == "academic")
        }
    }
}
