import Foundation
import SchoolMetrics
import Testing
@testable import SchoolDashCLI

/// `schooldash sample` as JSON and as CSV: the two are the same records, read either way.
struct SampleFormatsTests {
    /// Records without the place they were read from.
    private func stripped(_ records: [Record]) -> [Record] {
        records.map { record in
            var record = record
            record.source = nil
            return record
        }
    }

    @Test func theCSVOfASampleLoadsAsTheSameRecordsAsItsJSON() throws {
        let json = Run(["sample", "--schools", "300", "--periods", "2", "--seed", "5"])
        let csv = Run(["sample", "--schools", "300", "--periods", "2", "--seed", "5", "--format", "csv"])
        defer { json.remove(); csv.remove() }
        #expect(json.code == .ok && csv.code == .ok)
        let fromJSON = try Loader().load(paths: [json.out.path]), fromCSV = try Loader().load(paths: [csv.out.path])
        #expect(fromJSON.records.count == 600)
        #expect(fromJSON.diagnostics.all.isEmpty && fromCSV.diagnostics.all.isEmpty)
        // Records, targets and mixed-year sections alike, in the same order.
        #expect(fromCSV.records.contains { $0.targets?.isEmpty == false })
        #expect(fromCSV.records.contains { ($0.students?.conduct?.count ?? 0) > 1 })
        #expect(stripped(fromCSV.records) == stripped(fromJSON.records))
    }
}
