import Foundation
import OfficeContainer
import Testing
@testable import SchoolMetrics

@Suite("The data-entry template's content")
struct TemplateTests {
    @Test func theExamplesAreTheSeedsByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: packagePath("Samples/seeds")).filter { $0.hasSuffix(".json") }.sorted()
        #expect(TemplateExamples.seeds.map(\.name) == files, "remake the copy with scripts/embed-seeds.py")
        for seed in TemplateExamples.seeds {
            let file = try String(contentsOfFile: packagePath("Samples/seeds/" + seed.name), encoding: .utf8)
            #expect(seed.json + "\n" == file, "\(seed.name) changed: remake the copy with scripts/embed-seeds.py")
        }
        let loaded = try Loader().load(paths: [packagePath("Samples/seeds")]).records
        #expect(EntryTemplate.exampleRecords().map { RecordJSON.encode($0).serialized() } == loaded.map { RecordJSON.encode($0).serialized() })
        #expect(loaded.count == 4)
    }

    /// Every column `RecordCSV` writes for the samples and a synthetic country is a template column.
    @Test func everyColumnSchooldashWritesIsInTheTemplate() throws {
        let names = Set(CSVColumn.records.map(\.name))
        #expect(names.count == CSVColumn.records.count, "column names repeat")
        var records = try Loader().load(paths: [packagePath("Samples")]).records
        records += SyntheticDataset(schools: 300, seed: 7, periods: 3).records
        var written = Set<String>()
        for record in records { written.formUnion(RecordCSV.cells(record).map(\.0)) }
        #expect(written.subtracting(names).sorted() == [])
        // Mixed years, rates as counts and as percents, and printed shares all occur.
        #expect(written.contains("students.conduct.training-2021.grades") && written.contains("students.promotion.count"))
        #expect(CSVColumn.targets.map(\.name) == RecordCSV.targetColumns)
    }

    /// A records file with every template column loads without an unknown-column warning.
    @Test func theLoaderKnowsEveryColumn() {
        let header = CSVColumn.records.map(\.name)
        var row = Array(repeating: "", count: header.count)
        for (index, name) in header.enumerated() {
            switch name {
            case "school.id": row[index] = "thcs-a"
            case "school.name": row[index] = "Trường THCS A"
            case "school.ward": row[index] = "Phường 1"
            case "period": row[index] = "2021"
            default: break
            }
        }
        let result = load(RecordCSV.line(header) + "\n" + RecordCSV.line(row) + "\n", name: "all.csv")
        #expect(result.diagnostics.all.map(\.code) == [])
        #expect(result.records.count == 1)
        let targets = load(RecordCSV.line(CSVColumn.targets.map(\.name)) + "\nthcs-a,2021,Học sinh giỏi,giải,3,,,,,\n", name: "t.csv")
        #expect(targets.diagnostics.all.map(\.code) == ["target-without-record"])
    }

    @Test func kindsFollowTheModel() {
        let kinds = Dictionary(uniqueKeysWithValues: CSVColumn.records.map { ($0.name, $0.kind) })
        #expect(kinds["students.enrolled"] == .count)
        #expect(kinds["students.conduct.trung-binh"] == .count)
        #expect(kinds["students.conduct.reportedPercent.tot"] == .percent)
        #expect(kinds["students.promotion.percent"] == .percent)
        #expect(kinds["students.admission.of"] == .count)
        #expect(kinds["party.classification.failed"] == .count)
        #expect(kinds["students.conduct.scheme"] == .scheme(["conduct-2011", "training-2021", "primary-2020"]))
        #expect(kinds["students.academic.scheme"] == .scheme(["academic-2011", "learning-2021", "primary-2020"]))
        #expect(kinds["students.academic.learning-2021.grades"] == .grades)
        #expect(kinds["period"] == .text)
        let targetKinds = CSVColumn.targets.map(\.kind)
        #expect(targetKinds == [.text, .text, .text, .text, .number, .number, .better, .number, .yesNo, .text])
        let tot = CSVColumn.records.first { $0.name == "students.conduct.tot" }
        #expect(tot?.label(.vi) == "Hạnh kiểm / Rèn luyện: Tốt / Hoàn thành tốt (số em)")
        #expect(tot?.label(.en) == "Conduct: “Tốt / Hoàn thành tốt” (students)")
    }

    @Test(arguments: [Language.vi, .en])
    func theEntrySheetsHoldTheColumnNamesUnderTheirLabels(_ language: Language) throws {
        let document = EntryTemplate.document(language: language, created: 946_684_800)
        let names = EntryTemplate.sheetNames(language)
        #expect(document.sheets.map(\.name) == [names.instructions, names.records, names.targets, names.recordExamples, names.targetExamples])
        #expect(EntryTemplate.examplePrefixes.contains { names.recordExamples.hasPrefix($0) && names.targetExamples.hasPrefix($0) })
        #expect(![names.instructions, names.records, names.targets].contains { name in EntryTemplate.examplePrefixes.contains { name.hasPrefix($0) } })
        for (name, columns) in [(names.records, CSVColumn.records), (names.targets, CSVColumn.targets)] {
            let sheet = try #require(document.sheet(named: name))
            for (index, column) in columns.enumerated() {
                #expect(sheet.value(row: EntryTemplate.headerRow, column: index) == .text(column.name))
                #expect(sheet.value(row: EntryTemplate.labelRow, column: index) == .text(column.label(language)))
            }
            #expect(sheet.value(row: EntryTemplate.headerRow, column: columns.count) == nil)
            #expect(sheet.frozen == .init(rows: 2, columns: 2))
            #expect(sheet.comments.map(\.column) == Array(columns.indices))
            #expect(sheet.comments.allSatisfy { $0.row == EntryTemplate.headerRow && $0.text.hasPrefix(columns[$0.column].label(language) + "\n") })
            // Every column of a checked kind is covered once, over rows 3 to 1000; no other column is.
            var rules: [Int: WorkbookDocument.Validation.Rule] = [:]
            for validation in sheet.validations {
                #expect(validation.rows == 2...999)
                for column in validation.columns {
                    #expect(rules.updateValue(validation.rule, forKey: column) == nil)
                }
            }
            for (index, column) in columns.enumerated() {
                #expect(rules[index] == EntryTemplate.rule(column.kind, language)?.0, "\(column.name)")
            }
            #expect(sheet.cells.allSatisfy { $0.row <= EntryTemplate.headerRow }, "the entry sheets start empty")
        }
        let records = try #require(document.sheet(named: names.records))
        let enrolled = try #require(CSVColumn.records.firstIndex { $0.name == "students.enrolled" })
        let conduct = try #require(CSVColumn.records.firstIndex { $0.name == "students.conduct.scheme" })
        let achieved = try #require(CSVColumn.targets.firstIndex { $0.name == "achieved" })
        #expect(records.validations.first { $0.columns.contains(enrolled) }?.rule == .wholeNumber(atLeast: 0))
        #expect(records.validations.first { $0.columns.contains(conduct) }?.rule == .list(["conduct-2011", "training-2021", "primary-2020"]))
        let targets = try #require(document.sheet(named: names.targets))
        #expect(targets.validations.first { $0.columns.contains(achieved) }?.rule == .list(language == .vi ? ["có", "không"] : ["true", "false"]))
    }

    @Test func theExampleSheetsShowTheSeedsFigures() throws {
        let document = EntryTemplate.document(language: .vi, created: 946_684_800)
        let records = try #require(document.sheet(named: "Ví dụ - Bản ghi"))
        func column(_ name: String) -> Int { CSVColumn.records.firstIndex { $0.name == name } ?? -1 }
        // Kỳ Phương 2021, Kỳ Phương 2022 (targets only), Phong Hải 2024, Phong Hải 2025.
        #expect(records.value(row: 2, column: column("school.id")) == .text("thcs-ky-phuong"))
        #expect(records.value(row: 2, column: column("period")) == .text("2021"))
        #expect(records.value(row: 2, column: column("students.conduct.tot")) == .number(661))
        #expect(records.value(row: 2, column: column("students.academic.reportedPercent.gioi")) == .number(10.89))
        #expect(records.value(row: 2, column: column("students.promotion.percent")) == .number(99.86))
        #expect(records.value(row: 3, column: column("students.conduct.tot")) == nil)
        #expect(records.value(row: 4, column: column("party.women")) == .number(5))
        #expect(records.value(row: 4, column: column("party.cellRating")) == .text("Đề nghị công nhận trong sạch vững mạnh"))
        #expect(records.value(row: 6, column: 0) == nil)
        let targets = try #require(document.sheet(named: "Ví dụ - Chỉ tiêu"))
        let rows = Set(targets.cells.map(\.row)).subtracting([0, 1])
        #expect(rows.count == 27 + 8)
        #expect(targets.value(row: 2, column: 2) == .text("Kết nạp đảng viên mới"))
        #expect(targets.value(row: 2, column: 4) == .number(2))
    }

    @Test func theWorkbooksDateIsSourceDateEpoch() {
        #expect(SourceDate.seconds(environment: ["SOURCE_DATE_EPOCH": "1622505600"]) == 1_622_505_600)
        #expect(SourceDate.seconds(environment: ["SOURCE_DATE_EPOCH": "-5"]) == 946_684_800)
        #expect(SourceDate.seconds(environment: [:]) == 946_684_800)
        #expect(EntryTemplate.document(language: .vi, created: 1_622_505_600).created == 1_622_505_600)
    }

    @Test func theInstructionsNameTheSchemesAndTheNextStep() throws {
        let vi = try #require(EntryTemplate.document(language: .vi, created: 0).sheets.first)
        let texts = vi.cells.compactMap { cell -> String? in if case .text(let text) = cell.value { text } else { nil } }
        for scheme in Scheme.builtIn {
            #expect(texts.contains { text in text.hasPrefix("• \(scheme.id) — ") && scheme.categories.allSatisfy { category in text.contains("\(category.label) (\(category.id))") } })
        }
        #expect(texts.contains { $0.contains("schooldash build truong.xlsx") })
        #expect(texts.contains { $0.contains("Bản ghi!I3") })
        #expect(vi.cells.contains { $0.value == .number(0.9986) && $0.style.numberFormat == "0.00%" })
        let en = try #require(EntryTemplate.document(language: .en, created: 0).sheets.first)
        #expect(en.name == "Instructions")
        #expect(en.cells.count == vi.cells.count)
    }
}
