import Foundation
import OfficeContainer
import TestTools
import Testing

/// A workbook with one of everything the writer does.
func sampleDocument(created: Int = 1_622_505_600) -> WorkbookDocument {
    var sheet = WorkbookDocument.Sheet(name: "Bản ghi")
    sheet.set(row: 0, column: 0, .text("Tỉ lệ lên lớp"), style: .init(bold: true, wrap: true, fill: 0xFFF2CC))
    sheet.set(row: 1, column: 0, .number(661))
    sheet.set(row: 1, column: 1, .number(0.947), style: .init(numberFormat: "0.0%"))
    sheet.set(row: 1, column: 2, .formula("A2+1", result: 662))
    sheet.columns = [.init(0...0, width: 30), .init(1...2, width: 12, style: .init(numberFormat: "@"))]
    sheet.rowHeights[0] = 40
    sheet.frozen = .init(rows: 2, columns: 1)
    sheet.comments = [.init(row: 0, column: 0, text: "Số em lên lớp\ntrên tổng số", width: 300, height: 90)]
    sheet.validations = [
        .init(rows: 2...999, columns: 0...0, rule: .wholeNumber(atLeast: 0), title: "Số nguyên", message: "Từ 0 trở lên"),
        .init(rows: 2...999, columns: 1...1, rule: .decimal(0...100)),
        .init(rows: 2...999, columns: 2...3, rule: .list(["có", "không"])),
    ]
    var second = WorkbookDocument.Sheet(name: "Ví dụ")
    second.showsGridlines = false
    second.tabColor = 0xA6A6A6
    second.fitsPageWidth = true
    second.set(row: 0, column: 0, .text("x"))
    return WorkbookDocument(sheets: [sheet, second], title: "Mẫu", author: "schooldash", created: created)
}

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("officecontainer-test-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite("The workbook writer (libxlsxwriter)")
struct WorkbookWriterTests {
    @Test func cellNamesCountFromZero() {
        #expect(WorkbookDocument.cellName(row: 0, column: 0) == "A1")
        #expect(WorkbookDocument.cellName(row: 9, column: 25) == "Z10")
        #expect(WorkbookDocument.cellName(row: 2, column: 26) == "AA3")
        #expect(WorkbookDocument.cellName(row: 0, column: 27) == "AB1")
        #expect(WorkbookDocument.cellName(row: 0, column: 16383) == "XFD1")
    }

    @Test func theSameDocumentGivesTheSameBytesAndItsOwnDate() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["a", "b", "c"].map { folder.appendingPathComponent("\($0).xlsx").path }
        try WorkbookWriter.write(sampleDocument(), to: paths[0])
        try WorkbookWriter.write(sampleDocument(), to: paths[1], temporaryFolder: folder.path)
        try WorkbookWriter.write(sampleDocument(created: 946_684_800), to: paths[2])
        let bytes = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(bytes[0] == bytes[1])
        #expect(bytes[0] != bytes[2])
        let archive = try ZipArchive(Array(bytes[0]))
        let core = String(decoding: try archive.file("docProps/core.xml"), as: UTF8.self)
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-06-01T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:title>Mẫu</dc:title>"))
        // The temporary files libxlsxwriter makes are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.xlsx", "b.xlsx", "c.xlsx"])
    }

    @Test func zipEntriesCarryAFixedTime() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try WorkbookWriter.write(sampleDocument(), to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Every central directory entry (PK\1\2) holds its DOS time and date at offsets 12–15: 1980-01-01 00:00.
        var entries = 0
        for index in 0..<(bytes.count - 16) where bytes[index] == 0x50 && bytes[index + 1] == 0x4B && bytes[index + 2] == 1 && bytes[index + 3] == 2 {
            entries += 1
            #expect(Array(bytes[(index + 12)...(index + 15)]) == [0, 0, 0x21, 0])
        }
        #expect(entries == (try ZipArchive(bytes)).names.count)
    }

    @Test func errorsNameThePlace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        var badName = sampleDocument()
        badName.sheets[1].name = "Ví dụ [1]"
        #expect(throws: WorkbookWriter.Failure.self) { try WorkbookWriter.write(badName, to: path) }
        do {
            try WorkbookWriter.write(badName, to: path)
        } catch {
            #expect(error.description.hasPrefix("the sheet name \"Ví dụ [1]\": "))
        }
        var long = sampleDocument()
        long.sheets[0].set(row: 4, column: 1, .text(String(repeating: "x", count: 40_000)))
        do {
            try WorkbookWriter.write(long, to: path)
            Issue.record("a 40,000-character string was written")
        } catch {
            #expect(error.description.hasPrefix("sheet \"Bản ghi\", cell B5: "))
        }
        do {
            try WorkbookWriter.write(sampleDocument(), to: folder.appendingPathComponent("missing/t.xlsx").path)
            Issue.record("a workbook was written into a missing folder")
        } catch {
            #expect(error.description.hasPrefix("the file: "))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(.enabled(if: OfficeTools.hasOpenpyxl, Comment(rawValue: OfficeTools.openpyxlMissing)))
    func openpyxlReadsEveryFeature() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.xlsx").path
        try WorkbookWriter.write(sampleDocument(), to: path)
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["Bản ghi"]
        print(json.dumps({
          "sheets": wb.sheetnames,
          "a1": ws["A1"].value, "bold": ws["A1"].font.b, "wrap": ws["A1"].alignment.wrap_text,
          "fill": ws["A1"].fill.fgColor.rgb, "a2": ws["A2"].value, "b2": ws["B2"].value, "b2format": ws["B2"].number_format,
          "c2": ws["C2"].value, "c2cached": openpyxl.load_workbook(sys.argv[1], data_only=True)["Bản ghi"]["C2"].value,
          "widthA": ws.column_dimensions["A"].width, "textColumn": ws.column_dimensions["B"].number_format,
          "height1": ws.row_dimensions[1].height, "frozen": ws.freeze_panes, "comment": ws["A1"].comment.text,
          "author": ws["A1"].comment.author, "title": wb.properties.title,
          "validations": sorted([v.type, v.operator, v.formula1, v.formula2, str(v.sqref), v.error] for v in ws.data_validations.dataValidation),
          "gridlines": wb["Ví dụ"].sheet_view.showGridLines, "tab": wb["Ví dụ"].sheet_properties.tabColor.rgb,
          "fit": wb["Ví dụ"].sheet_properties.pageSetUpPr.fitToPage, "fitHeight": wb["Ví dụ"].page_setup.fitToHeight, "paper": wb["Ví dụ"].page_setup.paperSize,
        }, ensure_ascii=False))
        """
        let result = try OfficeTools.run(["python3", "-c", script, path])
        try #require(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [String] == ["Bản ghi", "Ví dụ"])
        #expect(json["a1"] as? String == "Tỉ lệ lên lớp")
        #expect(json["bold"] as? Bool == true)
        #expect(json["wrap"] as? Bool == true)
        #expect(json["fill"] as? String == "FFFFF2CC")
        #expect(json["a2"] as? Int == 661)
        #expect(json["b2"] as? Double == 0.947)
        #expect(json["b2format"] as? String == "0.0%")
        #expect(json["c2"] as? String == "=A2+1")
        #expect(json["c2cached"] as? Int == 662)
        #expect((json["widthA"] as? Double).map { abs($0 - 30) < 1 } == true)
        #expect(json["textColumn"] as? String == "@")
        #expect(json["height1"] as? Double == 40)
        #expect(json["frozen"] as? String == "B3")
        #expect(json["comment"] as? String == "Số em lên lớp\ntrên tổng số")
        #expect(json["author"] as? String == "schooldash")
        #expect(json["title"] as? String == "Mẫu")
        // openpyxl leaves out what the file leaves out: "between" is the default operator.
        let validations = try #require(json["validations"] as? [[Any]])
        #expect(validations.map { $0.map { $0 is NSNull ? "-" : "\($0)" } } == [
            ["decimal", "-", "0", "100", "B3:B1000", "-"],
            ["list", "-", "\"có,không\"", "-", "C3:D1000", "-"],
            ["whole", "greaterThanOrEqual", "0", "-", "A3:A1000", "Từ 0 trở lên"],
        ])
        #expect(json["gridlines"] as? Bool == false)
        #expect(json["tab"] as? String == "FFA6A6A6")
        #expect(json["fit"] as? Bool == true)
        #expect(json["fitHeight"] as? Int == 0)
        #expect(json["paper"] as? Int == 9)
    }
}
