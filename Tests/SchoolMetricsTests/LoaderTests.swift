import Foundation
import Testing
@testable import SchoolMetrics

@Suite("Loading every form the format allows")
struct LoaderTests {
    @Test func theDemoLoadsToEqualRecordsFromJSONAndFromCSV() throws {
        let json = try Loader().load(paths: [packagePath("Samples/demo/json")])
        let csv = try Loader().load(paths: [packagePath("Samples/demo/csv")])
        #expect(!json.diagnostics.hasErrors)
        #expect(!csv.diagnostics.hasErrors)
        #expect(json.records.count >= 24)
        let strip = { (records: [Record]) in records.map { record -> Record in
            var copy = record
            copy.source = nil
            return copy
        }.sorted { $0.key < $1.key } }
        #expect(strip(json.records) == strip(csv.records))
    }

    @Test func theSamplesLoadWithoutErrors() throws {
        let result = try Loader().load(paths: [packagePath("Samples")])
        #expect(result.diagnostics.errorCount == 0)
        #expect(result.records.contains { $0.key == RecordKey(school: "thcs-ky-phuong", period: "2021") })
    }

    @Test func theKyPhuongSampleHoldsTheReportsFigures() throws {
        let result = try Loader().load(paths: [packagePath("Samples/seeds/thcs-ky-phuong.json")])
        let record = try #require(result.records.first { $0.period == "2021" })
        let conduct = try #require(record.students?.conduct?.first)
        #expect(conduct.counts == [661, 33, 3, 1])
        #expect(conduct.reportedPercent == [94.7, 4.73, 0.43, 0.14])
        #expect(record.students?.academic?.first?.counts == [76, 386, 229, 6, 1])
        #expect(record.students?.promotion?.percent == 99.86)
        #expect(record.party?.classification == [6, 21, 1, 0])
        let targets = try #require(result.records.first { $0.period == "2022" }?.targets)
        #expect(targets.allSatisfy { $0.actual == nil && $0.achieved == nil })
    }

    @Test func keysMayBeIdsOrLabelsInAnyCaseAndNormalization() {
        let nfd = "Trung bình".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count != "Trung bình".unicodeScalars.count)
        let text = recordJSON("""
        "students": { "conduct": { "scheme": "conduct-2011", "counts": { "TỐT": 5, "khá": 4, "\(nfd)": 3, "yeu": 1 } } }
        """)
        let result = load(text)
        #expect(result.records.first?.students?.conduct?.first?.counts == [5, 4, 3, 1])
    }

    @Test func textInNFDBecomesNFC() {
        let name = "Trường THCS Kỳ Phương"
        let text = "{ \"school\": { \"id\": \"a\", \"name\": \"\(name.decomposedStringWithCanonicalMapping)\", \"ward\": \"W\" }, \"period\": \"2021\" }"
        let loaded = load(text).records.first?.school.name
        #expect(loaded == name)
        #expect(loaded?.unicodeScalars.count == name.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func invisibleCharactersAreRemovedWithAWarning() {
        let text = "{ \"school\": { \"id\": \"a\", \"name\": \"Trường\\u200b A\\u202e\", \"ward\": \"W\" }, \"period\": \"2021\" }"
        let result = load(text)
        #expect(result.records.first?.school.name == "Trường A")
        #expect(result.diagnostics.all.contains { $0.code == "text-cleaned" && $0.severity == .warning })
    }

    @Test func aMissingSectionIsNotZero() {
        let record = load(recordJSON()).records.first
        #expect(record?.students == nil)
        #expect(record?.party == nil)
        #expect(record?.targets == nil)
    }

    @Test func aRateMayBeCounts() {
        let record = load(recordJSON("\"students\": { \"promotion\": { \"count\": 697, \"of\": 698 } }")).records.first
        #expect(record?.students?.promotion == Rate(count: 697, of: 698))
    }

    @Test func mixedYearsKeepEachScheme() {
        let text = recordJSON("""
        "students": { "conduct": [
          { "scheme": "training-2021", "grades": [7, 6], "counts": { "tot": 10, "kha": 5, "dat": 1, "chua-dat": 0 } },
          { "scheme": "conduct-2011", "grades": [8, 9], "counts": { "tot": 12, "kha": 3 } } ] }
        """)
        let parts = load(text).records.first?.students?.conduct
        #expect(parts?.map(\.scheme.id) == ["training-2021", "conduct-2011"])
        #expect(parts?.first?.grades == [6, 7])
        #expect(parts?.last?.counts == [12, 3, nil, nil])
    }

    @Test func aRecordMayDefineItsOwnScheme() {
        let text = recordJSON("""
        "students": { "academic": { "scheme": { "id": "my-scheme", "categories": [ { "id": "a", "label": "Loại A" }, { "id": "b", "label": "Loại B" } ] },
                                    "counts": { "Loại A": 3, "b": 4 } } }
        """)
        let part = load(text).records.first?.students?.academic?.first
        #expect(part?.scheme.id == "my-scheme")
        #expect(part?.counts == [3, 4])
    }

    @Test func unknownFieldsWarnWithASuggestion() throws {
        let result = load(recordJSON("\"students\": { \"enroled\": 698 }"))
        let warning = try #require(result.diagnostics.all.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.en == "unknown field \"students.enroled\" — did you mean \"enrolled\"?")
        #expect(result.records.count == 1)
    }

    @Test func aTargetsFileJoinsItsRecordsFromAnotherFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "school.id,school.name,school.ward,period\nthcs-a,A,W,2021\n"
            .write(to: folder.appendingPathComponent("records.csv"), atomically: true, encoding: .utf8)
        try "school.id;period;name;min;max;better;actual;achieved;metric\nthcs-a;2021;Xếp hạng;;4;lower;3;;\nthcs-a;2021;Liên đội;;;;;có;\n"
            .write(to: folder.appendingPathComponent("targets.csv"), atomically: true, encoding: .utf8)
        let result = try Loader().load(paths: [folder.path])
        #expect(result.diagnostics.all.isEmpty)
        let targets = try #require(result.records.first?.targets)
        #expect(targets == [Target(name: "Xếp hạng", max: 4, better: .lower, actual: 3), Target(name: "Liên đội", achieved: true)])
    }

    @Test(arguments: [
        ("94,7", true, 94.7), ("1.204", true, 1204), ("1.204,5", true, 1204.5), ("0,14", true, 0.14), ("94.7", true, 94.7),
        ("94.7", false, 94.7), ("1e3", false, 1000), (" 12 ", false, 12),
    ])
    func csvNumbers(_ text: String, _ decimalComma: Bool, _ expected: Double) {
        #expect(NumberText.canonical(text, decimalComma: decimalComma).flatMap(Double.init) == expected)
    }

    @Test(arguments: [("1.20,5", true), ("94,7", false), ("1,204", false), ("abc", true), ("", true), ("1.2.3", true)])
    func csvNonNumbers(_ text: String, _ decimalComma: Bool) {
        #expect(NumberText.canonical(text, decimalComma: decimalComma) == nil)
    }

    @Test func csvQuotingFollowsRFC4180() throws {
        let text = "\u{FEFF}school.id,school.name,school.ward,period\r\nthcs-a,\"Trường \"\"A\"\", cơ sở\n2\",W,2021\r\n"
        let result = load(text, name: "r.csv")
        #expect(result.records.first?.school.name == "Trường \"A\", cơ sở 2")
        #expect(result.diagnostics.all.isEmpty)
    }

    @Test func aDirectoryIsSearchedRecursivelyInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try recordJSON(school: "x").write(to: folder.appendingPathComponent("b/c/x.JSON"), atomically: true, encoding: .utf8)
        try recordJSON(school: "y").write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("b/readme.txt"), atomically: true, encoding: .utf8)
        let result = try Loader().load(paths: [folder.path])
        #expect(result.records.map(\.school.id) == ["y", "x"])
    }

    @Test func aMissingPathIsAnInputError() {
        #expect(throws: InputError.self) { try Loader().load(paths: ["/no/such/place"]) }
    }

    @Test func aFileAboveTheLimitIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).json")
        try String(repeating: " ", count: 2000).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Loader(maximumFileSize: 1000).load(paths: [file.path])
        #expect(result.diagnostics.all.first?.code == "file-too-large")
    }

    @Test func placesAreTheSameInAnyOrderOfAsking() {
        let text = Array("\u{FEFF}ab\ncả ngày dài\n[1, 2, \"ư\", 3]".utf8)
        let offsets = Array(0...text.count)
        let fresh = offsets.map { SourceText(name: "f", bytes: text).place(of: $0) }
        let shared = SourceText(name: "f", bytes: text)
        for offset in offsets.shuffled() + offsets + offsets.reversed() {
            #expect(shared.place(of: offset) == fresh[offset])
        }
        #expect(fresh[text.count].line == 3)
        #expect(fresh[text.count].column == 15)
    }
}
