import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import OfficeContainer

@Suite("WordDocument: the parts of a .docx")
struct WordDocumentTests {
    /// A PNG's first chunks, which is all ``PNGInfo`` reads.
    static func png(width: Int, height: Int, perMetre: Int?) -> [UInt8] {
        func be(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += be(13) + Array("IHDR".utf8) + be(width) + be(height) + [8, 2, 0, 0, 0] + be(0)
        if let perMetre { bytes += be(9) + Array("pHYs".utf8) + be(perMetre) + be(perMetre) + [1] + be(0) }
        bytes += be(0) + Array("IEND".utf8) + be(0)
        return bytes
    }

    @Test(arguments: [(945, 532, 5906, 5_760_244, 3_242_804), (1000, 500, 3780, 9_523_810, 4_761_905), (300, 300, 11811, 914_402, 914_402)])
    func aPictureIsItsPixelsAtItsResolution(_ width: Int, _ height: Int, _ perMetre: Int, _ cx: Int, _ cy: Int) throws {
        let info = try PNGInfo(Self.png(width: width, height: height, perMetre: perMetre))
        #expect(info.width == width && info.height == height && info.pixelsPerMetre?.x == perMetre)
        #expect(info.extent.cx == cx && info.extent.cy == cy)
    }

    @Test func withoutPHYsAPictureIsAt96DPIAndNotAPNGIsAnError() throws {
        let unsized = try PNGInfo(Self.png(width: 96, height: 48, perMetre: nil))
        #expect(unsized.pixelsPerMetre == nil && unsized.extent.cx == 914_286 && unsized.extent.cy == 457_143)
        #expect(throws: PNGInfo.Failure.self) { try PNGInfo(Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 40)) }
    }

    static func document(_ blocks: [WordSection.Block], sections: Int = 1) -> WordDocument {
        let page = WordSection.Page.a4Portrait(top: 20, bottom: 20, left: 30, right: 15)
        return WordDocument(sections: (0..<sections).map { _ in WordSection(page: page, blocks: blocks) }, title: "A & <B>", date: 946_684_800)
    }

    func wellFormed(_ bytes: [UInt8]) -> Bool {
        XMLParser(data: Data(bytes)).parse()
    }

    @Test func textIsEscapedAndEveryPartIsWellFormed() throws {
        let picture = try WordPicture(png: Self.png(width: 945, height: 532, perMetre: 5906), description: "Biểu đồ \"cột\" <1> & 2")
        let package = try Self.document([
            .paragraph(WordParagraph("Tỉ lệ < 5% & \"x\" 'y'\u{0001}", style: WordStyles.ID.heading1)),
            .paragraph(WordParagraph(runs: [.text("đậm", bold: true), .text("nghiêng", italic: true), .picture(picture)])),
            .table(WordTable(columns: [.init("Tên", alignment: .left), .init("Số")], rows: [["a<b", "1.234"]])),
        ], sections: 2).package()
        let zip = try ZipArchive(package)
        #expect(zip.names == ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/_rels/document.xml.rels",
                              "word/document.xml", "word/media/image1.png", "word/media/image2.png", "word/settings.xml", "word/styles.xml"])
        for name in zip.names where !name.hasSuffix(".png") { #expect(wellFormed(try zip.file(name)), "\(name)") }
        let document = String(decoding: try zip.file("word/document.xml"), as: UTF8.self)
        #expect(document.contains("Tỉ lệ &lt; 5% &amp; &quot;x&quot; &apos;y&apos;</w:t>"), "escaped, the control character dropped")
        #expect(document.contains("descr=\"Biểu đồ &quot;cột&quot; &lt;1&gt; &amp; 2\""))
        #expect(document.contains("<wp:extent cx=\"5760244\" cy=\"3242804\"/>"))
        #expect(document.components(separatedBy: "<w:sectPr>").count == 3, "one section properties per section")
        #expect(document.contains("<w:tblHeader/>"), "the header row repeats on every page")
        #expect(document.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1.234</w:t>"), "numbers right-aligned")
        let relationships = String(decoding: try zip.file("word/_rels/document.xml.rels"), as: UTF8.self)
        #expect(relationships.contains("Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\""))
        #expect(String(decoding: try zip.file("docProps/core.xml"), as: UTF8.self).contains("<dc:title>A &amp; &lt;B&gt;</dc:title>"))
    }

    @Test func aPictureWiderThanTheColumnIsScaledToItAndTablesFillIt() throws {
        let wide = try WordPicture(png: Self.png(width: 3000, height: 1000, perMetre: 3780), description: "")
        let document = String(decoding: try ZipArchive(try Self.document([.paragraph(WordParagraph(runs: [.picture(wide)]))]).package())
            .file("word/document.xml"), as: UTF8.self)
        let column = WordSection.Page.a4Portrait(top: 20, bottom: 20, left: 30, right: 15).textWidthEMU
        #expect(column == 9355 * 635, "165 mm between the margins")
        #expect(document.contains("<wp:extent cx=\"\(column)\" cy=\"\(Int((Double(column) / 3).rounded()))\"/>"))
        let table = WordTable(columns: [.init("a", weight: 3), .init("b"), .init("c", weight: 1.5)], rows: [])
        #expect(table.widths(total: 9355).reduce(0, +) == 9355)
        #expect(table.widths(total: 9355)[0] == 5102, "3 / 5.5 of the column, rounded down; the last column takes the rest")
    }
}
