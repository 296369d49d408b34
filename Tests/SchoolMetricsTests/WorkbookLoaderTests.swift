import Foundation
import Testing
@testable import SchoolMetrics

/// Workbooks written by LibreOffice and openpyxl (scripts/make-xlsx-fixtures.sh), loaded as records.
@Suite("Loading Excel workbooks")
struct WorkbookLoaderTests {
    private func loadFixture(_ name: String) throws -> Loader.Result {
        try Loader().load(paths: [fixturePath("xlsx/" + name)])
    }

    private func finding(_ result: Loader.Result, _ code: String, at cell: String) throws -> Diagnostic {
        try #require(result.diagnostics.all.first { $0.code == code && $0.place.cell == cell },
                     "no \(code) at \(cell) among \(result.diagnostics.all.map { $0.rendered(.en) })")
    }

    @Test func openpyxlCellsLoadAsTheirValuesAndTheExamplesSheetIsSkipped() throws {
        let result = try loadFixture("openpyxl-cells.xlsx")
        #expect(result.records.map(\.key) == [RecordKey(school: "thcs-ky-phuong", period: "2021")])
        let record = try #require(result.records.first)
        #expect(record.school.name == "Trường THCS Kỳ Phương")        // two rich-text runs, one string
        #expect(record.school.ward == "Phường Kỳ Phương")              // NFD and spaces around, as NFC trimmed
        #expect(record.school.ward.unicodeScalars.count == "Phường Kỳ Phương".unicodeScalars.count)
        #expect(record.students?.enrolled == 698)                        // 698.0
        let conduct = try #require(record.students?.conduct?.first)
        #expect(conduct.counts == [661, 33, 3, 1])
        #expect(conduct.reportedPercent.first == 94.7)
        #expect(record.students?.promotion?.percent == 99.86)
        let targets = try #require(record.targets)
        #expect(targets.map(\.name) == ["Học sinh giỏi tỉnh", "Liên đội vững mạnh", "Chi bộ trong sạch"])
        #expect(targets.map(\.achieved) == [nil, true, false])            // boolean cells
        #expect(targets.first?.actual == 5)
        #expect(!result.records.contains { $0.school.id == "thcs-vi-du" })  // the sheet "Ví dụ"
        #expect(!result.records.contains { $0.school.id == "thcs-mau" })    // A1 says "Example: …"
    }

    @Test func badCellsAreNamedBySheetAndCellAndTheirRecordsLeftOut() throws {
        let result = try loadFixture("openpyxl-cells.xlsx")
        let text = try finding(result, "wrong-type", at: "E7")
        #expect(text.place.sheet == "Bản ghi")
        #expect(text.rendered(.vi).hasPrefix(fixturePath("xlsx/openpyxl-cells.xlsx") + ":Bản ghi!E7: lỗi: "))
        #expect(text.message.vi == "cột \"students.enrolled\" phải là một số nguyên, gặp \"698 em\"")
        #expect(text.record == RecordKey(school: "thcs-em", period: "2021"))
        let half = try finding(result, "wrong-type", at: "G8")
        #expect(half.message.en.contains("found 661.5"))
        let formula = try finding(result, "xlsx-formula-without-value", at: "E9")
        #expect(formula.message.en.contains("=SUM(G9:J9)"))
        #expect(formula.record == RecordKey(school: "thcs-chua-tinh", period: "2021"))
        #expect(formula.field == "students.enrolled")
        // Three bad cells and nothing else: the blank row 5 and row 6, which holds only a pre-filled
        // scheme, are no records.
        #expect(result.diagnostics.errorCount == 3)
        #expect(result.diagnostics.unlocatedErrors.isEmpty)
    }

    @Test func percentFormattedCellsAreThePercentTheyShow() throws {
        let result = try loadFixture("libreoffice-percent.xlsx")
        let record = try #require(result.records.first { $0.school.id == "thcs-phan-tram" })
        #expect(record.school.name == "Trường THCS Phần Trăm")
        let conduct = try #require(record.students?.conduct?.first)
        #expect(conduct.reportedPercent.first == 94.7)                   // 0.947 with a 0.0% format
        #expect(record.students?.promotion?.percent == 99.86)            // 0.9986
        // A percent in a count column is refused, at its cell; the row of labels under the header
        // and the title above it are not records.
        let count = try finding(result, "wrong-type", at: "E5")
        #expect(count.message.en.contains("found \"50%\""))
        #expect(result.diagnostics.errorCount == 1)
        #expect(result.records.count == 1)
    }

    @Test func formulasGiveTheirCachedValuesAndAnErrorValueIsPlaced() throws {
        let result = try loadFixture("libreoffice-formulas.xlsx")
        let first = try #require(result.records.first { $0.period == "2021" })
        #expect(first.students?.enrolled == 698)                          // =SUM(G2:J2)
        let second = try #require(result.records.first { $0.period == "2022" })
        #expect(second.students?.conduct?.first?.counts == [600, 90, 8, 2]) // =E3-G3-I3-J3
        let error = try finding(result, "xlsx-error-value", at: "K4")
        #expect(error.message.en.contains("#DIV/0!"))
        #expect(error.record == RecordKey(school: "thcs-chia-khong", period: "2022"))
        #expect(!result.records.contains { $0.school.id == "thcs-chia-khong" })
        let json = error.json(.en).serialized(indent: nil)
        #expect(json.contains("\"sheet\":\"Bản ghi\"") || json.contains("\"sheet\": \"Bản ghi\""))
        #expect(json.contains("\"cell\":\"K4\"") || json.contains("\"cell\": \"K4\""))
        #expect(json.contains("\"line\":4") || json.contains("\"line\": 4"))
    }

    @Test func inlineStringsAndTextNumbersLoad() throws {
        let result = try loadFixture("openpyxl-inline.xlsx")
        #expect(result.diagnostics.all.isEmpty)
        #expect(result.records.first?.period == "2021")
        #expect(result.records.first?.students?.conduct?.first?.counts == [7, 2, 1, 0])
    }

    @Test func theDemoWorkbookLoadsTheSameRecordsAndMetricsAsJSONAndCSV() throws {
        let strip = { (records: [Record]) in records.map { record -> Record in
            var copy = record
            copy.source = nil
            return copy
        }.sorted { $0.key < $1.key } }
        let workbook = try Loader().load(paths: [packagePath("Samples/demo/xlsx")])
        let json = try Loader().load(paths: [packagePath("Samples/demo/json")])
        let csv = try Loader().load(paths: [packagePath("Samples/demo/csv")])
        #expect(!workbook.diagnostics.hasErrors)
        #expect(workbook.records.count == json.records.count)
        #expect(strip(workbook.records) == strip(json.records))
        #expect(strip(workbook.records) == strip(csv.records))
        let metrics = { (result: Loader.Result) in MetricsReport(records: result.records).json.serialized() }
        #expect(metrics(workbook) == metrics(json))
        #expect(metrics(workbook) == metrics(csv))
        // Read in every form at once, the repeats are noted once per pair of files, never errors.
        let all = try Loader().load(paths: [packagePath("Samples/demo")])
        #expect(!all.diagnostics.hasErrors)
        #expect(all.records.count == json.records.count)
        #expect(all.diagnostics.all.contains { $0.code == "identical-repeats" && $0.place.file.hasSuffix("demo.xlsx") })
    }

    @Test func aZipBombNamedXLSXIsRefusedWithoutInflating() throws {
        // A workbook of 120 KB whose sheet would inflate to 120 MB.
        let result = try loadFixture("bomb.xlsx")
        #expect(result.diagnostics.all.map(\.code) == ["xlsx-unreadable"])
        let message = try #require(result.diagnostics.all.first?.message.en)
        #expect(message.contains("xl/worksheets/sheet1.xml") && message.contains("zip bomb"), "\(message)")
        let garbage = Loader().load(bytes: Array("not a workbook at all, just text".utf8), name: "truong.xlsx")
        #expect(garbage.diagnostics.all.map(\.code) == ["xlsx-unreadable"])
        #expect(garbage.diagnostics.all.first?.rendered(.en).hasPrefix("truong.xlsx: error: cannot read the workbook") == true)
    }

    @Test func aWorkbookWithoutAHeaderRowSaysSo() throws {
        let result = try Loader().load(paths: [packagePath("Tests/OfficeContainerTests/Fixtures/no-references.xlsx")])
        // Its header holds school.id and period, so it is read; the cells of unnamed columns are named once.
        #expect(result.diagnostics.all.contains { $0.code == "xlsx-unnamed-column" && $0.place.cell == "E2" })
        let noTable = Loader().load(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath("xlsx/openpyxl-cells.xlsx")))),
                                    name: "x.xlsx")
        #expect(!noTable.diagnostics.all.contains { $0.code == "xlsx-no-table" })
    }

    @Test func foldersAreSearchedForWorkbooksButNotExcelLockFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: fixturePath("xlsx/openpyxl-inline.xlsx"), toPath: folder.appendingPathComponent("a.XLSX").path)
        try Data("junk".utf8).write(to: folder.appendingPathComponent("~$a.xlsx"))
        let files = try InputFiles.expand([folder.path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.XLSX"])
    }

    @Test func numbersAreWrittenAsJSONNumbers() {
        #expect(WorkbookTables.plain(661.0) == "661")
        #expect(WorkbookTables.plain(661.5) == "661.5")
        #expect(WorkbookTables.plain(-2.0) == "-2")
        #expect(WorkbookTables.percent(0.947) == "94.7")
        #expect(WorkbookTables.percent(0.9986) == "99.86")
        #expect(WorkbookTables.percent(1) == "100")
        #expect(WorkbookTables.percent(0.00001) == "0.001")
    }
}
