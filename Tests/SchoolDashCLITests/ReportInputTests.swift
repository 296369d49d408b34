import Foundation
import Testing
@testable import SchoolDashCLI
@testable import SchoolMetrics

/// Reports (.txt, .docx) among the inputs of check, metrics, build, charts and summary: imported
/// on the fly through the loader's converters, review items as warnings, exit codes as for records.
@Suite struct ReportInputTests {
    let kyPhuongText = packagePath("Tests/SchoolImportTests/Fixtures/seeds/000_dfb0222280ea5405.txt")
    let kyPhuongWord = packagePath("Tests/SchoolImportTests/Fixtures/ky-phuong.docx")
    let phongHai = packagePath("Tests/SchoolImportTests/Fixtures/seeds/002_e15a557529634afe.txt")

    private func folder() -> URL { temporaryFolder("schooldash-reports") }

    @Test func checkReadsAReportAsRecordsWithItsReviewAsWarnings() {
        let console = RecordingConsole()
        #expect(CLI.run(["check", phongHai, "--lang", "en", "--json"], console: console) == .ok)
        let text = console.output.joined()
        #expect(text.contains("\"records\": 2") || text.contains("\"records\":2"), "\(text.prefix(300))")
        #expect(text.contains("imported-for-review"))
        #expect(!text.contains("syntax"))
    }

    @Test func buildOfAWordReportWritesTheSchoolsDashboard() throws {
        let build = Run(["build", kyPhuongWord, "--format", "pdf", "--quiet"])
        defer { try? FileManager.default.removeItem(at: build.out) }
        #expect(build.code == .ok, "\(build.errors)")
        let manifest = try build.manifest()
        #expect(manifest.contains { $0["school"] as? String == "thcs-ky-phuong" && $0["period"] as? String == "2021" })
    }

    @Test func metricsSummaryAndChartsTakeReportsToo() throws {
        let metrics = RecordingConsole()
        #expect(CLI.run(["metrics", kyPhuongText, "--json"], console: metrics) == .ok)
        #expect(metrics.output.joined().contains("thcs-ky-phuong"))
        let summary = RecordingConsole()
        #expect(CLI.run(["summary", kyPhuongText, "--school", "thcs-ky-phuong", "--period", "2021"], console: summary) == .ok)
        #expect(summary.output.joined().contains("661/698"))
        let charts = Run(["charts", phongHai, "--school", "thcs-phong-hai", "--period", "2024", "--format", "svg"])
        defer { try? FileManager.default.removeItem(at: charts.out) }
        #expect(charts.code == .ok, "\(charts.errors)")
        #expect(!charts.files().isEmpty)
    }

    /// A report without its ward: import writes the record and says what it lacks; check and
    /// build on the report or the written file name the field and the option until it is given.
    @Test func aMissingWardIsNamedWithItsOptionUntilGiven() throws {
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = out.appendingPathComponent("kim-dong.txt")
        try Data("Báo cáo tổng kết năm 2024\nChi bộ trường Tiểu học Kim Đồng\nTổng số đảng viên: 12 đồng chí.\n".utf8).write(to: report)
        let file = out.appendingPathComponent("kim-dong.json").path
        let imported = RecordingConsole()
        #expect(CLI.run(["import", report.path, "--out", file, "--lang", "en"], console: imported) == .ok)
        #expect(imported.errors.joined().contains("give --ward"))
        #expect(imported.output.joined(separator: "\n").contains("Missing school.ward"))
        #expect(FileManager.default.fileExists(atPath: file), "the record is written with what it has")
        for input in [file, report.path] {
            let check = RecordingConsole()
            #expect(CLI.run(["check", input, "--lang", "en"], console: check) == .dataErrors)
            let said = check.output.joined(separator: "\n")
            #expect(said.contains("school.ward") && said.contains("--ward"), "\(said)")
            let vi = RecordingConsole()
            _ = CLI.run(["check", input], console: vi)
            #expect(vi.output.joined().contains("thiếu school.ward (phường/xã)"))
        }
        let build = Run(["build", report.path, "--format", "pdf", "--quiet"])
        defer { try? FileManager.default.removeItem(at: build.out) }
        #expect(build.code == .dataErrors)
        let given = RecordingConsole()
        #expect(CLI.run(["import", report.path, "--ward", "Phường 3", "--out", file], console: given) == .ok)
        #expect(CLI.run(["check", file], console: RecordingConsole()) == .ok)
    }

    /// A folder is searched for data files only: a report beside them is imported only when named.
    @Test func aFolderSearchLeavesReportsAlone() throws {
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        try FileManager.default.copyItem(atPath: phongHai, toPath: out.appendingPathComponent("phong-hai.txt").path)
        try FileManager.default.copyItem(atPath: packagePath("Samples/seeds/thcs-ky-phuong.json"), toPath: out.appendingPathComponent("ky-phuong.json").path)
        let console = RecordingConsole()
        #expect(CLI.run(["check", out.path, "--lang", "en"], console: console) == .ok)
        #expect(console.output.joined().contains("1 files"), "\(console.output)")
        let named = RecordingConsole()
        #expect(CLI.run(["check", out.path, out.appendingPathComponent("phong-hai.txt").path, "--lang", "en"], console: named) == .ok)
        #expect(named.output.joined().contains("2 files"), "\(named.output)")
    }

    @Test func aBrokenWordReportIsAnErrorNamingTheFile() throws {
        let out = folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let broken = out.appendingPathComponent("broken.docx")
        try Data("not a zip".utf8).write(to: broken)
        let console = RecordingConsole()
        #expect(CLI.run(["check", broken.path, phongHai, "--lang", "en"], console: console) == .dataErrors)
        let said = console.output.joined(separator: "\n")
        #expect(said.contains("broken.docx: error: the report gives no record"), "\(said)")
        #expect(said.contains("2 records loaded"))
    }
}
