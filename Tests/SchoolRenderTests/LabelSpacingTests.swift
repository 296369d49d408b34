import Foundation
import SchoolMetrics
import Testing
@testable import SchoolRender

/// Labels that read right, measured on the display lists of every page the sample build and the
/// stress set draw, with the real fonts.
@Suite("Labels: apart, kept, one size per axis")
struct LabelSpacingTests {
    static let renderer = Result { try Renderer() }
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples").path

    /// Every page of the sample build (schools, wards, comparisons, the pack) and of the gallery.
    static func pages() throws -> [(name: String, page: DisplayList)] {
        let theme = Theme(measurer: try renderer.get().measurer)
        let loaded = try Loader().load(paths: [samples])
        let plan = DashboardPlan(records: loaded.records, findings: loaded.diagnostics.all, theme: theme)
        var pages: [(String, DisplayList)] = []
        for publication in plan.publications() {
            for (index, page) in publication.pages().enumerated() { pages.append(("\(publication.name) p\(index + 1)", page)) }
        }
        let pack = MeetingPack(plan: plan, findings: [], producedOn: "01/06/2024", theme: theme)
        pages += pack.pages.enumerated().map { ("pack p\($0.offset + 1)", $0.element) }
        pages += Gallery.pages(theme: theme).map { ("gallery \($0.name)", $0.page) }
        return pages
    }

    @Test func textsOnOneLineAreAtLeastOneAndAHalfPointsApart() throws {
        var crowded: [String] = []
        for (name, page) in try Self.pages() {
            let texts = page.texts
            for (i, a) in texts.enumerated() {
                for b in texts[(i + 1)...] {
                    let sharedHeight = min(a.frame.maxY, b.frame.maxY) - max(a.frame.minY, b.frame.minY)
                    guard sharedHeight > 0.5 else { continue }
                    let gap = max(b.frame.minX - a.frame.maxX, a.frame.minX - b.frame.maxX)
                    if gap < 1.5 { crowded.append("\(name): “\(a.text)” and “\(b.text)” \(String(format: "%.2f", gap)) pt apart") }
                }
            }
        }
        #expect(crowded.isEmpty, "\(crowded.count) pairs:\n\(crowded.prefix(40).joined(separator: "\n"))")
    }

    /// The conduct chart of a ward of a million students, in the sizes the pages give it: the
    /// tallest bar keeps its label, and so does every other bar with a value.
    @Test(arguments: [Size(width: 380, height: 220), Size(width: 250, height: 160), Size(width: 600, height: 300)])
    func everyBarWithAValueKeepsItsLabel(_ size: Size) throws {
        let theme = Theme(measurer: try Self.renderer.get().measurer)
        let chart = ChartFactory(theme: theme).distribution(DistributionMetrics(scheme: .conduct2011, counts: [1_004_861, 5_139, 12, 0]))
        var list = DisplayList(size: Size(width: size.width + 40, height: size.height + 40))
        chart.draw(in: Rect(x: 20, y: 20, width: size.width, height: size.height), theme: theme, into: &list)
        let texts = Set(list.texts.map(\.text))
        for label in chart.bars.flatMap(\.segments).compactMap(\.label) {
            #expect(texts.contains(label), "\(size): “\(label)” is missing")
        }
        #expect(texts.contains("1.004.861 · 99,5%"))
    }

    @Test func aWardOfAMillionStudentsLabelsItsTallestBar() throws {
        let theme = Theme(measurer: try Self.renderer.get().measurer)
        let records = (0..<3).map { index in
            Record(school: School(id: "s\(index)", name: "Trường \(index)", ward: "Phường Lớn"), period: "2024",
                   students: Students(enrolled: 336_667, conduct: [Distribution(scheme: .conduct2011, counts: [334_954 + index, 1_713, 0, 0])]))
        }
        let plan = DashboardPlan(records: records, findings: [], theme: theme)
        let texts = plan.wardPage(plan.groups[0]).draw(theme: theme).flatMap(\.texts).map(\.text)
        #expect(texts.contains("1.004.865 · 99,5%"), "\(texts.filter { $0.contains("·") })")
        #expect(texts.contains("5.139 · 0,5%"))
    }

    /// "Hoàn thành xuất sắc" wraps or shrinks together with its neighbours, never alone.
    @Test(arguments: [160.0, 220, 320, 600])
    func theCategoryLabelsOfAnAxisShareOneSize(_ width: Double) throws {
        let theme = Theme(measurer: try Self.renderer.get().measurer)
        let chart = ChartFactory(theme: theme).distribution(DistributionMetrics(scheme: .primary2020, counts: [40, 120, 30, 2]))
        var list = DisplayList(size: Size(width: width + 40, height: 260))
        chart.draw(in: Rect(x: 20, y: 20, width: width, height: 220), theme: theme, into: &list)
        let words = Set(chart.bars.flatMap { $0.name.split(separator: " ").map(String.init) })
        let names = list.texts.filter { run in run.text.split(separator: " ").allSatisfy { words.contains(String($0)) } }
        #expect(names.count >= 4, "every category is named")
        #expect(Set(names.map(\.size)).count == 1, "\(width) pt: \(names.map { "\($0.text) \($0.size)" })")
    }

    /// A table's headers are read side by side too: "Hạnh kiểm tốt, khá" is not smaller than "Lên lớp".
    @Test func theHeadersOfATableShareOneSize() throws {
        let theme = Theme(measurer: try Self.renderer.get().measurer)
        let titles = ["Trường", "Học sinh", "Lên lớp", "Hạnh kiểm tốt, khá", "Chỉ tiêu đạt"]
        let table = TableChart(columns: titles.map { TableChart.Column($0) }, rows: [TableChart.Row(["A", "1", "2", "3", "4"])])
        var list = DisplayList(size: Size(width: 300, height: 100))
        table.draw(in: Rect(x: 10, y: 10, width: 260, height: 80), theme: theme, into: &list)
        let headers = list.texts.filter { run in titles.contains { $0.contains(run.text) } }
        #expect(headers.count >= titles.count)
        #expect(Set(headers.map(\.size)).count == 1, "\(headers.map { "\($0.text) \($0.size)" })")
    }
}
