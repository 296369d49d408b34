import Foundation
import Testing
@testable import SchoolMetrics

/// CSV read row by row (``CSVReader``) and each row put together as a record by
/// ``CSVRecordShape``: the cells, their places, and the records they give.
@Suite("CSV read row by row")
struct CSVReadingTests {
    /// Every row the reader gives, as (text, offset) pairs.
    private func rows(_ text: String) throws -> (header: [String], rows: [[CSVTable.Cell]]) {
        var reader = try CSVReader(Array(text.utf8))
        var rows: [[CSVTable.Cell]] = []
        var row: [CSVTable.Cell] = []
        while try reader.nextRow(into: &row) { rows.append(row) }
        return (reader.header.map(\.text), rows)
    }

    @Test func quotedCellsKeepDelimitersLineBreaksAndQuotes() throws {
        let text = "\u{FEFF}a,b,c\r\n\"x, \"\"y\"\"\ny\",\"\",z\r\n\r\n , \n\"q\"tail,\"r\r\ns\"\rlast\n"
        let (header, rows) = try rows(text)
        #expect(header == ["a", "b", "c"])
        #expect(rows.map { $0.map(\.text) } == [["x, \"y\"\ny", "", "z"], ["q" + "tail", "r\r\ns"], ["last"]])
        // Each cell starts where its first byte (or its opening quote) is, counted from the BOM.
        #expect(rows.map { $0.map(\.offset) } == [[10, 23, 26], [35, 43], [50]])
    }

    @Test func theDelimiterIsTheHeadersFirstSemicolonOrTabOutsideQuotes() throws {
        #expect(try CSVReader(Array("\"a;b\",c\tb\n".utf8)).delimiter == UInt8(ascii: "\t"))
        #expect(try CSVReader(Array("a,\"b;c\"\nd;e\n".utf8)).delimiter == UInt8(ascii: ","))
        #expect(try CSVReader(Array("a;b\n".utf8)).delimiter == UInt8(ascii: ";"))
    }

    /// What reading every row of `bytes` fails with, or nil.
    private func failure(_ bytes: [UInt8]) -> CSVReader.Failure? {
        do {
            var reader = try CSVReader(bytes)
            var row: [CSVTable.Cell] = []
            while try reader.nextRow(into: &row) {}
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileOfBlankRowsIsEmptyAndABadQuoteOrByteIsPlaced() {
        #expect(failure(Array(" , \n\r\n\t\n".utf8)).map { ($0.problem.code, $0.offset) } ?? ("", -1) == ("empty-file", 0))
        #expect(failure(Array("a,b\nc,\"d\ne\n".utf8)).map { ($0.problem.code, $0.offset) } ?? ("", -1) == ("csv-unterminated-quote", 6))
        #expect(failure(Array("a,b\nc,".utf8) + [0xFF, 0x41] + Array("\n".utf8)).map { ($0.problem.code, $0.offset) } ?? ("", -1)
                == ("invalid-utf8", 6))
        #expect(failure(Array("a,b\nc,d\n".utf8)) == nil)
    }

    /// A header that is refused does not hide that the file cannot be read to its end.
    @Test func aFileThatCannotBeReadToItsEndGivesThatErrorAlone() {
        for header in ["school.id,period,school.id", "school.id,name", "school.id,period,name"] {
            let result = load(header + "\nthcs-a,2021,x\nthcs-b,\"2021,y\n", name: "records.csv")
            #expect(result.diagnostics.all.map(\.code) == ["csv-unterminated-quote"], "\(header)")
            #expect(result.diagnostics.all.first?.place.line == 3 && result.diagnostics.all.first?.place.column == 8)
            #expect(result.records.isEmpty)
        }
    }

    @Test func aQuotedNameWithCommaLineBreakAndQuotesLoadsWithItsPlacesAfterIt() {
        let text = "\u{FEFF}school.id,school.name,school.ward,period,students.enrolled,party.members,party.women\r\n"
            + "thcs-a,\"Trường \"\"A\"\", cơ sở\n2\",W,2021, 12 ,,\r\n"
            + "thcs-b,\"B\r\nx\",W,2021,\t7\t,\"  \",3\r\n"
            + "thcs-c,C,W,2021,5,,abc\r\n"
        let result = load(text, name: "records.csv")
        #expect(result.records.map(\.school.id) == ["thcs-a", "thcs-b"])
        #expect(result.records.first?.school.name == "Trường \"A\", cơ sở 2")
        #expect(result.records.map(\.students?.enrolled) == [12, 7])
        // An empty cell and a cell of spaces are missing, never zero.
        #expect(result.records[0].party == nil)
        #expect(result.records[1].party?.members == nil)
        #expect(result.records[1].party?.women == 3)
        // The bad cell's line counts the line breaks inside the quoted cells; its column leaves out the BOM.
        let error = result.diagnostics.all.map { ($0.code, $0.place.line, $0.place.column, $0.field) }
        #expect(error.count == 1)
        #expect(error.first?.0 == "wrong-type")
        #expect(error.first?.1 == 6 && error.first?.2 == 20 && error.first?.3 == "party.women")
    }

    @Test func theHeadersColumnsAreCountedWithoutTheByteOrderMark() {
        let result = load("\u{FEFF}school.id,period,school.id\nthcs-a,2021,x\n", name: "records.csv")
        let place = result.diagnostics.all.first.map { ($0.code, $0.place.line, $0.place.column) }
        #expect(place?.0 == "csv-duplicate-column" && place?.1 == 1 && place?.2 == 18)
    }

    @Test func numbersWithSpacesAroundThemAndADecimalCommaAreRead() {
        let result = load("school.id;school.name;school.ward;period;students.promotion.percent;students.enrolled\n"
                          + "thcs-a;A;W;2021; 94,7 ; 1.204 \n", name: "records.csv")
        #expect(result.diagnostics.all.isEmpty)
        #expect(result.records.first?.students?.promotion?.percent == 94.7)
        #expect(result.records.first?.students?.enrolled == 1204)
    }

    /// The findings of a targets file: the table's own (a row too wide) first, then those of its targets.
    @Test func targetsFindingsComeAfterTheTablesAndTrimmedCellsLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-targets-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "school.id,school.name,school.ward,period\nthcs-a,A,W,2021\nthcs-b,B,W,2021\n"
            .write(to: folder.appendingPathComponent("records.csv"), atomically: true, encoding: .utf8)
        try "school.id,period,name,min,better\nthcs-a,2021,T1,5,sideways\nthcs-a,2021,T2,5,lower,9\nthcs-b,2021, T3 , 7 ,\n"
            .write(to: folder.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
        let result = try Loader().load(paths: [folder.path])
        #expect(result.diagnostics.all.map(\.code) == ["csv-extra-cells", "invalid-better"])
        #expect(result.diagnostics.all.map(\.place.line) == [3, 2])
        #expect(result.diagnostics.all.map(\.place.column) == [24, 18])
        #expect(result.records.map(\.school.id) == ["thcs-b"])
        #expect(result.records.first?.targets == [Target(name: "T3", min: 7)])
    }

    /// Parts of a mixed-year section come in the order of their first filled cell; a section
    /// holding only its scheme is no section; of two columns on one path the later one counts.
    @Test func aRowBecomesTheRecordItsColumnsSay() {
        let text = "school.id,school.name,school.ward,period,students.conduct.training-2021.tot,students.conduct.conduct-2011.tot,"
            + "students.conduct.training-2021.kha,students.academic.scheme,students.academic.tot,students.academic.counts.tot\n"
            + "thcs-a,A,W,2021,,5,4,learning-2021,1,2\n"
            + "thcs-b,B,W,2021,,,,learning-2021,,\n"
        let result = load(text, name: "records.csv")
        #expect(result.diagnostics.errorCount == 0)
        let conduct = result.records.first?.students?.conduct
        #expect(conduct?.map(\.scheme.id) == ["conduct-2011", "training-2021"])
        #expect(conduct?.map { $0.counts.compactMap { $0 } } == [[5], [4]])
        #expect(result.records.first?.students?.academic?.first?.counts.first == 2)
        #expect(result.records.last?.students?.academic == nil)
    }

    /// A workbook's sheet goes through the same reading of rows as a CSV file.
    @Test func aTableHeldWholeGivesItsRowsInOrder() {
        let cell = { (text: String, offset: Int) in CSVTable.Cell(text: text, offset: offset) }
        var table = CSVTable(delimiter: UInt8(ascii: ","), header: [cell("a", 0)], rows: [[cell("1", 1)], [cell("2", 2)]])
        var row: [CSVTable.Cell] = []
        var texts: [String] = []
        while table.nextRow(into: &row) { texts += row.map(\.text) }
        #expect(texts == ["1", "2"])
    }
}
