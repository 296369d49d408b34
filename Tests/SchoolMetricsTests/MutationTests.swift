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
