import Foundation
import Testing
@testable import SchoolRender

@Suite("Copying pages out of a PDF")
struct PDFPageCopierTests {
    static let renderer = Result { try Renderer() }

    /// A page of `size` with a line of text, and a link when asked.
    private func page(_ text: String, size: Size = .a4Landscape, link: Bool = false) -> DisplayList {
        var list = DisplayList(size: size)
        list.append(.text(TextRun(text: text, frame: Rect(x: 40, y: 45, width: 200, height: 20), baseline: Point(40, 60), size: 14,
                                  weight: .regular, color: Color(hex: 0x000000))))
        if link {
            list.append(.destination("target", at: Point(0, 0)))
            list.append(.link(Rect(x: 40, y: 40, width: 100, height: 20), destination: "target"))
        }
        return list
    }

    private func part(_ title: String, _ pages: [DisplayList]) -> PDFPart {
        PDFPart(metadata: PDFMetadata(title: title, subject: "test"), pages: pages)
    }

    /// A PDF of `bodies` as objects 1, 2 …, with a correct cross-reference table; object 1 is the catalog.
    private func handMade(_ bodies: [String]) -> [UInt8] {
        var out = "%PDF-1.5\n"
        var offsets: [Int] = []
        for (index, body) in bodies.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let table = out.utf8.count
        out += "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Array(out.utf8)
    }

    @Test func eachPartGetsItsOwnPagesSizesAndInformation() throws {
        let renderer = try Self.renderer.get()
        let small = Size(width: 300, height: 200)
        let files = try renderer.pdfFiles([part("schools/a_2024", [page("Trường A")]),
                                           part("Tài liệu họp", [page("Phường 1", size: small), page("trang 2")]),
                                           part("schools/b_2024", [page("Trường B")])])
        let indexes = try files.map { try PDFObjectIndex($0) }
        #expect(indexes.map(\.pages.count) == [1, 2, 1])
        let second = indexes[1]
        #expect(second.objects[second.pages[0]]?.value["MediaBox"] == .array([.integer(0), .integer(0), .integer(300), .integer(200)]))
        let text = String(decoding: files[1], as: UTF8.self)
        #expect(text.contains("/Title " + PDFPageCopier.textString("Tài liệu họp")))
        #expect(PDFPageCopier.textString("Tài") == "<FEFF005400E00069>")
        #expect(PDFPageCopier.textString("a (b) \\") == #"(a \(b\) \\)"#)
        // Fonts were embedded once, in the document the parts were cut from: the same object text.
        #expect(String(decoding: files[0], as: UTF8.self).contains("/CIDSystemInfo"))
    }

    @Test func aPartWithLinksIsDrawnAloneAndKeepsThem() throws {
        let renderer = try Self.renderer.get()
        let files = try renderer.pdfFiles([part("a", [page("A")]), part("pack", [page("B", link: true)]), part("c", [page("C")])])
        let texts = files.map { String(decoding: $0, as: UTF8.self) }
        #expect(texts[1].contains("/Annots") && texts[1].contains("/Dest"))
        #expect(!texts[0].contains("/Annots") && !texts[2].contains("/Annots"))
        #expect(try files.map { try PDFObjectIndex($0).pages.count } == [1, 1, 1])
    }

    @Test func aPageThatRefersToAnotherPageIsRefused() throws {
        let pdf = handMade(["<< /Type /Catalog /Pages 2 0 R >>",
                            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Next 4 0 R >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"])
        let copier = try PDFPageCopier(pdf)
        #expect(throws: PDFParser.Failure.self) { try copier.file(pages: 0..<1, information: []) }
        // Both pages together may refer to each other.
        let both = try PDFObjectIndex(try copier.file(pages: 0..<2, information: [("Title", "x")]))
        #expect(both.pages.count == 2)
    }

    @Test func aStreamWhoseLengthIsWrongIsRefused() throws {
        let pdf = handMade(["<< /Type /Catalog /Pages 2 0 R >>",
                            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>",
                            "<< /Length 99 >>\nstream\n0 0 m\nendstream"])
        #expect(throws: PDFParser.Failure.self) { try PDFObjectIndex(pdf) }
        let right = handMade(["<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>",
                              "<< /Length 6 >>\nstream\n0 0 m\n\nendstream"])
        let copy = try PDFPageCopier(right).file(pages: 0..<1, information: [])
        #expect(String(decoding: copy, as: UTF8.self).contains("stream\n0 0 m\n\nendstream"))
    }
}
