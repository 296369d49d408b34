import Foundation
import Testing
@testable import SchoolImport
@testable import SchoolMetrics

/// Reading a report's text (the ground work of `import`, #8): plain text in any line ending and
/// normalization, and Word files through our zip reader and Foundation's XML parser.
@Suite struct ReportTextTests {
    let text = Array(FileManager.default.contents(atPath: fixturePath("seeds/000_dfb0222280ea5405.txt")) ?? Data())
    let docx = Array(FileManager.default.contents(atPath: fixturePath("ky-phuong.docx")) ?? Data())

    @Test func aWordFileReadsAsTheSameLinesAsItsText() throws {
        let plain = try ReportText(name: "ky-phuong.txt", bytes: text)
        let word = try ReportText(name: "ky-phuong.docx", bytes: docx)
        #expect(plain.lines.count == 295)
        #expect(word.lines == plain.lines)
        #expect(word.lines.contains("Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%"))
    }

    @Test func crlfAndDecomposedTextReadAsTheSameLines() throws {
        let plain = try ReportText(name: "a.txt", bytes: text)
        let windows = String(decoding: text, as: UTF8.self).decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\n", with: "\r\n")
        let other = try ReportText(name: "a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(windows.utf8))
        #expect(other.lines == plain.lines)
    }

    @Test func brokenFilesAreRefusedWithAReason() {
        #expect(throws: ReportText.Failure(description: "a.docx: not a zip archive (no central directory)")) {
            try ReportText(name: "a.docx", bytes: Array(text.prefix(500)))
        }
        #expect(throws: ReportText.Failure.self) { try ReportText(name: "a.docx", bytes: Array(docx.prefix(docx.count / 2)) + Array(docx.suffix(22))) }
        #expect(throws: ReportText.Failure(description: "a.txt: the text is not UTF-8")) {
            try ReportText(name: "a.txt", bytes: [0x41, 0xFF, 0x42])
        }
    }
}

/// Numbers as the reports print them.
@Suite struct PrintedNumberTests {
    @Test(arguments: [("1.438", 1438.0), ("94,7", 94.7), ("0.14", 0.14), ("09", 9), ("10,89", 10.89), ("1.204.000", 1_204_000),
                      ("1.204,5", 1204.5), ("698", 698), ("0,43", 0.43), ("2.5", 2.5)])
    func readsPrintedNumbers(_ text: String, _ value: Double) {
        #expect(PrintedNumber.value(text) == value)
    }

    @Test(arguments: ["", "1.2.3", "12,3,4", ",5", "5.", "1.20.000", "abc", "1,204.5"])
    func refusesWhatIsNotANumber(_ text: String) {
        #expect(PrintedNumber.value(text) == nil)
    }

    @Test func findsFiguresAndRangesInALine() {
        let found = PrintedNumber.all(in: "Học sinh giỏi tỉnh: 4- 6 giải, Tốt nghiệp THCS: 96% - 98%, kết nạp 2 đến 4 quần chúng; 45 %")
        #expect(found.map(\.low) == [4, 96, 2, 45])
        #expect(found.map(\.high) == [6, 98, 4, nil])
        #expect(found.map(\.percent) == [false, true, false, true])
        let line = "Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%"
        let figures = PrintedNumber.all(in: line)
        #expect(figures.map(\.low) == [661, 698, 94.7])
        let scalars = Array(line.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[figures[2].range])) == "94,7%")
    }
}
