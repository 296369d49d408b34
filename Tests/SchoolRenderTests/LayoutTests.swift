import Testing
@testable import SchoolRender

@Suite("Layout by splitting rectangles")
struct LayoutTests {
    let page = Rect(size: .a4Landscape)

    @Test func splittingLeavesNoGapAndNoOverlap() {
        let (top, rest) = page.split(top: 40)
        #expect(top.height == 40 && rest.minY == top.maxY && rest.maxY == page.maxY)
        let (left, right) = rest.split(left: 100, gap: 10)
        #expect(left.maxX + 10 == right.minX && right.maxX == page.maxX)
        let (bottom, above) = page.split(bottom: 30, gap: 5)
        #expect(bottom.maxY == page.maxY && above.maxY + 5 == bottom.minY)
    }

    @Test func gridCellsTileTheRectangle() {
        let cells = page.grid(rows: 3, columns: 4, gutter: 6)
        #expect(cells.count == 12)
        for cell in cells { #expect(page.contains(cell)) }
        for (i, a) in cells.enumerated() {
            for b in cells[(i + 1)...] { #expect(!a.overlaps(b)) }
        }
        let area = cells.map { $0.width * $0.height }.reduce(0, +)
        let expected = (page.width - 18) * (page.height - 12)
        #expect(abs(area - expected) < 0.01)
    }

    @Test func takingMoreThanThereIsNeverGoesNegative() {
        let small = Rect(x: 0, y: 0, width: 10, height: 10)
        let (taken, rest) = small.split(top: 50, gap: 4)
        #expect(taken.height == 10 && rest.height == 0)
    }

    @Test(arguments: [(7.0, 8.0, [0.0, 2, 4, 6, 8]), (661, 700, [0, 200, 400, 600, 800]), (0.3, 0.5, [0, 0.1, 0.2, 0.3])])
    func niceTicksStepByOneTwoOrFive(value: Double, maximum: Double, ticks: [Double]) {
        let scale = NiceScale(covering: value, tickCount: value == 7 ? 5 : 4)
        #expect(scale.ticks.count == ticks.count)
        for (tick, expected) in zip(scale.ticks, ticks) { #expect(abs(tick - expected) < 1e-9) }
        #expect(scale.maximum >= value)
    }
}
