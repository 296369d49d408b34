import Foundation
import SchoolMetrics
import TestTools
import Testing
@testable import SchoolDashCLI

@Suite("schooldash template", .serialized)
struct TemplateCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-template-\(UUID())")

    func template(_ arguments: [String]) -> (ExitCode, RecordingConsole) {
        let console = RecordingConsole()
        return (CLI.run(["template"] + arguments, console: console), console)
    }

    @Test func writesTheWorkbookAtomicallyWithTheSameBytesEachRun() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new/mau.xlsx")
        let (code, console) = template(["--out", path.path])
        #expect(code == .ok)
        #expect(console.output.first?.hasPrefix("Đã ghi mẫu nhập liệu \(path.path): điền trang “Bản ghi”") == true)
        let first = try Data(contentsOf: path)
        #expect(first.starts(with: [0x50, 0x4B, 3, 4]))
        #expect(template(["--out", path.path]).0 == .ok)
        #expect(try Data(contentsOf: path) == first)
        // No temporary file of ours or of libxlsxwriter is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: path.deletingLastPathComponent().path) == ["mau.xlsx"])
        let english = folder.appendingPathComponent("new/en.xlsx")
        #expect(template(["--out", english.path, "--lang", "en"]).0 == .ok)
        #expect(try Data(contentsOf: english) != first)
    }

    @Test func ioErrorsExit2AndLeaveNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        let (code, console) = template(["--out", file.appendingPathComponent("t.xlsx").path])
        #expect(code == .usage)
        #expect(console.errors.first?.hasPrefix("schooldash: cannot create the folder \(file.path)") == true)
        let taken = folder.appendingPathComponent("taken.xlsx")
        try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
        let second = template(["--out", taken.path])
        #expect(second.0 == .usage)
        #expect(second.1.errors == ["schooldash: --out \(taken.path) is a folder, not a workbook"])
        // A folder that cannot be written to: the rename fails, no partial file stays.
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o500)
        defer { chmod(locked.path, 0o700) }
        if access(locked.path, W_OK) != 0 {
            #expect(template(["--out", locked.appendingPathComponent("t.xlsx").path]).0 == .usage)
            #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path) == [])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["locked", "plain", "taken.xlsx"])
    }

    @Test(.enabled(if: OfficeTools.hasLibreOffice, Comment(rawValue: OfficeTools.libreOfficeMissing)), arguments: [Language.vi, .en])
    func libreOfficeOpensIt(_ language: Language) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx")
        #expect(template(["--out", path.path, "--lang", language.rawValue]).0 == .ok)
        let sheets = try OfficeTools.sheetsAsCSV(path)
        let names = EntryTemplate.sheetNames(language)
        #expect(sheets.keys.sorted() == [names.instructions, names.records, names.targets, names.recordExamples, names.targetExamples].sorted())
        for (name, columns) in [(names.records, CSVColumn.records), (names.targets, CSVColumn.targets)] {
            let lines = try #require(sheets[name]).split(separator: "\n").map(String.init)
            #expect(lines.count == 2, "\(name): the label row and the header row, nothing else")
            #expect(lines.last == columns.map(\.name).joined(separator: ","))
            #expect(lines.first?.hasPrefix(columns[0].label(language) + "," + columns[1].label(language) + ",") == true)
        }
        let instructions = try #require(sheets[names.instructions])
        #expect(instructions.contains("schooldash build truong.xlsx"))
        #expect(instructions.contains(language == .vi ? "Phần trăm là số từ 0 đến 100" : "A percent is a number from 0 to 100"))
        // The percent-formatted example cell comes out as a person sees it.
        #expect(instructions.contains("99.86,99.86%"))
        let examples = try #require(sheets[names.recordExamples]).split(separator: "\n")
        #expect(examples.count == 2 + 4)
        #expect(examples[2].hasPrefix("thcs-ky-phuong,Trường THCS Kỳ Phương,THCS,Phường Kỳ Phương,Thị xã Kỳ Anh,Hà Tĩnh,2021,2020-2021,698,conduct-2011,661,33,3,1,"))
    }

    @Test(.enabled(if: OfficeTools.hasOpenpyxl, Comment(rawValue: OfficeTools.openpyxlMissing)))
    func openpyxlReadsItsRulesPanesAndNotes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx")
        #expect(template(["--out", path.path]).0 == .ok)
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames}
        for name in ["Bản ghi", "Chỉ tiêu"]:
            ws = wb[name]
            out[name] = {
              "header": [c.value for c in ws[2]], "labels": [c.value for c in ws[1]], "frozen": ws.freeze_panes,
              "notes": [c.comment.text if c.comment else None for c in ws[2]],
              "rules": sorted([v.type, v.operator or "", v.formula1 or "", v.formula2 or "", str(v.sqref)] for v in ws.data_validations.dataValidation),
              "rows": ws.max_row,
            }
        print(json.dumps(out, ensure_ascii=False))
        """
        let result = try OfficeTools.run(["python3", "-c", script, path.path])
        try #require(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [String] == ["Hướng dẫn", "Bản ghi", "Chỉ tiêu", "Ví dụ - Bản ghi", "Ví dụ - Chỉ tiêu"])
        let records = try #require(json["Bản ghi"] as? [String: Any])
        #expect(records["header"] as? [String] == CSVColumn.records.map(\.name))
        #expect(records["labels"] as? [String] == CSVColumn.records.map { $0.label(.vi) })
        #expect(records["frozen"] as? String == "C3")
        #expect(records["rows"] as? Int == 2)
        let notes = try #require(records["notes"] as? [String])
        #expect(notes.count == CSVColumn.records.count)
        #expect(notes[8] == "Tổng số học sinh\nSố nguyên từ 0. Để trống nếu báo cáo không ghi: ô trống là thiếu số liệu, không phải số 0.")
        let rules = try #require(records["rules"] as? [[String]])
        #expect(rules.contains(["whole", "greaterThanOrEqual", "0", "", "I3:I1000"]))
        #expect(rules.contains(["list", "", "\"conduct-2011,training-2021,primary-2020\"", "", "J3:J1000"]))
        #expect(rules.contains(["decimal", "", "0", "100", "T3:AB1000"]))
        let targets = try #require(json["Chỉ tiêu"] as? [String: Any])
        #expect(targets["header"] as? [String] == RecordCSV.targetColumns)
        #expect(targets["rules"] as? [[String]] == [["list", "", "\"có,không\"", "", "I3:I1000"], ["list", "", "\"higher,lower\"", "", "G3:G1000"]])
    }
}
