import Testing
@testable import OfficeContainer

/// Damaged sheets and shared strings never crash the reader: each gives cells or a failure.
@Suite("Mutated SpreadsheetML parts")
struct MutatedPartsTests {
    /// Replaces, inserts and deletes bytes at positions a fixed generator picks.
    private func mutate(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        let alphabet = Array("<>/=\"'&;#x0123456789.-e tsrcvf:".utf8) + [0x00, 0xFF, 0xC3]
        var result = bytes
        for _ in 0..<(1 + next(4)) {
            let position = next(result.count)
            switch next(3) {
            case 0: result[position] = alphabet[next(alphabet.count)]
            case 1: result.insert(alphabet[next(alphabet.count)], at: position)
            default: result.remove(at: position)
            }
        }
        return result
    }

    @Test func mutatedPartsGiveCellsOrAFailureNeverACrash() throws {
        let archive = try ZipArchive(try packageBytes("Tests/SchoolMetricsTests/Fixtures/xlsx/libreoffice-percent.xlsx"))
        let sheet = try archive.file("xl/worksheets/sheet1.xml")
        let strings = try archive.file("xl/sharedStrings.xml")
        let table = try SharedStringsPart.read(strings)
        var failures = 0, parsed = 0
        for seed in 0..<400 as Range<UInt64> {
            do {
                _ = try WorksheetPart(strings: table, formats: NumberFormats()).read(mutate(sheet, seed: seed))
                _ = try SharedStringsPart.read(mutate(strings, seed: seed))
                parsed += 1
            } catch {
                #expect(!error.reason.isEmpty)
                failures += 1
            }
        }
        // Both outcomes happen: the mutations reach the parser's refusals and its tolerance.
        #expect(failures > 0 && parsed > 0)
    }
}
