import Foundation
import Testing
@testable import SchoolDashCLI

/// `sample`, sharded builds and their merged manifest, and a build of 2,000 synthetic schools.
@Suite(.serialized) struct ScaleTests {
    /// A synthetic dataset written by `schooldash sample`.
    private func sample(schools: Int, format: String = "json", seed: Int = 3) -> Run {
        let run = Run(["sample", "--schools", "\(schools)", "--seed", "\(seed)", "--format", format])
        #expect(run.code == .ok, "\(run.errors)")
        return run
    }

    private func bytes(_ run: Run) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: run.files().map { ($0, FileManager.default.contents(atPath: run.out.appendingPathComponent($0).path)!) })
    }

    @Test func sampleWritesTheSameFilesForTheSameSeed() throws {
        let first = sample(schools: 300), second = sample(schools: 300), other = sample(schools: 300, seed: 4)
        defer { [first, second, other].forEach { $0.remove() } }
        #expect(!bytes(first).isEmpty)
        #expect(bytes(first) == bytes(second))
        #expect(bytes(first) != bytes(other))
        let csv = sample(schools: 300, format: "csv")
        defer { csv.remove() }
        #expect(csv.files() == ["records.csv", "targets.csv"])
        // The JSON and the CSV forms are the same records: the same figures come out.
        let fromJSON = RecordingConsole(), fromCSV = RecordingConsole()
        #expect(CLI.run(["metrics", first.out.path, "--json"], console: fromJSON) == .ok)
        #expect(CLI.run(["metrics", csv.out.path, "--json"], console: fromCSV) == .ok)
        #expect(fromJSON.output.joined().count > 10_000)
        #expect(fromJSON.output == fromCSV.output)
    }

    @Test func shardsMergeIntoTheBuildOfEverything() throws {
        let data = sample(schools: 90)
        defer { data.remove() }
        let whole = Run(["build", data.out.path, "--format", "pdf", "--quiet", "--overview-limit", "0"])
        defer { whole.remove() }
        #expect(whole.code == .ok)
        let parts = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-shards-\(UUID())")
        defer { try? FileManager.default.removeItem(at: parts) }
        var runs: [Run] = []
        for part in 1...3 {
            let run = Run(["build", data.out.path, "--format", "pdf", "--quiet", "--shard", "\(part)/3"], out: parts)
            #expect(run.code == .ok, "\(run.errors)")
            runs.append(run)
        }
        let partFiles = try (1...3).map { part in
            try JSONSerialization.jsonObject(with: Data(contentsOf: parts.appendingPathComponent("manifest-\(part)-of-3.json"))) as? [String: Any]
        }
        // Every part has some wards of its own.
        var partOfPath: [String: Int] = [:]
        for (index, manifest) in partFiles.enumerated() {
            let files = try #require(manifest?["files"] as? [[String: Any]])
            #expect(files.count > 10)
            #expect((manifest?["shard"] as? [String: Any])?["of"] as? Int == 3)
            for file in files { partOfPath[file["path"] as! String] = index }
        }
        let wholeFiles = try whole.manifest()
        let merged = parts.appendingPathComponent("manifest.json")
        let console = RecordingConsole()
        let manifests = (1...3).map { parts.appendingPathComponent("manifest-\($0)-of-3.json").path }
        #expect(CLI.run(["merge-manifests"] + manifests.reversed() + ["--out", merged.path], console: console) == .ok)
        let mergedFiles = try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: merged)) as? [String: Any])?["files"] as? [[String: Any]])
        let paths = mergedFiles.map { $0["path"] as! String }
        #expect(Set(paths) == Set(wholeFiles.map { $0["path"] as! String }))
        #expect(paths.count == wholeFiles.count)
        // The same bytes as the build of everything.
        for path in paths {
            #expect(FileManager.default.contents(atPath: parts.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: whole.out.appendingPathComponent(path).path), "\(path)")
        }
        // A part missing, or given twice, is an error.
        #expect(CLI.run(["merge-manifests", manifests[0], manifests[2]], console: RecordingConsole()) == .dataErrors)
        #expect(CLI.run(["merge-manifests", manifests[0], manifests[0], manifests[2]], console: RecordingConsole()) == .dataErrors)
        #expect(CLI.run(["merge-manifests", whole.out.appendingPathComponent("manifest.json").path, manifests[0]],
                        console: RecordingConsole()) == .dataErrors)
    }

    @Test func shardsKeepWardsWhole() throws {
        let data = sample(schools: 120)
        defer { data.remove() }
        let loaded = try #require(CLI.load([data.out.path], console: RecordingConsole(), language: .en))
        var partOfWard: [[String?]: Int] = [:]
        var total = 0
        for part in 1...4 {
            let records = try #require(Shard("\(part)/4")).select(loaded.records)
            total += records.count
            #expect(!records.isEmpty)
            for record in records {
                let ward = [record.school.province, record.school.district, record.school.ward]
                #expect(partOfWard[ward, default: part] == part, "\(ward) is split")
                partOfWard[ward] = part
            }
        }
        #expect(total == loaded.records.count)
        #expect(Shard("0/4") == nil && Shard("5/4") == nil && Shard("2") == nil && Shard("1/0") == nil)
    }

    @Test func twoThousandSchoolsGiveEveryPageAndTheManifest() throws {
        let data = sample(schools: 2000, seed: 5)
        defer { data.remove() }
        let build = Run(["build", data.out.path, "--format", "pdf", "--quiet"])
        defer { build.remove() }
        #expect(build.code == .ok)
        #expect(build.errors.contains { $0.contains("--overview-limit") }, "the missing pack is said, not silent")
        let manifest = try build.manifest()
        let loaded = try #require(CLI.load([data.out.path], console: RecordingConsole(), language: .en))
        let schoolEntries = manifest.filter { $0["kind"] as? String == "school" }
        #expect(Set(schoolEntries.map { $0["school"] as! String }) == Set(loaded.records.map(\.school.id)))
        #expect(schoolEntries.count == 2000)
        let wards = Set(loaded.records.map { [$0.school.province ?? "", $0.school.district ?? "", $0.school.ward, $0.period] })
        #expect(manifest.filter { $0["kind"] as? String == "ward" }.count == wards.count)
        #expect(manifest.filter { $0["kind"] as? String == "comparison" }.count == wards.count)
        // Every file listed is there, complete, with the pages the manifest says; nothing else is.
        #expect(Set(manifest.map { $0["path"] as! String } + ["manifest.json"]) == build.files())
        for entry in manifest {
            let bytes = try build.bytes(entry["path"] as! String)
            #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.suffix(6).elementsEqual(Array("%%EOF\n".utf8)))
            #expect(pageCount(bytes) == entry["pages"] as? Int)
        }
    }

    @Test func manyWorkersWriteTheSameBytesAsOne() throws {
        let data = sample(schools: 40, seed: 9)
        defer { data.remove() }
        let one = Run(["build", data.out.path, "--format", "pdf,png", "--dpi", "40", "--quiet", "--jobs", "1"])
        let two = Run(["build", data.out.path, "--format", "pdf,png", "--dpi", "40", "--quiet", "--jobs", "2"])
        defer { one.remove(); two.remove() }
        #expect(one.code == .ok && two.code == .ok)
        #expect(bytes(one).count > 40)
        #expect(bytes(one) == bytes(two))
    }
}
