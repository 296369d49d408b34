import OfficeContainer

/// The workbook `schooldash template` writes, for a principal to fill without reading the docs.
///
/// Sheets: instructions; a records sheet and a targets sheet, each with a row of labels above
/// a header row that holds the CSV column names (``CSVColumn``), the header frozen, a note on
/// each header cell and data validation on the entry rows; and the seeds' figures on sheets
/// whose names start with "Ví dụ" / "Example", which the loader skips. Plain data: the same
/// language and date give the same document, and so the same bytes.
public enum EntryTemplate {
    /// The row of labels and the header row (rows 1 and 2 as a person counts them).
    public static let labelRow = 0
    public static let headerRow = 1
    /// The last row (counted from 0) that data validation covers on the entry sheets.
    public static let lastEntryRow = 999

    /// The names of the sheets, in order.
    public struct SheetNames: Sendable, Equatable {
        public var instructions: String
        public var records: String
        public var targets: String
        public var recordExamples: String
        public var targetExamples: String
    }

    /// How the names of the example sheets start; the loader skips sheets named so.
    public static let examplePrefixes = ["Ví dụ", "Example"]

    public static func sheetNames(_ language: Language) -> SheetNames {
        language == .vi
            ? SheetNames(instructions: "Hướng dẫn", records: "Bản ghi", targets: "Chỉ tiêu",
                         recordExamples: "Ví dụ - Bản ghi", targetExamples: "Ví dụ - Chỉ tiêu")
            : SheetNames(instructions: "Instructions", records: "Records", targets: "Targets",
                         recordExamples: "Example - Records", targetExamples: "Example - Targets")
    }

    /// The whole workbook, dated `created` (seconds since 1970).
    public static func document(language: Language, created: Int) -> WorkbookDocument {
        let names = sheetNames(language)
        let examples = exampleRecords()
        var recordExamples = entrySheet(names.recordExamples, CSVColumn.records, language, validated: false)
        fill(&recordExamples, CSVColumn.records, rows: examples.map { Dictionary(RecordCSV.cells($0), uniquingKeysWith: { first, _ in first }) })
        var targetExamples = entrySheet(names.targetExamples, CSVColumn.targets, language, validated: false)
        fill(&targetExamples, CSVColumn.targets, rows: examples.flatMap(RecordCSV.targetRows).map {
            Dictionary(zip(RecordCSV.targetColumns, $0), uniquingKeysWith: { first, _ in first })
        })
        recordExamples.tabColor = exampleTab
        targetExamples.tabColor = exampleTab
        return WorkbookDocument(
            sheets: [instructions(language, names: names), entrySheet(names.records, CSVColumn.records, language, validated: true),
                     entrySheet(names.targets, CSVColumn.targets, language, validated: true), recordExamples, targetExamples],
            title: language == .vi ? "Mẫu nhập số liệu báo cáo tổng kết năm học" : "Year-end report figures: data-entry template",
            author: "schooldash", created: created)
    }

    /// The seeds' records, as the examples show them.
    static func exampleRecords() -> [Record] {
        TemplateExamples.seeds.flatMap { seed in Loader().load(bytes: Array(seed.json.utf8), name: seed.name).records }
    }

    /// A sheet with the label row, the header row and, when `validated`, the rules for the entry rows.
    static func entrySheet(_ name: String, _ columns: [CSVColumn], _ language: Language, validated: Bool) -> WorkbookDocument.Sheet {
        var sheet = WorkbookDocument.Sheet(name: name)
        for (index, column) in columns.enumerated() {
            sheet.set(row: labelRow, column: index, .text(column.label(language)),
                      style: .init(bold: true, wrap: true, alignTop: true, fill: color(column.group), border: true))
            sheet.set(row: headerRow, column: index, .text(column.name), style: .init(bold: true, fill: 0xD9D9D9, border: true))
            let note = column.label(language) + "\n" + column.note(language)
            sheet.comments.append(.init(row: headerRow, column: index, text: note, width: 320, height: 110))
            let width = Double(max(wideColumns.contains(column.name) ? 30 : 14, min(column.name.count + 3, 60)))
            sheet.columns.append(.init(index...index, width: width, style: isText(column.kind) ? .init(numberFormat: "@") : nil))
        }
        sheet.rowHeights[labelRow] = 62
        // The school's id and name stay in view when scrolling right.
        sheet.frozen = .init(rows: headerRow + 1, columns: min(2, columns.count))
        if validated { sheet.validations = validations(columns, language) }
        return sheet
    }

    /// The rule of each column, one validation per run of neighbouring columns with the same rule.
    static func validations(_ columns: [CSVColumn], _ language: Language) -> [WorkbookDocument.Validation] {
        var validations: [WorkbookDocument.Validation] = []
        for (index, column) in columns.enumerated() {
            guard let (rule, title, message) = rule(column.kind, language) else { continue }
            if var last = validations.last, last.rule == rule, last.columns.upperBound == index - 1 {
                last.columns = last.columns.lowerBound...index
                validations[validations.count - 1] = last
            } else {
                validations.append(.init(rows: (headerRow + 1)...lastEntryRow, columns: index...index, rule: rule, title: title, message: message))
            }
        }
        return validations
    }

    /// What a column of this kind accepts, with the message shown when a value breaks it.
    static func rule(_ kind: CSVColumn.Kind, _ language: Language) -> (WorkbookDocument.Validation.Rule, String, String)? {
        let vi = language == .vi
        switch kind {
        case .count:
            return (.wholeNumber(atLeast: 0), vi ? "Số nguyên từ 0" : "A whole number from 0",
                    vi ? "Ô này nhận một số nguyên từ 0 trở lên, vd. 661. Để trống nếu báo cáo không ghi."
                       : "This cell takes a whole number from 0, e.g. 661. Leave it empty when the report does not say.")
        case .percent:
            return (.decimal(0...100), vi ? "Tỉ lệ từ 0 đến 100" : "A percent from 0 to 100",
                    vi ? "Ghi tỉ lệ phần trăm từ 0 đến 100, vd. 94,7 hoặc 94,7%." : "Write the percent from 0 to 100, e.g. 94.7 or 94.7%.")
        case .scheme(let ids):
            return (.list(ids), vi ? "Thang xếp loại" : "Scheme",
                    (vi ? "Chọn một thang: " : "Choose a scheme: ") + ids.joined(separator: ", "))
        case .yesNo:
            return (.list(yesNo(language)), vi ? "Có hoặc không" : "Yes or no", (vi ? "Chọn " : "Choose ") + yesNo(language).joined(separator: " / "))
        case .better:
            return (.list(["higher", "lower"]), vi ? "higher hoặc lower" : "higher or lower",
                    vi ? "higher: cao hơn là tốt (mặc định); lower: thấp hơn là tốt." : "higher: more is better (the default); lower: less is better.")
        case .text, .number, .grades:
            return nil
        }
    }

    /// The words a yes/no cell offers; the loader reads both pairs.
    static func yesNo(_ language: Language) -> [String] {
        language == .vi ? ["có", "không"] : ["true", "false"]
    }

    /// Types rows of (column, text) under the header: numbers as numbers, the rest as text.
    private static func fill(_ sheet: inout WorkbookDocument.Sheet, _ columns: [CSVColumn], rows: [[String: String]]) {
        for (offset, row) in rows.enumerated() {
            for (index, column) in columns.enumerated() {
                guard let text = row[column.name], !text.isEmpty else { continue }
                let number = isText(column.kind) ? nil : Double(text)
                sheet.set(row: headerRow + 1 + offset, column: index, number.map { .number($0) } ?? .text(text))
            }
        }
    }

    private static func isText(_ kind: CSVColumn.Kind) -> Bool {
        switch kind {
        case .text, .grades, .scheme, .yesNo, .better: true
        case .count, .percent, .number: false
        }
    }

    /// Columns that hold names, wider than their column name needs.
    private static let wideColumns: Set<String> = ["school.name", "school.ward", "school.district", "school.province", "name",
                                                   "party.cellRating", "metric"]

    private static let exampleTab: UInt32 = 0xA6A6A6

    /// A light fill per section, so the columns of a section read as one block.
    private static func color(_ group: CSVColumn.Group) -> UInt32 {
        switch group {
        case .school: 0xDDEBF7
        case .students: 0xE2EFDA
        case .conduct: 0xFFF2CC
        case .academic: 0xFCE4D6
        case .rates: 0xE4DFEC
        case .party: 0xF2DCDB
        case .mixedYears: 0xEDEDED
        case .target: 0xDDEBF7
        }
    }
}
