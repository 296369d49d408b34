import Foundation
import Testing
@testable import SchoolMetrics

/// The synthetic dataset behind `schooldash sample`, and the encoders that write records back
/// in the input format.
struct SyntheticDatasetTests {
    let dataset = SyntheticDataset(schools: 400, seed: 11, periods: 2)

    /// Records without the place they were read from, to compare with generated ones.
    private func stripped(_ records: [Record]) -> [Record] {
        records.map { record in
            var record = record
            record.source = nil
            return record
        }
    }

    @Test func sameSettingsGiveTheSameRecordsAndAnotherSeedOthers() {
        #expect(dataset.records == SyntheticDataset(schools: 400, seed: 11, periods: 2).records)
        #expect(dataset.records != SyntheticDataset(schools: 400, seed: 12, periods: 2).records)
        #expect(dataset.records.count == 800)
        #expect(Set(dataset.records.map(\.school.id)).count == 400)
    }

    @Test func jsonWrittenByTheEncoderReadsBackAsTheSameRecords() {
        let text = "[" + dataset.records.map { RecordJSON.encode($0).serialized() }.joined(separator: ",") + "]"
        let loaded = Loader().load(bytes: Array(text.utf8), name: "sample.json")
        #expect(loaded.diagnostics.errorCount == 0)
        #expect(stripped(loaded.records) == dataset.records)
    }

    @Test func csvWrittenByTheEncoderReadsBackAsTheSameRecords() {
        var columns: [String] = []
        for record in dataset.records {
            for (column, _) in RecordCSV.cells(record) where !columns.contains(column) { columns.append(column) }
        }
        var records = RecordCSV.line(columns) + "\n"
        var targets = RecordCSV.line(RecordCSV.targetColumns) + "\n"
        for record in dataset.records {
            let cells = Dictionary(uniqueKeysWithValues: RecordCSV.cells(record))
            records += RecordCSV.line(columns.map { cells[$0] ?? "" }) + "\n"
            for row in RecordCSV.targetRows(record) { targets += RecordCSV.line(row) + "\n" }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-csv-\(UUID())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("records.csv").path, contents: Data(records.utf8)))
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent("targets.csv").path, contents: Data(targets.utf8)))
        let loaded = try? Loader().load(paths: [folder.path])
        #expect(loaded?.diagnostics.errorCount == 0)
        #expect(stripped(loaded?.records ?? []) == dataset.records)
    }

    @Test func theDatasetLooksLikeACountry() {
        let records = dataset.records
        let latest = records.filter { $0.period == "2024" }
        // Wards of 3 to 25 schools (the very last ward may be cut short by the school count).
        let wards = Dictionary(grouping: latest) { [$0.school.province, $0.school.district, $0.school.ward] }
        #expect(wards.values.dropLast().allSatisfy { (1...25).contains($0.count) })
        #expect(wards.values.filter { $0.count >= 3 }.count >= wards.count - 2)
        // Numbered wards repeat across districts.
        let districtsWithPhuong1 = Set(latest.filter { $0.school.ward == "Phường 1" }.map { [$0.school.province, $0.school.district] })
        #expect(districtsWithPhuong1.count >= 2)
        // Every level, mixed-year records, missing sections, both forms of rate.
        #expect(Set(latest.compactMap(\.school.level)) == ["Mầm non", "Tiểu học", "THCS", "THPT"])
        #expect(latest.contains { ($0.students?.conduct?.count ?? 0) == 2 })
        #expect(records.contains { $0.party == nil } && records.contains { $0.targets == nil } && records.contains { $0.students == nil })
        #expect(records.contains { $0.students?.promotion?.percent != nil } && records.contains { $0.students?.promotion?.count != nil })
        // Targets of every kind.
        let targets = records.flatMap { $0.targets ?? [] }
        #expect(targets.contains { $0.min != nil && $0.max != nil && $0.actual != nil })
        #expect(targets.contains { $0.min != nil && $0.max == nil })
        #expect(targets.contains { $0.better == .lower })
        #expect(targets.contains { $0.isYesNo && $0.achieved == true } && targets.contains { $0.isYesNo && $0.achieved == false })
        #expect(targets.contains { $0.isYesNo && $0.achieved == nil })
        #expect(targets.contains { $0.metric != nil } && targets.contains { !$0.isYesNo && $0.actual == nil && $0.metric == nil })
        // Every name in Vietnamese with its diacritics, every id file-safe.
        #expect(latest.contains { $0.school.name.contains("ư") || $0.school.name.contains("ơ") })
        #expect(records.allSatisfy { $0.school.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } })
    }

    @Test func theDatasetHasNoDataErrors() {
        let text = "[" + dataset.records.map { RecordJSON.encode($0).serialized() }.joined(separator: ",") + "]"
        let loaded = Loader().load(bytes: Array(text.utf8), name: "sample.json")
        let findings = Validator.findings(for: loaded)
        #expect(findings.errorCount == 0)
    }
}
