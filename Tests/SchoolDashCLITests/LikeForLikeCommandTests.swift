import Foundation
import OfficeContainer
import Testing
@testable import SchoolDashCLI

/// The ward page and the summary say over how many schools a ward's change is measured when the
/// schools reporting a figure differ between the two years (fixture: Sông B starts reporting).
@Suite("Like-for-like changes on the page and in the sentences")
struct LikeForLikeCommandTests {
    static let input = packagePath("Tests/SchoolMetricsTests/Fixtures/valid/ward-reporting-changes.json")

    @Test func theWardPageSaysOverHowManySchoolsEachChangeIsMeasured() throws {
        let run = Run(["build", Self.input, "--format", "pdf", "--quiet"])
        defer { run.remove() }
        #expect(run.code == .ok, "\(run.errors)")
        let text = try pdfText(run.out.appendingPathComponent("wards/tinh-mau--huyen-thu--xa-song_2024.pdf").path)
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("45"), "the tile still shows the whole ward's members")
        #expect(flat.contains("▲ +2 so với 2023"), "party members 10 → 12 at the one school that reported both years")
        #expect(!flat.contains("+35"))
        #expect(flat.contains("▲ +5,0 điểm so với 2023"), "promotion 90 % → 95 % at Sông A")
        #expect(flat.components(separatedBy: "so sánh 1/2 trường").count - 1 == 3, "promotion, members and good-or-better tiles")
    }

    @Test func theSummarySentenceSaysItToo() {
        let console = RecordingConsole()
        let code = CLI.run(["summary", Self.input, "--ward", "Xã Sông", "--period", "2024"], console: console)
        #expect(code == .ok)
        let text = console.output.joined(separator: "\n")
        #expect(text.contains("Tỉ lệ lên lớp 98,33%, tăng 5,0 điểm so với năm học trước (tính trên 1/2 trường có số liệu cả hai kỳ)."))
        #expect(text.contains("Tỉ lệ tốt nghiệp 95,38%, tăng 3,1 điểm so với năm học trước."), "both schools both years: no note")
        let english = RecordingConsole()
        _ = CLI.run(["summary", Self.input, "--ward", "Xã Sông", "--period", "2024", "--lang", "en"], console: english)
        #expect(english.output.joined().contains("over the 1 of 2 schools that report both periods"))
    }

    @Test func theWordReportNotesItUnderItsTables() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-\(UUID()).docx").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let code = CLI.run(["report", Self.input, "--ward", "Xã Sông", "--period", "2024", "--out", out], console: RecordingConsole())
        #expect(code == .ok)
        let lines = try WordText.lines(Array(try Data(contentsOf: URL(fileURLWithPath: out))))
        #expect(lines.contains("Hạnh kiểm (TT 58), so với kỳ 2023: tính trên 1/2 trường có số liệu cả hai kỳ."))
        #expect(lines.contains("Tỉ lệ lên lớp, so với kỳ 2023: tính trên 1/2 trường có số liệu cả hai kỳ."))
        #expect(!lines.contains { $0.hasPrefix("Tỉ lệ tốt nghiệp, so với kỳ") }, "both schools both years: no note")
    }
}
