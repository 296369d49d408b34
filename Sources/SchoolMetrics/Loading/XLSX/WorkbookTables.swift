import Foundation
import OfficeContainer

/// The tables of an Excel workbook, as the CSV reader's ``CSVTable``s: each sheet whose header
/// row holds `school.id` and `period` (the CSV column names) gives one table of the rows below
/// it, each cell typed as Excel stored it.
///
/// - A sheet whose name, or whose cell A1, starts with "Ví dụ" or "Example" holds examples and
///   is skipped; so are sheets without such a header (instructions, lists) and rows above the
///   header.
/// - The header row is the first of the first ``headerSearchRows`` rows holding both names.
///   Rows of labels just under it (no number in them, a `school.id` that is no id and a
///   `period` without a digit) are skipped, so a template may show each column's label there;
///   so are rows without school and period that hold nothing but schemes or grades (a
///   template's pre-filled rows).
/// - Numbers are doubles: a whole number is written as one (`661.0` is `661`); a number with a
///   percent format is the percent it shows (`0.947` is `94.7%`); one with a date format is its
///   date (`2021-05-31`). Booleans are booleans, text is trimmed and NFC.
/// - A cell holding an error value or a formula without its result is a bad cell: reported at
///   its place, and the record of its row is left out.
struct WorkbookTables {
    /// The rows searched for the header.
    static let headerSearchRows = 30

    /// One sheet read as a table.
    struct SheetTable {
        var sheet: String
        var table: CSVTable
        /// Cells that cannot be read, with the record of their row when it can be told.
        var badCells: [BadCell] = []
        /// Warnings about the sheet (columns without a name).
        var notes: [(problem: Problem, offset: Int)] = []
    }

    struct BadCell {
        var problem: Problem
        var offset: Int
        var column: String
        var record: RecordKey?
    }

    /// The tables of every sheet that has a header row.
    static func tables(_ workbook: Spreadsheet) -> [SheetTable] {
        workbook.sheets.compactMap { sheet in
            isExamples(sheet) ? nil : table(sheet, workbook: workbook)
        }
    }

    /// True for a sheet of examples: its name or its cell A1 starts with "Ví dụ" or "Example".
    static func isExamples(_ sheet: Spreadsheet.Sheet) -> Bool {
        let marks = ["ví dụ", "example"]
        let name = sheet.name.nfc.trimmedSpaces.lowercased()
        if marks.contains(where: name.hasPrefix) { return true }
        guard let first = sheet.rows.first, first.number == 1, let a1 = first.cells.first,
              a1.reference.column == 1, case .text(let text) = a1.value else { return false }
        let lowered = text.nfc.trimmedSpaces.lowercased()
        return marks.contains(where: lowered.hasPrefix)
    }

    private static func table(_ sheet: Spreadsheet.Sheet, workbook: Spreadsheet) -> SheetTable? {
        let search = sheet.rows.prefix { $0.number <= headerSearchRows }
        guard let headerIndex = search.firstIndex(where: { row in
            let names = Set(row.cells.compactMap(headerName))
            return names.contains("school.id") && names.contains("period")
        }) else { return nil }
        let headerRow = sheet.rows[headerIndex]
        var columns: [(column: Int, name: String)] = []
        var header: [CSVTable.Cell] = []
        for cell in headerRow.cells {
            guard let name = headerName(cell) else { continue }
            columns.append((cell.reference.column, name))
            header.append(CSVTable.Cell(text: name, offset: offset(cell.reference)))
        }
        let schoolColumn = columns.first { $0.name == "school.id" }!.column
        let periodColumn = columns.first { $0.name == "period" }!.column
        let named = Set(columns.map(\.column))
        var result = SheetTable(sheet: sheet.name, table: CSVTable(delimiter: UInt8(ascii: ","), header: header, rows: []))
        var warned = Set<Int>()
        var labelsPossible = true
        for row in sheet.rows[(headerIndex + 1)...] {
            var byColumn: [Int: Spreadsheet.Cell] = [:]
            for cell in row.cells {
                if named.contains(cell.reference.column) {
                    byColumn[cell.reference.column] = cell
                } else if !isBlank(cell), warned.insert(cell.reference.column).inserted {
                    result.notes.append((.xlsxUnnamedColumn(column: CellReference.letters(ofColumn: cell.reference.column)),
                                         offset(cell.reference)))
                }
            }
            if byColumn.values.allSatisfy(isBlank) { continue }
            if isPrefilled(byColumn, school: schoolColumn, period: periodColumn, names: columns) { continue }
            if labelsPossible && isLabels(byColumn, school: schoolColumn, period: periodColumn) { continue }
            labelsPossible = false
            let key = RecordKey(school: text(byColumn[schoolColumn]).cleanedForDisplay,
                                period: text(byColumn[periodColumn]).cleanedForDisplay)
            var cells: [CSVTable.Cell] = []
            cells.reserveCapacity(columns.count)
            for (column, name) in columns {
                let place = offset(CellReference(row: row.number, column: column))
                guard let cell = byColumn[column] else {
                    cells.append(CSVTable.Cell(text: "", offset: place))
                    continue
                }
                switch cell.value {
                case .error(let value):
                    result.badCells.append(BadCell(problem: .xlsxErrorValue(value: value), offset: place, column: name, record: key))
                    cells.append(CSVTable.Cell(text: "", offset: place))
                case .formulaWithoutValue(let formula):
                    result.badCells.append(BadCell(problem: .xlsxFormulaWithoutValue(formula: formula), offset: place,
                                                   column: name, record: key))
                    cells.append(CSVTable.Cell(text: "", offset: place))
                default:
                    let value = typed(cell, workbook: workbook)
                    cells.append(CSVTable.Cell(text: value.text, offset: place, value: value.node))
                }
            }
            result.table.rows.append(cells)
        }
        return result
    }

    /// The CSV column name a header cell holds, or nil.
    private static func headerName(_ cell: Spreadsheet.Cell) -> String? {
        guard case .text(let text) = cell.value else { return nil }
        let name = text.nfc.trimmedSpaces
        return name.isEmpty ? nil : name
    }

    /// A row of labels under the header: no number or boolean, a `school.id` cell that is no
    /// school id, a `period` cell without a digit.
    private static func isLabels(_ cells: [Int: Spreadsheet.Cell], school: Int, period: Int) -> Bool {
        guard cells.values.allSatisfy({ if case .text = $0.value { true } else { false } }) else { return false }
        let id = text(cells[school])
        let isID = !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return !isID && !text(cells[period]).contains(where: \.isASCIIDigit)
    }

    /// A row nobody has filled in: no school and no period, and nothing but the schemes or grades
    /// a template fills in ahead (`students.conduct.scheme`, `….grades`).
    private static func isPrefilled(_ cells: [Int: Spreadsheet.Cell], school: Int, period: Int,
                                    names: [(column: Int, name: String)]) -> Bool {
        guard text(cells[school]).isEmpty, text(cells[period]).isEmpty else { return false }
        return names.allSatisfy { column, name in
            cells[column].map(isBlank) ?? true || name.hasSuffix(".scheme") || name.hasSuffix(".grades")
        }
    }

    private static func isBlank(_ cell: Spreadsheet.Cell) -> Bool {
        if case .text(let text) = cell.value { return text.isBlank }
        return false
    }

    private static func text(_ cell: Spreadsheet.Cell?) -> String {
        guard let cell else { return "" }
        if case .text(let text) = cell.value { return text.nfc.trimmedSpaces }
        if case .number(let number) = cell.value { return plain(number) }
        return ""
    }

    /// A cell's value for the decoder, and the text it shows.
    private static func typed(_ cell: Spreadsheet.Cell, workbook: Spreadsheet) -> (node: Node.Value, text: String) {
        switch cell.value {
        case .text(let text):
            let cleaned = text.nfc.trimmedSpaces
            return (.cell(cleaned, decimalComma: false), cleaned)
        case .boolean(let flag):
            return (.bool(flag), flag ? "true" : "false")
        case .number(let number):
            switch cell.format {
            case .percent:
                let text = percent(number) + "%"
                return (.cell(text, decimalComma: false), text)
            case .date:
                let text = workbook.isoDate(serial: number) ?? plain(number)
                return (.cell(text, decimalComma: false), text)
            case .general:
                let text = plain(number)
                return (.number(text), text)
            }
        case .error(let value), .formulaWithoutValue(let value):
            return (.cell(value, decimalComma: false), value)
        }
    }

    /// A double in JSON's spelling, whole numbers without a fraction: `661`, `94.7`.
    static func plain(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// The percent a fraction shows, computed in decimal so that 0.947 is 94.7, not 94.69999999999999.
    static func percent(_ fraction: Double) -> String {
        let hundred = (Decimal(string: "\(fraction)") ?? Decimal(fraction)) * 100
        return "\(hundred)"
    }

    private static func offset(_ reference: CellReference) -> Int {
        SourceText.cellOffset(row: reference.row, column: reference.column)
    }
}
