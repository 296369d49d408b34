import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SchoolMetrics
import Testing
@testable import SchoolRender

@Suite("Real Cairo output: PNG, PDF, SVG")
struct BackendTests {
    static let renderer = Result { try Renderer() }

    private func renderer() throws -> Renderer { try Self.renderer.get() }

    private func barPage(_ renderer: Renderer) -> (DisplayList, [Rect]) {
        let theme = Theme(measurer: renderer.measurer)
        var list = DisplayList(size: Size(width: 400, height: 300))
        let colors = (0..<4).map { theme.categoryColor($0, of: 4) }
        let chart = BarChart(bars: [661, 35, 2, 0].enumerated().map { index, count in
            .init(name: ["Tốt", "Khá", "Đạt", "Chưa đạt"][index],
                  segments: [.init(value: Double(count), label: nil, color: colors[index])])
        }, orientation: .vertical)
        chart.draw(in: Rect(x: 10, y: 10, width: 380, height: 280), theme: theme, into: &list)
        let bars = colors.compactMap { color in list.shapes.first { $0.fill == color }?.path.bounds }
        return (list, bars)
    }

    private func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8])] {
        var result: [(String, [UInt8])] = []
        var at = 8
        func u32(_ i: Int) -> Int { Int(png[i]) << 24 | Int(png[i + 1]) << 16 | Int(png[i + 2]) << 8 | Int(png[i + 3]) }
        while at + 8 <= png.count {
            let length = u32(at)
            let type = String(decoding: png[(at + 4)..<(at + 8)], as: UTF8.self)
            result.append((type, Array(png[(at + 8)..<(at + 8 + length)])))
            at += 12 + length
        }
        return result
    }

    @Test func pngHasItsSignatureSizeAndResolution() throws {
        let (page, _) = barPage(try renderer())
        for dpi in [72.0, 150, 300] {
            let png = try renderer().png(page, dpi: dpi)
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            let parts = chunks(png)
            #expect(parts.map(\.type) == ["IHDR", "pHYs", "IDAT", "IEND"])
            let header = parts[0].data
            let width = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
            let height = Int(header[4]) << 24 | Int(header[5]) << 16 | Int(header[6]) << 8 | Int(header[7])
            #expect(width == Int((400 * dpi / 72).rounded(.up)) && height == Int((300 * dpi / 72).rounded(.up)))
            let phys = parts[1].data
            let perMetre = Int(phys[0]) << 24 | Int(phys[1]) << 16 | Int(phys[2]) << 8 | Int(phys[3])
            #expect(perMetre == Int((dpi / 0.0254).rounded()), "\(dpi) dpi")
            #expect(phys[8] == 1, "unit: metre")
        }
    }

    @Test func pixelsAtBarCentresHaveTheCategoryColour() throws {
        let renderer = try renderer()
        let (page, bars) = barPage(renderer)
        let theme = Theme(measurer: renderer.measurer)
        let image = try renderer.raster(page, dpi: 150)
        let scale = 150.0 / 72
        for (index, bar) in bars.enumerated() where bar.height > 4 {
            let probe = image.pixel(x: Int(bar.midX * scale), y: Int(bar.midY * scale))
            let expected = theme.categoryColor(index, of: 4).bytes
            #expect(probe == expected, "bar \(index)")
        }
        #expect(image.pixel(x: 2, y: 2) == (255, 255, 255), "the page is white")
    }

    @Test func pdfHasItsPagesEmbeddedFontSubsetsAndMetadata() throws {
        let renderer = try renderer()
        let theme = Theme(measurer: renderer.measurer)
        let pages = Gallery.pages(theme: theme).prefix(3)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-\(UUID()).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try renderer.pdf(at: path, metadata: PDFMetadata(title: "Thử nghiệm Kỳ Phương", subject: "Gallery",
                                                                          creationDate: "2021-06-01T00:00:00Z"))
        for (_, page) in pages { try document.add(page) }
        try document.finish()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let pageObjects = try NSRegularExpression(pattern: #"/Type /Page[^s]"#)
        #expect(pageObjects.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) == 3)
        #expect(text.contains("/FontFile2") || text.contains("/FontFile3"), "fonts are embedded")
        let subset = try #require(text.range(of: #"/BaseFont /[A-Z]{6}\+NotoSans"#, options: .regularExpression))
        #expect(!subset.isEmpty, "Noto Sans embedded as a subset")
        #expect(text.contains("/CreationDate (20210601000000"))
        #expect(!text.contains("/MediaBox [ 0 0 612 792 ]"))
    }

    @Test func svgIsWellFormed() throws {
        let renderer = try renderer()
        let (page, _) = barPage(renderer)
        let svg = try renderer.svg(page)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let renderer = try renderer()
        let page = try #require(Gallery.pages(theme: Theme(measurer: renderer.measurer)).first { $0.name == "donut" }).page
        #expect(try renderer.png(page, dpi: 96) == renderer.png(page, dpi: 96))
        #expect(try renderer.svg(page) == renderer.svg(page))
        let directory = FileManager.default.temporaryDirectory
        let paths = (0..<2).map { directory.appendingPathComponent("schooldash-\(UUID())-\($0).pdf").path }
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        for path in paths {
            let document = try renderer.pdf(at: path, metadata: PDFMetadata(title: "Đảng viên"))
            try document.add(page)
            try document.finish()
        }
        #expect(FileManager.default.contents(atPath: paths[0]) == FileManager.default.contents(atPath: paths[1]))
    }

    @Test func theCreationDateComesFromSourceDateEpochNeverTheClock() {
        #expect(PDFMetadata.reproducibleDate(environment: ["SOURCE_DATE_EPOCH": "1622505600"]) == "2021-06-01T00:00:00Z")
        #expect(PDFMetadata.reproducibleDate(environment: [:]) == "2000-01-01T00:00:00Z")
        #expect(PDFMetadata.reproducibleDate(environment: ["SOURCE_DATE_EPOCH": "yesterday"]) == "2000-01-01T00:00:00Z")
    }

    @Test func aFontWithoutVietnameseLettersIsRefusedByName() {
        #expect {
            _ = try Renderer(family: "Noto Sans Armenian")
        } throws: { error in
            "\(error)".contains("lacks Vietnamese letters") || "\(error)".contains("was not found")
        }
        #expect {
            _ = try Renderer(family: "No Such Family 123")
        } throws: { error in
            "\(error)".contains("“No Such Family 123” was not found")
        }
    }

    @Test func theMainFontHasEveryVietnameseLetterAndTheMeasurerUsesIt() throws {
        let renderer = try renderer()
        #expect(FontSet.vietnameseLetters.count == 12 * 6 * 2 + 2)
        let wide = renderer.measurer.width(of: "Ưởng", size: 10, weight: .regular)
        let bold = renderer.measurer.width(of: "Ưởng", size: 10, weight: .bold)
        #expect(wide > 10 && bold > wide)
        #expect(abs(renderer.measurer.width(of: "Ưởng", size: 20, weight: .regular) - 2 * wide) < 1e-9)
        #expect(renderer.measurer.width(of: "−▲", size: 10, weight: .regular) > 5, "symbols come from our symbol font")
    }
}
