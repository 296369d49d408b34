import Foundation
import Testing
@testable import OfficeContainer

@Suite("SpreadsheetML as producers write it")
struct SpreadsheetTests {
    private func cell(_ sheet: Spreadsheet.Sheet, _ reference: String) throws -> Spreadsheet.Cell {
        let place = try #require(CellReference(reference))
        return try #require(sheet.cell(place), "no cell \(reference)")
    }

    @Test func cellsWithoutReferencesArePlacedByCountingAndEveryKindIsRead() throws {
        let book = try Spreadsheet(try fixture("no-references.xlsx"))
        let sheet = try #require(book.sheets.first)
        #expect(book.sheets.map(\.name) == ["Sheet1"])
        #expect(sheet.rows.map(\.number) == [1, 2, 5])
        #expect(try cell(sheet, "A1").value == .text("school.id"))
        #expect(try cell(sheet, "C1").value == .text("school.name"))
        #expect(try cell(sheet, "A2").value == .text("thcs-x"))          // inline string
        #expect(try cell(sheet, "B2").value == .number(2021))
        #expect(try cell(sheet, "C2").value == .text("Trường THCS"))     // rich-text runs, phonetic guide left out
        #expect(try cell(sheet, "D2").value == .text(""))                // <si><t/></si>
        #expect(try cell(sheet, "E2").value == .boolean(true))
        #expect(try cell(sheet, "F2").value == .error("#N/A"))
        let formula = try cell(sheet, "G2")
        #expect(formula.value == .text("x<y") && formula.isFormula)       // a formula's text result, in CDATA
        #expect(try cell(sheet, "H2").value == .formulaWithoutValue(formula: "B2"))
        #expect(try cell(sheet, "I2").value == .text("a\rb"))            // _x000D_
        #expect(try cell(sheet, "C5").value == .number(0.5))             // r on the row, not on the cells
        #expect(try cell(sheet, "D5").value == .number(0.001))
    }

    @Test func percentFormattedCellsKeepTheFractionAndSayTheirFormat() throws {
        let book = try Spreadsheet(try packageBytes("Tests/SchoolMetricsTests/Fixtures/xlsx/libreoffice-percent.xlsx"))
        let sheet = try #require(book.sheets.first)
        let rate = try cell(sheet, "K4")
        #expect(rate.value == .number(0.947))
        #expect(rate.format == .percent)
        #expect(try cell(sheet, "G4").format == .general)
        #expect(try cell(sheet, "B4").value == .text("Trường THCS Phần Trăm"))  // LibreOffice's rich shared string
    }

    @Test func formulasGiveTheValueLibreOfficeCached() throws {
        let book = try Spreadsheet(try packageBytes("Tests/SchoolMetricsTests/Fixtures/xlsx/libreoffice-formulas.xlsx"))
        let sheet = try #require(book.sheets.first)
        let total = try cell(sheet, "E2")
        #expect(total.value == .number(698) && total.isFormula)
        #expect(try cell(sheet, "H3").value == .number(90))
        #expect(try cell(sheet, "K4").value == .error("#DIV/0!"))
    }

    @Test func openpyxlInlineRichTextIsOneString() throws {
        let book = try Spreadsheet(try packageBytes("Tests/SchoolMetricsTests/Fixtures/xlsx/openpyxl-cells.xlsx"))
        #expect(book.sheets.map(\.name) == ["Hướng dẫn", "Bản ghi", "Chỉ tiêu", "Ví dụ", "Mẫu"])
        let records = book.sheets[1]
        #expect(try cell(records, "B4").value == .text("Trường THCS Kỳ Phương"))
        #expect(try cell(records, "E9").value == .formulaWithoutValue(formula: "SUM(G9:J9)"))
        #expect(try cell(records, "F6").value == .text("conduct-2011"))   // a pre-filled scheme, no record
        #expect(try cell(book.sheets[2], "I3").value == .boolean(true))
    }

    @Test func numberFormatsAreClassifiedByTheirCode() {
        #expect(Spreadsheet.Cell.Format.of(code: "0.0%") == .percent)
        #expect(Spreadsheet.Cell.Format.of(code: "#,##0.00\\ %") == .percent)
        #expect(Spreadsheet.Cell.Format.of(code: "0.0\"%\"") == .general)
        #expect(Spreadsheet.Cell.Format.of(code: "dd/mm/yyyy") == .date)
        #expect(Spreadsheet.Cell.Format.of(code: "[Red]#,##0") == .general)
        #expect(Spreadsheet.Cell.Format.of(code: "General") == .general)
        #expect(Spreadsheet.Cell.Format.of(code: "0 \"học sinh\"") == .general)
        #expect(Spreadsheet.Cell.Format.of(builtIn: 9) == .percent)
        #expect(Spreadsheet.Cell.Format.of(builtIn: 10) == .percent)
        #expect(Spreadsheet.Cell.Format.of(builtIn: 14) == .date)
        #expect(Spreadsheet.Cell.Format.of(builtIn: 3) == .general)
    }

    @Test func dateSerialsAreDays() throws {
        let book = try Spreadsheet(try fixture("no-references.xlsx"))
        #expect(book.isoDate(serial: 44347) == "2021-05-31")
        #expect(book.isoDate(serial: 1) == "1900-01-01")
        #expect(book.isoDate(serial: 59) == "1900-02-28")
        #expect(book.isoDate(serial: 61) == "1900-03-01")
        var mac = book
        mac.date1904 = true
        #expect(mac.isoDate(serial: 0) == "1904-01-01")
        #expect(book.isoDate(serial: -1) == nil)
    }

    @Test func cellReferencesReadAndWrite() {
        #expect(CellReference("AB120") == CellReference(row: 120, column: 28))
        #expect(CellReference("$H$3") == CellReference(row: 3, column: 8))
        #expect(CellReference("A0") == nil)
        #expect(CellReference("3A") == nil)
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference(row: 3, column: 27).description == "AA3")
        #expect(CellReference(row: 1, column: 16_384).description == "XFD1")
    }

    @Test func aWorkbookIsRefusedWhenItIsNone() throws {
        let failure = try #require(throws: Spreadsheet.Failure.self) { try Spreadsheet(try fixture("bomb-ratio.zip")) }
        #expect(failure.reason.contains("not an Excel workbook"))
    }

    @Test func brokenXMLIsRefusedWithItsPlace() throws {
        for text in ["<a><b></a>", "<a><b", "<a>", "</a>"] {
            var scanner = XMLScanner(Array(text.utf8))
            #expect(throws: Spreadsheet.Failure.self) { while try scanner.next() != nil {} }
        }
        var scanner = XMLScanner(Array("<t a='1 &amp; 2'>&lt;&#x1EA0;&#65;&bogus;</t>".utf8))
        guard case .start(_, let attributes, false) = try scanner.next(), case .text(let range) = try scanner.next() else {
            Issue.record("no start tag and text")
            return
        }
        #expect(scanner.attribute(Array("a".utf8), in: attributes) == "1 & 2")
        #expect(scanner.text(range) == "<ẠA&bogus;")
    }
}
