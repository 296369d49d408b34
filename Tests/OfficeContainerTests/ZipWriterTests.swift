import Testing
@testable import OfficeContainer

@Suite("ZipWriter: deflated entries in order, at a fixed time, through libzip")
struct ZipWriterTests {
    static let entries: [(String, [UInt8])] = [
        ("[Content_Types].xml", Array("<Types/>".utf8)),
        ("word/document.xml", Array(String(repeating: "<w:p>Trường THCS Kỳ Phương</w:p>", count: 200).utf8)),
        ("word/media/image1.png", (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7) }),
        ("notes.txt", Array("đ".utf8)),
    ]

    func archive(time: Int = 946_684_800) throws -> [UInt8] {
        let writer = try ZipWriter(entryTime: time)
        for (name, bytes) in Self.entries { try writer.add(name, bytes) }
        return try writer.finish()
    }

    func uint16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }

    @Test func whatIsWrittenReadsBackEntryByEntry() throws {
        let zip = try ZipArchive(try archive())
        #expect(zip.names == Self.entries.map(\.0).sorted())
        for (name, bytes) in Self.entries { #expect(try zip.file(name) == bytes, "\(name)") }
    }

    @Test func theEntriesAreStoredInTheOrderAddedDeflatedAtTheFixedTime() throws {
        let bytes = try archive()
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let nameLength = uint16(bytes, 26)
        #expect(String(decoding: bytes[30..<30 + nameLength], as: UTF8.self) == "[Content_Types].xml", "the content types first")
        #expect(uint16(bytes, 8) == 8, "deflated")
        // 2000-01-01 00:00:00: date (20 << 9 | 1 << 5 | 1), time 0.
        #expect(uint16(bytes, 10) == 0 && uint16(bytes, 12) == 20 << 9 | 1 << 5 | 1)
        #expect(uint16(bytes, 28) == 0, "no extra field with a clock time")
        let document = Self.entries[1].1
        let compressed = Int(bytes[18]) | Int(bytes[19]) << 8 // the first entry is small
        #expect(compressed < 100)
        #expect(try archive().count < document.count, "deflate packs the repeated paragraph")
    }

    @Test func theSameEntriesGiveTheSameBytesAndAnotherTimeOthers() throws {
        #expect(try archive() == archive())
        #expect(try archive() != archive(time: 1_700_000_000))
    }

    @Test(arguments: [(0, 0, 33), (315_532_800, 0, 33), (946_684_800, 0, 10273), (1_700_000_000, 22 << 11 | 13 << 5 | 10, 43 << 9 | 11 << 5 | 14)])
    func dosTimesAreUTCClampedTo1980(_ seconds: Int, _ time: Int, _ date: Int) {
        let (dosTime, dosDate) = ZipWriter.dosTime(seconds)
        #expect(Int(dosTime) == time && Int(dosDate) == date)
    }

    @Test func anEmptyArchiveIsJustItsEndAndAddingAfterFinishingIsAnError() throws {
        let writer = try ZipWriter(entryTime: 0)
        let empty = try writer.finish()
        #expect(empty == [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        #expect(try ZipArchive(empty).names.isEmpty)
        #expect(throws: ZipWriter.Failure.self) { try writer.add("late.txt", [1]) }
    }
}
