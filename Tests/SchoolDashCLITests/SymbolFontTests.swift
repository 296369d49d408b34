import Foundation
import Testing
@testable import SchoolDashCLI

/// The symbols Noto Sans lacks (− ▲ ▼ ✓ ✗ ○ ≤ ≥) come from schooldash's own small Type 3 font:
/// no file embeds a third TrueType face for them, and they stay text a reader copies.
@Suite("Symbols in the PDFs of the samples")
struct SymbolFontTests {
    /// `pdffonts` of one file: one line per font after the two heading lines.
    private func fonts(_ path: String) throws -> [String] {
        let (status, output) = try tool(["pdffonts", path], needs: "poppler-utils")
        try #require(status == 0, "pdffonts could not read \(path): \(output)")
        return output.split(separator: "\n").dropFirst(2).map(String.init)
    }

    @Test func noPDFEmbedsDejaVuSansAndTheSymbolFontHasAToUnicodeMap() throws {
        let build = BuildTests.build
        #expect(build.code == .ok, "\(build.errors)")
        let pdfs = build.files().filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count > 60)
        var withSymbols = 0
        for pdf in pdfs {
            let lines = try fonts(build.out.appendingPathComponent(pdf).path)
            #expect(!lines.isEmpty, "\(pdf) has fonts")
            #expect(!lines.contains { $0.contains("DejaVu") }, "\(pdf): \(lines)")
            let noto = Set(lines.compactMap { $0.split(separator: " ").first?.split(separator: "+").last }.filter { $0.hasPrefix("NotoSans") })
            #expect(noto.isSubset(of: ["NotoSans-Regular", "NotoSans-Bold"]), "\(pdf): two faces at most")
            let type3 = lines.filter { $0.contains("Type 3") }
            if !type3.isEmpty { withSymbols += 1 }
            // Columns: name, type, encoding, emb, sub, uni, object ID; "uni yes" is the ToUnicode map.
            #expect(type3.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true).suffix(3).first == "yes" },
                    "\(pdf): \(type3)")
        }
        #expect(withSymbols > 30, "the samples draw symbols on most pages")
    }

    @Test func theSymbolsReadBackAsTextTheMinusIncluded() throws {
        let build = BuildTests.build
        let ward = try pdfText(build.out.appendingPathComponent("wards/nghe-an--thanh-pho-vinh--phuong-ben-thuy_2024.pdf").path)
        let flatWard = ward.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["▲ +0,4 điểm so với 2023", "▼ −0,6 điểm so với 2023", "▼ −3 so với 2023"] {
            #expect(flatWard.contains(expected), "\(expected)")
        }
        let school = try pdfText(build.out.appendingPathComponent("schools/th-le-loi-ht_2023.pdf").path)
        let flatSchool = school.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["2 / ≤ 1 em ✗ Chưa đạt", "1 / ≥ 2 đ/c ✗ Chưa đạt", "100% / ≥ 90% ✓ Đạt", "▲ Vượt"] {
            #expect(flatSchool.contains(expected), "\(expected)")
        }
        let comparison = try pdfText(build.out.appendingPathComponent("comparisons/ha-tinh--thi-xa-hong-linh--phuong-1_2024.pdf").path)
        #expect(comparison.contains("○") && comparison.contains("✓"), "targets pending and met")
    }
}
