import Foundation
import SchoolMetrics
import Testing
@testable import SchoolRender

@Suite("Chart geometry, checked as numbers")
struct ChartGeometryTests {
    let theme = Theme.test()

    @Test func theStatusKeyKeepsAWiderGapBetweenStatusesThanInsideThem() throws {
        var list = DisplayList(size: Size(width: 800, height: 100))
        TargetKey(names: ["Học sinh giỏi"], showsStatuses: true).draw(in: Rect(x: 0, y: 0, width: 800, height: 100), theme: theme, into: &list)
        let key = try #require(list.texts.first { $0.text.contains(theme.words.status(.met)) }).text
        // Wrapping joins words with one space; the gap between statuses must survive it.
        #expect(key.contains(theme.words.status(.met) + "\u{A0}\u{A0} " + theme.words.symbol(.exceeded)), "\(key)")
    }
    let frame = Rect(x: 20, y: 30, width: 600, height: 300)

    private func draw(_ body: (inout DisplayList) -> Void) -> DisplayList {
        var list = DisplayList(size: Size(width: 640, height: 360))
        body(&list)
        return list
    }

    private func rects(filled color: Color, in list: DisplayList) -> [Rect] {
        list.shapes.filter { $0.fill == color }.map(\.path.bounds)
    }

    @Test func barLengthsAreProportionalToValues() throws {
        let values = [661.0, 35, 2]
        let colors = (0..<3).map { theme.categoryColor($0, of: 4) }
        let chart = BarChart(bars: zip(values, colors).map { .init(name: "x", segments: [.init(value: $0, label: nil, color: $1)]) },
                             fixedMaximum: 700)
        let list = draw { chart.draw(in: frame, theme: theme, into: &$0) }
        let widths = try colors.map { try #require(rects(filled: $0, in: list).first).width }
        let full = widths[0] / (661.0 / 700)
        for (width, value) in zip(widths, values) {
            #expect(abs(width - full * value / 700) < 0.01)
        }
        // Vertical bars: heights in the same proportion.
        var vertical = chart
        vertical.orientation = .vertical
        let upright = draw { vertical.draw(in: frame, theme: theme, into: &$0) }
        let heights = try colors.map { try #require(rects(filled: $0, in: upright).first).height }
        #expect(abs(heights[0] / heights[1] - 661.0 / 35) < 0.01)
    }

    @Test func percentStackedBarsFillTheAxisInShares() throws {
        let counts = [661.0, 35, 2]
        let colors = (0..<3).map { theme.categoryColor($0, of: 3) }
        let chart = BarChart(bars: [.init(name: "A", segments: zip(counts, colors).map { .init(value: $0, label: nil, color: $1) })],
                             layout: .percent)
        let list = draw { chart.draw(in: frame, theme: theme, into: &$0) }
        let pieces = try colors.map { try #require(rects(filled: $0, in: list).first) }
        let total = pieces.map(\.width).reduce(0, +)
        #expect(abs(pieces[0].width / total - 661.0 / 698) < 1e-9)
        #expect(abs(pieces[1].minX - pieces[0].maxX) < 1e-9)
    }

    @Test func zeroIsDrawnAsZeroAndMissingAsADash() throws {
        let color = theme.categoryColor(0, of: 2)
        let chart = BarChart(bars: [.init(name: "Không", segments: [.init(value: 0, label: "0", color: color)]),
                                    .init(name: "Thiếu", segments: [.init(value: nil, label: nil, color: color)]),
                                    .init(name: "Có", segments: [.init(value: 10, label: "10", color: color)])])
        let list = draw { chart.draw(in: frame, theme: theme, into: &$0) }
        let bars = rects(filled: color, in: list)
        #expect(bars.count == 1, "a bar for 10; nothing coloured for zero or for the missing one")
        #expect(bars.allSatisfy { $0.height > 0 && $0.width > 0 })
        #expect(list.shapes.filter { $0.fill == color }.allSatisfy { $0.path.bounds.height > 1 }, "no stub for zero")
        #expect(list.texts.contains { $0.text == "—" })
        #expect(list.texts.contains { $0.text == "0" })
    }

    @Test func referenceRuleSitsAtItsValue() throws {
        let chart = BarChart(bars: [.init(name: "A", segments: [.init(value: 50, label: nil, color: .black)])],
                             reference: .init(value: 97.5, label: "Phường 97,5%"), fixedMaximum: 100)
        let list = draw { chart.draw(in: frame, theme: theme, into: &$0) }
        let bar = try #require(rects(filled: .black, in: list).first)
        let rule = try #require(list.shapes.first { $0.stroke?.dash.isEmpty == false }).path.bounds
        let axisLength = bar.width / 0.5
        #expect(abs(rule.minX - (bar.minX + axisLength * 0.975)) < 0.01)
        #expect(list.texts.contains { $0.text == "Phường 97,5%" })
    }

    @Test func donutSectorsSumToAFullTurnStartingAtTwelve() throws {
        let chart = PieChart(slices: Gallery.pieSlices(theme, counts: [6, 21, 1, 0], names: ["a", "b", "c", "d"]))
        let angles = chart.angles.compactMap { $0 }
        #expect(angles.count == 3, "the zero slice is not drawn")
        #expect(abs(angles[0].start + .pi / 2) < 1e-12)
        let sweep = angles.map { $0.end - $0.start }.reduce(0, +)
        #expect(abs(sweep * 180 / .pi - 360) < 1e-9)
        #expect(abs((angles[0].end - angles[0].start) / (2 * .pi) - 6.0 / 28) < 1e-12)
        let list = draw { chart.draw(in: frame, theme: theme, into: &$0) }
        #expect(list.texts.contains { $0.text.hasPrefix("d 0") }, "the zero slice stays in the legend")
        let sectors = list.shapes.filter { $0.path.elements.contains { if case .arcBack = $0 { true } else { false } } }
        #expect(sectors.count == 3)
    }

    @Test func everyStatusShowsASymbolAndAWordBesideItsColour() {
        let rows = TargetStatus.allCases.map {
            BulletChart.Row(name: $0.rawValue, minimum: 1, maximum: nil, actual: $0 == .pending ? nil : 1,
                            lowerIsBetter: false, status: $0, figure: "1")
        }
        let list = draw { BulletChart(rows: rows).draw(in: frame, theme: theme, into: &$0) }
        for status in TargetStatus.allCases {
            let label = theme.words.symbol(status) + " " + theme.words.status(status)
            let run = list.texts.first { $0.text == label }
            #expect(run?.color == theme.statusColor(status), "\(status)")
        }
        #expect(Set(TargetStatus.allCases.map { theme.words.symbol($0) }).count == 4)
    }

    @Test func lowerIsBetterIsAMarkerNotABar() {
        let row = BulletChart.Row(name: "Xếp thứ", minimum: nil, maximum: 4, actual: 3, lowerIsBetter: true,
                                  status: .met, figure: "3")
        let list = draw { BulletChart(rows: [row]).draw(in: frame, theme: theme, into: &$0) }
        let marker = list.shapes.filter { $0.fill == theme.statusColor(.met) }
        #expect(marker.count == 1 && marker[0].path.elements.count == 5, "a closed diamond")
    }

    /// The stress set: 8 slices with three under 1 %, 40 bars, 30 targets, a 200-character name.
    @Test(arguments: Gallery.pages(theme: Theme.test()).map(\.name))
    func labelsStayInsideTheirPanelAndNeverOverlap(page name: String) throws {
        let page = try #require(Gallery.pages(theme: theme).first { $0.name == name }).page
        let panel = Rect(size: page.size).inset(by: 24)
        let texts = page.texts
        #expect(!texts.isEmpty)
        for run in texts {
            #expect(panel.contains(run.frame), "\(run.text) at \(run.frame)")
            #expect(run.size >= theme.floorSize - 0.001, "\(run.text) at \(run.size) pt")
        }
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] where a.frame.overlaps(b.frame) {
                Issue.record("“\(a.text)” overlaps “\(b.text)”")
            }
        }
    }

    @Test func theLongNameIsShortenedNotDroppedOrOverflowing() throws {
        let page = try #require(Gallery.pages(theme: theme).first { $0.name == "bullet-30-targets" }).page
        #expect(Gallery.longName.count == 200)
        #expect(page.texts.contains { $0.text.hasPrefix("Trường Trung học") })
        #expect(page.texts.contains { $0.text.hasSuffix("…") && $0.text.count < 200 })
    }
}
