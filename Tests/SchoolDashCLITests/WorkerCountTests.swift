import Foundation
import Testing
@testable import SchoolDashCLI
@testable import SchoolMetrics

/// Loading, checking, planning and drawing on many workers give what one worker gives: the same
/// records and findings in the same order, the same manifest and the same bytes in every file.
@Suite(.serialized) struct WorkerCountTests {
    /// A synthetic dataset of `schools` schools over two periods, damaged so that the loader and
    /// the checks have findings all through it: an unknown field on some records, enrolments
    /// that do not add up, a repeated school and period and a school under two names (JSON);
    /// an unknown column and rows with cells too many (CSV, in more rows than one batch).
    private static func damagedSample(schools: Int, format: String) throws -> URL {
        let run = Run(["sample", "--schools", "\(schools)", "--seed", "11", "--periods", "2", "--format", format])
        #expect(run.code == .ok, "\(run.errors)")
        for file in run.files() {
            let url = run.out.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            for index in lines.indices where !lines[index].isEmpty && lines[index] != "[" && lines[index] != "]" {
                if format == "csv" {
                    guard file == "records.csv" else { continue }
                    lines[index] += index == 0 ? ",notes" : index % 97 == 0 ? ",1,x" : ",1"
                } else if index % 53 == 0 {
                    lines[index] = lines[index].replacingOccurrences(of: "{\"school\":", with: "{\"notes\":\"x\",\"school\":")
                } else if index % 7 == 0 {
                    lines[index] = moreEnrolled(lines[index])
                }
            }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        if format == "json" {
            let first = try String(contentsOf: run.out.appendingPathComponent(run.files().sorted()[0]), encoding: .utf8)
                .components(separatedBy: "\n").map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }
            var renamed = first[2]
            renamed.replaceSubrange(renamed.range(of: "\"name\":\"")!, with: "\"name\":\"Trường mới ")
            try ("[\n" + moreEnrolled(first[3]) + ",\n" + renamed + "\n]\n")
                .write(to: run.out.appendingPathComponent("zz-repeats.json"), atomically: true, encoding: .utf8)
        }
        return run.out
    }

    /// A record's line with one student more enrolled than its distributions count.
    private static func moreEnrolled(_ line: String) -> String {
        guard let range = line.range(of: #""enrolled":\d+"#, options: .regularExpression) else { return line }
        let enrolled = Int(line[range].dropFirst("\"enrolled\":".count))! + 1
        return line.replacingCharacters(in: range, with: "\"enrolled\":\(enrolled)")
    }

    @Test(arguments: ["json", "csv"])
    func loadingAndCheckingGiveTheSameWithThreeWorkers(format: String) throws {
        let folder = try Self.damagedSample(schools: 300, format: format)
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = try Loader(workers: 1).load(paths: [folder.path])
        let three = try Loader(workers: 3).load(paths: [folder.path])
        #expect(one.records.count > (format == "csv" ? 512 : 100), "more rows than one batch")
        // Compared as a whole, said in a line: a failure should not print 600 records.
        let sameRecords = one.records == three.records, sameFindings = one.diagnostics.all == three.diagnostics.all
        #expect(sameRecords, "the records differ")
        #expect(sameFindings, "the loader's findings differ")
        let checked = Validator.findings(for: one, workers: 1)
        #expect(checked.all.count > one.diagnostics.all.count + (format == "csv" ? 0 : 10))
        let checkedByThree = Validator.findings(for: three, workers: 3)
        let sameChecks = checked.all == checkedByThree.all
        #expect(sameChecks, "the checks' findings differ")
        #expect(checked.errorCount == checkedByThree.errorCount && checked.omissionNotes == checkedByThree.omissionNotes)
        let codes = Set(checked.all.map(\.code))
        let expected = format == "csv" ? ["unknown-field", "csv-extra-cells"]
                                       : ["unknown-field", "distribution-total-mismatch", "duplicate-record", "school-name-conflict"]
        for code in expected { #expect(codes.contains(code), "\(code) in \(codes.sorted())") }
    }

    @Test func aBuildWritesTheSameFilesWithOneWorkerOrThree() throws {
        let folder = try Self.damagedSample(schools: 200, format: "json")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The overview (meeting pack and comparison of all schools) too, so every kind of document is drawn.
        let arguments = ["build", folder.path, "--format", "pdf", "--lang", "en", "--overview-limit", "1000"]
        let one = Run(arguments + ["--jobs", "1"]), three = Run(arguments + ["--jobs", "3"])
        defer { one.remove(); three.remove() }
        #expect(one.code == .dataErrors && three.code == .dataErrors)
        // The findings, in the same order and words; the last line gives the time taken.
        #expect(one.errors.count > 20)
        #expect(one.errors.dropLast() == three.errors.dropLast())
        let manifest = try one.manifest()
        #expect(manifest.count > 400)
        #expect(try one.bytes("manifest.json") == three.bytes("manifest.json"))
        #expect(one.files() == three.files())
        for file in one.files() {
            #expect(try one.bytes(file) == three.bytes(file), "\(file)")
        }
    }
}
