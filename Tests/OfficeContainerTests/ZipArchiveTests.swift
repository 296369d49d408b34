import Foundation
import Testing
import OfficeContainer

@Suite("Zip archives read with libzip, within limits")
struct ZipArchiveTests {
    @Test func anArchiveGivesItsNamesAndItsFiles() throws {
        let archive = try ZipArchive(try fixture("no-references.xlsx"))
        #expect(archive.names.contains("xl/workbook.xml"))
        #expect(archive.names == archive.names.sorted())
        let workbook = String(decoding: try archive.file("xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("<x:sheet name=\"Sheet1\""))
        #expect(throws: ZipArchive.Failure.self) { try archive.file("word/document.xml") }
    }

    @Test func aZipBombByRatioIsRefusedBeforeInflating() throws {
        let bomb = try fixture("bomb-ratio.zip")
        #expect(bomb.count < 200_000)
        let archive = try ZipArchive(bomb)
        let failure = try #require(throws: ZipArchive.Failure.self) { try archive.file("zeros.txt") }
        #expect(failure.reason.contains("zip bomb"))
        // Under a size limit smaller than the entry, the size is what refuses it.
        let small = try ZipArchive(bomb, limits: ZipArchive.Limits(entrySize: 1 << 20))
        let sized = try #require(throws: ZipArchive.Failure.self) { try small.file("zeros.txt") }
        #expect(sized.reason.contains("125829120 bytes uncompressed"))
    }

    @Test func anEntryThatHoldsMoreThanItDeclaresIsRefused() throws {
        // It declares 1,000 bytes and inflates to 10 MB: at most 1,001 bytes are inflated.
        let archive = try ZipArchive(try fixture("bomb-lying.zip"))
        let failure = try #require(throws: ZipArchive.Failure.self) { try archive.file("zeros.txt") }
        #expect(failure.reason.contains("zeros.txt"))
        #expect(failure.reason.contains("more than") || failure.reason.contains("CRC"), "\(failure.reason)")
    }

    @Test func theDeclaredTotalAndTheNumberOfEntriesAreLimited() throws {
        let bytes = try fixture("no-references.xlsx")
        let many = try #require(throws: ZipArchive.Failure.self) { try ZipArchive(bytes, limits: ZipArchive.Limits(entries: 3)) }
        #expect(many.reason.contains("entries"))
        let total = try #require(throws: ZipArchive.Failure.self) { try ZipArchive(bytes, limits: ZipArchive.Limits(totalSize: 100)) }
        #expect(total.reason.contains("uncompressed"))
    }

    @Test func bytesThatAreNoArchiveAreRefusedWithoutACrash() throws {
        for bytes in [[], Array("not a zip".utf8), Array(try fixture("no-references.xlsx").prefix(300))] {
            #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes) }
        }
    }
}
