import Foundation
import SchoolMetrics
import TestTools
import Testing
@testable import SchoolDashCLI

/// The template, filled under its own header rows by `scripts/fill-template.py` (openpyxl),
/// saved again by LibreOffice and turned into CSV by it, loads with exactly the records typed into it.
@Suite("A filled template gives back its records", .serialized,
       .enabled(if: OfficeTools.hasLibreOffice, Comment(rawValue: OfficeTools.libreOfficeMissing)),
       .enabled(if: OfficeTools.hasOpenpyxl, Comment(rawValue: OfficeTools.openpyxlMissing)))
struct TemplateRoundTripTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-filled-\(UUID())")

    /// The seeds and the demo set: every scheme, mixed years, rates as counts and as percents,
    /// printed shares, party cells, yes/no and numeric targets, ranks.
    static func sourceRecords() throws -> [Record] {
        try Loader().load(paths: [packagePath("Samples/seeds"), packagePath("Samples/demo/json")]).records
    }

    /// Writes the records as a records CSV in the template's column order and a targets CSV.
    func writeCSV(_ records: [Record]) throws -> (records: URL, targets: URL) {
        let columns = CSVColumn.records.map(\.name)
        var recordLines = [RecordCSV.line(columns)], targetLines = [RecordCSV.line(RecordCSV.targetColumns)]
        for record in records {
            let cells = Dictionary(RecordCSV.cells(record), uniquingKeysWith: { first, _ in first })
            recordLines.append(RecordCSV.line(columns.map { cells[$0] ?? "" }))
            targetLines += RecordCSV.targetRows(record).map(RecordCSV.line)
        }
        let paths = (folder.appendingPathComponent("typed-records.csv"), folder.appendingPathComponent("typed-targets.csv"))
        try Data((recordLines.joined(separator: "\n") + "\n").utf8).write(to: paths.0)
        try Data((targetLines.joined(separator: "\n") + "\n").utf8).write(to: paths.1)
        return paths
    }

    /// The CSV of a sheet from its header row on: the rows above it (the labels) are not data.
    func fromHeader(_ csv: String) throws -> String {
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("school.id,") })
        return lines[header...].joined(separator: "\n")
    }

    func roundTrip(language: Language, percentCells: Bool) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = try Self.sourceRecords()
        let typed = try writeCSV(source)
        let template = folder.appendingPathComponent("template.xlsx"), filled = folder.appendingPathComponent("filled.xlsx")
        #expect(CLI.run(["template", "--out", template.path, "--lang", language.rawValue], console: RecordingConsole()) == .ok)
        let fill = try OfficeTools.run(["python3", packagePath("scripts/fill-template.py"), template.path, filled.path, typed.records.path,
                                typed.targets.path] + (percentCells ? ["--percent-cells"] : []))
        try #require(fill.status == 0, "fill-template.py failed")
        // Saved again by LibreOffice, as a person who fills it there would.
        let saved = folder.appendingPathComponent("saved")
        try OfficeTools.convert(filled, to: "xlsx", into: saved)
        let sheets = try OfficeTools.sheetsAsCSV(saved.appendingPathComponent("filled.xlsx"))
        let names = EntryTemplate.sheetNames(language)
        let records = folder.appendingPathComponent("records.csv"), targets = folder.appendingPathComponent("targets.csv")
        let recordsText = try fromHeader(try #require(sheets[names.records]))
        // Kỳ Phương's promotion rate, as LibreOffice shows the cell.
        #expect(recordsText.contains(percentCells ? ",99.86%," : ",99.86,"))
        try Data(recordsText.utf8).write(to: records)
        try Data(try fromHeader(try #require(sheets[names.targets])).utf8).write(to: targets)
        // The example sheets still hold the seeds; they are not part of what was typed.
        #expect(try #require(sheets[names.recordExamples]).split(separator: "\n").count == 2 + 4)

        let loaded = try Loader().load(paths: [records.path, targets.path])
        #expect(loaded.diagnostics.errorCount == 0)
        let key = { (record: Record) in "\(record.school.id) \(record.period)" }
        let expected = source.sorted { key($0) < key($1) }.map { RecordJSON.encode($0).serialized() }
        let actual = loaded.records.sorted { key($0) < key($1) }.map { RecordJSON.encode($0).serialized() }
        #expect(actual.count == source.count)
        for (want, got) in zip(expected, actual) {
            #expect(got == want)
        }
    }

    @Test func numbersTypedAsNumbers() throws {
        try roundTrip(language: .vi, percentCells: false)
    }

    /// Percents typed as Excel stores "94,7%": 0.947 with a percent format.
    @Test func percentsTypedWithAPercentSign() throws {
        try roundTrip(language: .en, percentCells: true)
    }

    @Test func aColumnTheTemplateLacksIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = folder.appendingPathComponent("template.xlsx")
        #expect(CLI.run(["template", "--out", template.path], console: RecordingConsole()) == .ok)
        let csv = folder.appendingPathComponent("odd.csv")
        try Data("school.id,period,students.conduct.excellent\na,2021,3\n".utf8).write(to: csv)
        let fill = try OfficeTools.run(["python3", packagePath("scripts/fill-template.py"), template.path,
                                folder.appendingPathComponent("out.xlsx").path, csv.path])
        #expect(fill.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.xlsx").path))
    }
}
