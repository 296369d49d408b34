import Foundation
import Testing
@testable import SchoolDashCLI
@testable import SchoolMetrics

/// `schooldash import`: its options, its exit codes, and what it writes.
@Suite struct ImportCommandTests {
    let kyPhuong = packagePath("Tests/SchoolImportTests/Fixtures/seeds/000_dfb0222280ea5405.txt")
    let phongHai = packagePath("Tests/SchoolImportTests/Fixtures/seeds/002_e15a557529634afe.txt")

    private func folder() -> URL { temporaryFolder("schooldash-import") }

    @Test func theOptionsAreParsed() {
        var expected = ImportOptions(reports: ["a.txt"])
        expected.out = "a.json"
        expected.schoolID = "thcs-a"
        expected.json = true
        expected.places = ["school.province": "Hà Tĩnh"]
        #expect(ArgumentParser.parse(["import", "a.txt", "--out", "a.json", "--school-id", "thcs-a", "--json", "--province", "Hà Tĩnh"])
                == .success(.importReports(expected)))
        guard case .failure(let error) = ArgumentParser.parse(["import", "a.txt", "--school-id", "Bad Id"]) else {
            Issue.record("a bad id is refused")
            return
        }
        #expect(error.message.contains("[a-z0-9-]+"))
        guard case .failure = ArgumentParser.parse(["import"]) else { Issue.record("import needs reports"); return }
        // The identity a report may lack: the period for many reports, the name for one.
        var identity = ImportOptions(reports: ["a.txt", "b.txt"])
        identity.places = ["period": "2020-2021", "school.ward": "Xã Điền Xá"]
        #expect(ArgumentParser.parse(["import", "a.txt", "b.txt", "--period", "2020-2021", "--ward", "Xã Điền Xá"]) == .success(.importReports(identity)))
        guard case .failure(let period) = ArgumentParser.parse(["import", "a.txt", "--period", "last year"]) else {
            Issue.record("a period without a year is refused")
            return
        }
        #expect(period.message.contains("--period"))
        guard case .failure = ArgumentParser.parse(["import", "a.txt", "b.txt", "--school-name", "Trường THCS A"]) else {
            Issue.record("--school-name names one report's school")
            return
        }
        guard case .failure = ArgumentParser.parse(["import", "a.txt", "b.txt", "--school-id", "x"]) else {
            Issue.record("--school-id names one report's school")
            return
        }
    }

    @Test func bothSeedsBecomeRecordsThatCheckAndBuildAccept() throws {
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("imported.json").path
        let console = RecordingConsole()
        let code = CLI.run(["import", kyPhuong, phongHai, "--out", file, "--province", "Hà Tĩnh", "--lang", "en"], console: console)
        #expect(code == .ok, "\(console.errors)")
        let listing = console.output.joined(separator: "\n")
        #expect(listing.contains("000_dfb0222280ea5405.txt → thcs-ky-phuong 2021"))
        #expect(listing.contains("line 124\tstudents.conduct.counts.tot = 661"))
        #expect(listing.contains("«Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%»"))
        #expect(listing.contains("To review"))
        #expect(!FileManager.default.fileExists(atPath: file + ".partial-\(getpid())"))
        // The written file is records as FORMAT.md has them: check loads four, warns about the review.
        let check = RecordingConsole()
        #expect(CLI.run(["check", file, "--lang", "en", "--json"], console: check) == .ok)
        let report = check.output.joined()
        #expect(report.contains("imported-for-review") && report.contains("96,4 %"))
        let loaded = try Loader().load(paths: [file])
        #expect(loaded.records.map { "\($0.school.id) \($0.period)" } == ["thcs-ky-phuong 2021", "thcs-ky-phuong 2022", "thcs-phong-hai 2024", "thcs-phong-hai 2025"])
        #expect(loaded.records.allSatisfy { $0.school.province == "Hà Tĩnh" })
        let build = Run(["build", file, "--format", "pdf", "--quiet"], out: out.appendingPathComponent("out"))
        #expect(build.code == .ok)
        #expect(try build.manifest().contains { $0["school"] as? String == "thcs-phong-hai" })
    }

    @Test func jsonGoesToStandardOutputAndNothingIsWrittenWithoutOut() throws {
        let console = RecordingConsole()
        #expect(CLI.run(["import", phongHai, "--json"], console: console) == .ok)
        let text = console.output.joined()
        let loaded = Loader().load(bytes: Array(text.utf8), name: "stdout.json")
        #expect(loaded.records.count == 2 && !loaded.diagnostics.hasErrors)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        let sources = parsed?.first?["sources"] as? [[String: Any]]
        let members = sources?.first { $0["field"] as? String == "party.members" }
        #expect(members?["value"] as? Int == 9 && members?["line"] as? Int == 12)
        #expect((members?["sentence"] as? String)?.contains("09 đảng viên") == true)
    }

    @Test func theExitCodesSayWhatWentWrong() throws {
        let missing = RecordingConsole()
        #expect(CLI.run(["import", "/nonexistent/report.txt"], console: missing) == .usage)
        #expect(missing.errors.joined().contains("/nonexistent/report.txt"))

        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let broken = out.appendingPathComponent("broken.docx")
        try Data("not a zip".utf8).write(to: broken)
        let bare = out.appendingPathComponent("bare.txt")
        try Data("Báo cáo\nTổng số đảng viên: 12 đồng chí.\n".utf8).write(to: bare)
        let console = RecordingConsole()
        #expect(CLI.run(["import", broken.path, bare.path, phongHai, "--lang", "en"], console: console) == .dataErrors)
        let said = console.errors.joined(separator: "\n")
        #expect(said.contains("broken.docx: not a zip archive"))
        // A report naming no school, ward or year still gives its figures; what it lacks is said with its option.
        #expect(said.contains("bare.txt: the report does not name the reporting period (period): give --period"))
        #expect(said.contains("bare.txt: the report does not name the ward or commune (school.ward): give --ward"))
        #expect(console.output.joined().contains("thcs-phong-hai 2024"), "the good report is still imported")

        let unwritable = RecordingConsole()
        #expect(CLI.run(["import", phongHai, "--out", "/proc/schooldash/imported.json"], console: unwritable) == .usage)
    }
}
