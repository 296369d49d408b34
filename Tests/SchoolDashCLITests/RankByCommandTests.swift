import Foundation
import Testing
@testable import SchoolDashCLI

/// `build --rank-by` reaches the ward page's scorecard and the comparison, and each names its key.
@Suite("build --rank-by")
struct RankByCommandTests {
    static let input = packagePath("Samples/demo/json")

    func pages(_ extra: [String]) throws -> (ward: String, comparison: String) {
        let run = Run(["build", Self.input, "--ward", "Phường Bến Thủy", "--period", "2024", "--format", "pdf", "--quiet"] + extra)
        defer { run.remove() }
        #expect(run.code == .ok, "\(run.errors)")
        func text(_ path: String) throws -> String {
            try pdfText(run.out.appendingPathComponent(path).path).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return (try text("wards/nghe-an--thanh-pho-vinh--phuong-ben-thuy_2024.pdf"),
                try text("comparisons/nghe-an--thanh-pho-vinh--phuong-ben-thuy_2024.pdf"))
    }

    @Test func theKeyAskedForIsNamedOnBothPages() throws {
        let asked = try pages(["--rank-by", "admission"])
        #expect(asked.ward.contains("Xếp theo: tỉ lệ đỗ vào lớp 10, cao trước; bằng nhau cùng hạng"))
        #expect(!asked.ward.contains("phân biệt các trường rõ nhất"), "an asked key is not called the chosen one")
        #expect(asked.comparison.contains("Thứ tự: tỉ lệ đỗ vào lớp 10, cao trước"))
        let chosen = try pages([])
        #expect(chosen.ward.contains("(số liệu phân biệt các trường rõ nhất)"))
    }
}
