import Foundation
import Testing
@testable import SchoolMetrics

/// CSV as Excel saves it: Windows-1258 and UTF-16 (files made by iconv, scripts/make-xlsx-fixtures.sh).
@Suite("CSV in the encodings Excel saves")
struct EncodingTests {
    private func loadFixture(_ name: String) throws -> Loader.Result {
        try Loader().load(paths: [fixturePath("encodings/" + name)])
    }

    @Test(arguments: [("windows-1258.csv", "Windows-1258"), ("utf-16le-tab.csv", "UTF-16 LE"), ("utf-16be-semicolon.csv", "UTF-16 BE")])
    func legacyEncodingsAreReadWithAWarning(file: String, encoding: String) throws {
        let result = try loadFixture(file)
        let record = try #require(result.records.first)
        #expect(record.school.name == "Trường THCS Kỳ Phương")
        #expect(record.school.name == record.school.name.precomposedStringWithCanonicalMapping)
        #expect(record.school.ward == "Phường Kỳ Phương")
        #expect(record.students?.enrolled == 698)
        #expect(result.diagnostics.all.map(\.code) == ["csv-encoding"])
        let warning = try #require(result.diagnostics.all.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.en.contains(encoding) && warning.message.en.contains("CSV UTF-8"))
        #expect(warning.message.vi.contains(encoding))
    }

    @Test func windows1258IsTheCodePageWithCombiningToneMarks() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturePath("encodings/windows-1258.csv"))))
        // "Trường": ư is 0xFD, ờ is ơ (0xF5) then the combining grave (0xCC).
        #expect(bytes.contains(0xCC) && bytes.contains(0xFD))
        let decoded = try CSVEncoding.decode(bytes)
        #expect(decoded.encoding == "Windows-1258")
        #expect(String(decoding: decoded.bytes, as: UTF8.self).contains("Trường THCS Kỳ Phương"))
    }

    @Test func utf8IsNeverTakenForWindows1258() throws {
        let text = "school.id,school.name\nthcs-a,Trường THCS Kỳ Phương\n"
        let decoded = try CSVEncoding.decode(Array(text.utf8))
        #expect(decoded.encoding == nil)
        #expect(decoded.bytes == Array(text.utf8))
    }

    @Test func aFileInNoKnownEncodingNamesItsFirstBadByteNotAnEmptyFile() throws {
        let result = try loadFixture("unknown.csv")
        #expect(result.diagnostics.all.map(\.code) == ["invalid-utf8"])
        let place = try #require(result.diagnostics.all.first?.place)
        #expect(place.line == 2 && place.column == 10)
        // Control characters are not text in any code page: binary junk is refused, not decoded.
        #expect(throws: CSVEncoding.Failure.self) { try CSVEncoding.decode([0x61, 0x01, 0xE9, 0x62]) }
        // Latin-1 bytes that Windows-1258 defines but that hold nothing Vietnamese are not taken for it,
        // nor a tone mark that follows no letter.
        #expect(throws: CSVEncoding.Failure.self) { try CSVEncoding.decode(Array("caf".utf8) + [0xE9, 0xFF]) }
        #expect(throws: CSVEncoding.Failure.self) { try CSVEncoding.decode([0x61, 0x2C, 0xEC, 0x62]) }
        #expect(try CSVEncoding.decode([0x56, 0x69, 0xEA, 0xF2, 0x74]).encoding == "Windows-1258")  // "Việt", dot below after ê
        // A lone UTF-16 surrogate.
        #expect(throws: CSVEncoding.Failure.self) { try CSVEncoding.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) }
    }

    @Test func theFirstInvalidUTF8ByteIsFound() {
        #expect(CSVEncoding.firstInvalidUTF8(Array("Kỳ Phương".utf8)) == nil)
        #expect(CSVEncoding.firstInvalidUTF8([0x41, 0xC0, 0x80]) == 1)        // overlong
        #expect(CSVEncoding.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80]) == 1)  // surrogate
        #expect(CSVEncoding.firstInvalidUTF8([0x41, 0x42, 0xE1, 0xBB]) == 2)  // cut short
        #expect(CSVEncoding.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80]) == 0)  // above U+10FFFF
        // Long runs of ASCII are passed over eight bytes at a time: what comes after them is still checked.
        let ascii = Array("school.id,period,name\n".utf8)
        #expect(CSVEncoding.firstInvalidUTF8(ascii + Array("Trường ".utf8) + ascii) == nil)
        for cut in 0..<9 {
            let before = Array(repeating: UInt8(ascii: "a"), count: 16 + cut)
            #expect(CSVEncoding.firstInvalidUTF8(before + [0xE1, 0xBB, 0x9D] + ascii) == nil)
            #expect(CSVEncoding.firstInvalidUTF8(before + [0xE1, 0xBB] + ascii) == 16 + cut)
            #expect(CSVEncoding.firstInvalidUTF8(before + ascii + [0xFF]) == 16 + cut + ascii.count)
        }
    }
}
