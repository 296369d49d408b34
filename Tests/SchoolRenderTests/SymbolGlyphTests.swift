import Foundation
import Testing
@testable import SchoolRender

/// The symbols Noto Sans lacks, drawn by schooldash's own user font (``SymbolFont``): the faces
/// they come from, their size against Noto's, and measured width = drawn width.
@Suite("Symbol glyphs")
struct SymbolGlyphTests {
    static let renderer = Result { try Renderer() }
    private let black = Color(red: 0, green: 0, blue: 0)

    private func page(_ runs: [(text: String, x: Double)], size: Double, weight: FontWeight) -> DisplayList {
        var list = DisplayList(size: Size(width: 500, height: 300))
        for run in runs {
            list.append(.text(TextRun(text: run.text, frame: Rect(x: run.x, y: 0, width: 0, height: 0),
                                      baseline: Point(run.x, 250), size: size, weight: weight, color: black)))
        }
        return list
    }

    /// The dark pixels of a raster: their bounding box and, per row, how many there are.
    private func ink(_ raster: Raster) -> (minX: Int, maxX: Int, rows: [Int: Int]) {
        var minX = Int.max, maxX = Int.min, rows: [Int: Int] = [:]
        for y in 0..<raster.height {
            for x in 0..<raster.width where raster.pixel(x: x, y: y).red < 128 {
                minX = min(minX, x)
                maxX = max(maxX, x)
                rows[y, default: 0] += 1
            }
        }
        return (minX, maxX, rows)
    }

    @Test(arguments: [FontWeight.regular, .bold])
    func theMinusIsNotoSansPlusWithoutItsUpright(weight: FontWeight) throws {
        let renderer = try Self.renderer.get()
        #expect(abs(renderer.measurer.width(of: "−", size: 10, weight: weight) - renderer.measurer.width(of: "+", size: 10, weight: weight)) < 1e-9)
        let plus = ink(try renderer.raster(page([("+", 20)], size: 200, weight: weight), dpi: 72))
        let minus = ink(try renderer.raster(page([("−", 20)], size: 200, weight: weight), dpi: 72))
        #expect(abs(minus.minX - plus.minX) <= 1 && abs(minus.maxX - plus.maxX) <= 1, "as wide as the plus")
        let width = plus.maxX - plus.minX + 1
        let bar = Set(plus.rows.filter { $0.value >= width * 9 / 10 }.keys)
        let minusRows = Set(minus.rows.keys)
        #expect(!bar.isEmpty && minusRows.isSubset(of: bar.union(bar.map { $0 - 1 }).union(bar.map { $0 + 1 })),
                "at the height of the plus's bar: \(minusRows.sorted()) against \(bar.sorted())")
        #expect(abs(minusRows.count - bar.count) <= 1, "as thick as the plus's bar")
    }

    @Test(arguments: [FontWeight.regular, .bold])
    func symbolsComeFromTheMainFontOrOursNeverTheFallback(weight: FontWeight) throws {
        let fonts = try Self.renderer.get().fonts
        let runs = fonts.runs(FontSet.symbols + " ▲ +2 so với 2023, −3", weight: weight)
        #expect(runs.allSatisfy { $0.face === fonts.face(weight) || $0.face.family == "schooldash symbols" }, "\(runs.map(\.face.family))")
        #expect(runs.filter { $0.face.family == "schooldash symbols" }.map(\.text).joined() == "−▲▼✓✗○≤≥▲−")
        #expect(fonts.runs("a → b", weight: weight).map(\.face.family) == ["Noto Sans", "DejaVu Sans", "Noto Sans"],
                "a character neither has still comes from the fallback")
    }

    /// Symbols drawn as one run land where the measured widths put them one by one, so layout
    /// (measured) and drawing (Cairo's own advances) agree on every surface, PNG included.
    @Test(arguments: [FontWeight.regular, .bold])
    func measuredWidthIsDrawnWidth(weight: FontWeight) throws {
        let renderer = try Self.renderer.get()
        let pieces = ["▼", "−", "○", "✓", "≥", "H"]
        var x = 10.0, apart: [(text: String, x: Double)] = []
        for piece in pieces {
            apart.append((piece, x))
            x += renderer.measurer.width(of: piece, size: 37, weight: weight)
        }
        let together = try renderer.raster(page([(pieces.joined(), 10)], size: 37, weight: weight), dpi: 150)
        let oneByOne = try renderer.raster(page(apart, size: 37, weight: weight), dpi: 150)
        #expect(together.rgb == oneByOne.rgb)
        let h = renderer.measurer.width(of: "H", size: 37, weight: weight)
        #expect(Double(ink(together).maxX) > (x - h / 2) * 150 / 72, "the H is drawn, after the symbols")
    }
}
