import Foundation
import Testing
@testable import SchoolMetrics

/// Thousands of random mutations of every sample file, fed to the loader and the validator:
/// no crash, trap or hang, and every error says where it is. Deterministic (a fixed seed), and
/// bounded in time so the suite stays fast.
@Suite("Mutated samples never crash and every error has a place", .timeLimit(.minutes(1)))
struct MutationTests {
    static let samples: [(name: String, bytes: [UInt8])] = {
        let folders = ["Samples/demo/json", "Samples/demo/csv", "Samples/seeds"]
        return folders.flatMap { folder -> [(String, [UInt8])] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: packagePath(folder))) ?? []
            return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.sorted().map { name in
                (name, Array(FileManager.default.contents(atPath: packagePath(folder + "/" + name)) ?? Data()))
            }
        }
    }()

    @Test func everySampleIsThere() {
        #expect(Self.samples.count >= 9)
        #expect(Self.samples.allSatisfy { $0.bytes.count > 100 })
    }

    @Test func mutationsGiveLocatedErrorsNeverACrash() {
        var random = RandomSource(seed: 2026)
        let deadline = Date().addingTimeInterval(4)
        var tried = 0, failing = 0
        while tried < 6000 && (tried < 600 || Date() < deadline) {
            let sample = Self.samples[tried % Self.samples.count]
            let mutated = Mutator.mutate(sample.bytes, times: random.int(1...3), random: &random)
            let loaded = Loader().load(bytes: mutated, name: sample.name)
            let findings = Validator.findings(for: loaded)
            #expect(findings.unlocatedErrors.isEmpty, "\(findings.unlocatedErrors.map(\.code)) in a mutation of \(sample.name)")
            #expect(findings.all.allSatisfy { !$0.message.text(.en).isEmpty && !$0.message.text(.vi).isEmpty })
            if findings.hasErrors { failing += 1 }
            tried += 1
        }
        // Most mutations must break something, or the mutator is not testing anything.
        #expect(tried >= 600)
        #expect(failing > tried / 4, "\(failing) of \(tried) mutations gave errors")
    }

    /// What `make fuzz` found, kept as regression fixtures (see the README).
    @Test func fuzzFindingsStayFixed() throws {
        let folder = packagePath("Tests/SchoolMetricsTests/Fixtures/fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = Array(try #require(FileManager.default.contents(atPath: folder + "/" + name)))
            #expect(FuzzInput.check(bytes).unlocatedErrors.isEmpty, "\(name)")
        }
    }
}

/// Ways hand-made files go wrong.
enum Mutator {
    static let hostileNumbers = ["99999999999999999999", "-5", "-1e308", "12.5", "NaN", "1e309", "0.000001", "-0", "1e3", "00012", "Infinity"]

    static func mutate(_ bytes: [UInt8], times: Int, random: inout RandomSource) -> [UInt8] {
        var result = bytes
        for _ in 0..<times where !result.isEmpty { result = once(result, random: &random) }
        return result
    }

    static func once(_ bytes: [UInt8], random: inout RandomSource) -> [UInt8] {
        var bytes = bytes
        let at = random.int(0...(bytes.count - 1))
        switch random.int(0...9) {
        case 0: // a flipped byte
            bytes[at] ^= UInt8(1 << random.int(0...7))
        case 1: // truncated
            bytes.removeSubrange(at...)
        case 2, 3: // a line duplicated or deleted
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let line = random.int(0...(lines.count - 1))
            if random.chance(0.5) { lines.insert(lines[line], at: line) } else { lines.remove(at: line) }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 4: // delimiters swapped
            bytes = bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ";") : $0 == UInt8(ascii: ";") ? UInt8(ascii: ",") : $0 }
        case 5, 6: // a number replaced by a hostile one
            guard let start = bytes[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { break }
            let end = bytes[start...].firstIndex { !($0 >= 0x30 && $0 <= 0x39) } ?? bytes.endIndex
            bytes.replaceSubrange(start..<end, with: Array(random.pick(hostileNumbers).utf8))
        case 7: // a key changed to a near miss
            guard let quote = bytes[at...].firstIndex(of: UInt8(ascii: "\"")), quote + 2 < bytes.count else { break }
            bytes[quote + 1] = UInt8(ascii: "a") + UInt8(random.int(0...25))
        case 8: // invalid UTF-8
            bytes.insert(contentsOf: random.pick([[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]), at: at)
        default: // a long string, or characters that draw as garbage
            let insert = random.chance(0.5) ? String(repeating: "Trường ", count: random.int(50...2000)) : "\u{202E}\u{200B}\u{7}"
            bytes.insert(contentsOf: Array(insert.utf8), at: at)
        }
        return bytes
    }
}
