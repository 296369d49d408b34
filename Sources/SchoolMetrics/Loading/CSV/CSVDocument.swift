/// A CSV file (or a workbook's sheet) turned into the same ``Node`` trees a JSON file gives, so
/// that one decoder reads both: a records file gives one record object per row, a targets file
/// one target object per row together with the record it belongs to. Rows are handed on as they
/// are read, so no more than one row's tree exists at a time.
enum CSVDocument {
    /// A row of a targets file: which record, and the target object.
    struct TargetRow {
        var school: String
        var period: String
        var target: Node
        var offset: Int
    }

    static let targetColumns = ["school.id", "period", "name", "unit", "min", "max", "better", "actual", "achieved", "metric"]

    /// Reads a table; problems with the header and with the width of rows go to `report`, each
    /// row of a records file, as a record object, to `record`, and each row of a targets file to
    /// `target`.
    static func read<Rows: TableRows>(_ table: inout Rows, report: (Problem, Int) -> Void, record: (Node) -> Void,
                                      target: (TargetRow) -> Void) throws(Rows.Failure) {
        let names = table.header.map { $0.text.nfc.trimmedSpaces }
        var seen = Set<String>()
        var row: [CSVTable.Cell] = []
        for (index, name) in names.enumerated() where !seen.insert(name).inserted {
            report(.csvDuplicateColumn(name: name), table.header[index].offset)
            // The rest is still read, so that a file that cannot be read to its end says so instead.
            while try table.nextRow(into: &row) {}
            return
        }
        // With `;` or tab the numbers come from a sheet that writes a decimal comma.
        let decimalComma = table.delimiter != UInt8(ascii: ",")
        if seen.contains("name") && seen.contains("school.id") && seen.contains("period") {
            for (index, name) in names.enumerated() where !targetColumns.contains(name) {
                report(.csvUnknownColumn(name: name, suggestion: EditDistance.closest(to: name, among: targetColumns)),
                       table.header[index].offset)
            }
            let known = names.map(targetColumns.contains)
            while try table.nextRow(into: &row) {
                guard checkWidth(row, names.count, report) else { continue }
                var members: [Node.Member] = []
                members.reserveCapacity(row.count)
                var school = "", period = ""
                for (column, cell) in zip(names.indices, row) {
                    let name = names[column]
                    guard known[column] else { continue }
                    let text = cell.text.trimmedSpaces
                    if name == "school.id" { school = text.nfc; continue }
                    if name == "period" { period = text.nfc; continue }
                    guard !text.isEmpty else { continue }
                    members.append(Node.Member(key: name, keyOffset: cell.offset,
                                               value: Node(cell.value ?? .cell(cell.text, decimalComma: decimalComma), offset: cell.offset, column: name)))
                }
                target(TargetRow(school: school, period: period, target: Node(.object(members), offset: row[0].offset), offset: row[0].offset))
            }
            return
        }
        guard seen.contains("school.id") && seen.contains("period") else {
            report(.csvUnknownKind, table.header.first?.offset ?? 0)
            while try table.nextRow(into: &row) {}
            return
        }
        var shape = CSVRecordShape(paths: names.map(jsonPath(forColumn:)))
        while try table.nextRow(into: &row) {
            guard checkWidth(row, names.count, report) else { continue }
            record(shape.object(offset: row[0].offset, columns: row.count) { column in
                let cell = row[column]
                guard !cell.text.isBlank else { return nil }
                return Node(cell.value ?? .cell(cell.text, decimalComma: decimalComma), offset: cell.offset, column: names[column])
            })
        }
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
}
