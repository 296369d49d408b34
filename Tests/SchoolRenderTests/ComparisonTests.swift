import SchoolMetrics
import Testing
@testable import SchoolRender

@Suite("Comparisons fit the ward: small multiples that share their schools")
struct ComparisonTests {
    let theme = Theme.test()

    func comparison(_ count: Int, targets: Int = 3, grouped: Bool = true) -> ComparisonPages {
        let records = (0..<count).map { RecordMetrics(DashboardTests.school($0, targets: targets)) }
        let group = grouped ? Rollup.groups(records, level: .ward)[0] : nil
        return ComparisonPages(title: grouped ? "Phường Kỳ Phương" : theme.words.allSchools, subtitle: "2024", members: records, group: group)
    }

    /// Up to eight schools on one page; nine on at most two; sixty on three, twenty a page.
    @Test(arguments: [(2, 1), (8, 1), (9, 2), (60, 3)])
    func pageCount(_ schools: Int, _ pages: Int) {
        let comparison = comparison(schools)
        let drawn = comparison.draw(theme: theme)
        if schools == 60 {
            #expect(drawn.count == pages, "\(schools) schools")
        } else {
            #expect(drawn.count <= pages, "\(schools) schools")
        }
        for (index, page) in drawn.enumerated() { DashboardTests().expectTidy(page, "\(schools) schools, page \(index + 1)") }
        let plans = comparison.pagePlans(theme: theme)
        #expect(plans.count == drawn.count)
        #expect(plans.allSatisfy { $0.key != nil }, "the targets are on the page of their schools")
    }

    /// Every chart of a page holds the page's schools, in one order; the chunks cover every school once, in order.
    @Test(arguments: [2, 8, 9, 60])
    func everyChartOfAPageShowsTheSameSchools(_ schools: Int) {
        let comparison = comparison(schools)
        let ordered = comparison.ordered.map(\.record.school.name)
        let plans = comparison.pagePlans(theme: theme)
        #expect(plans.map(\.schools).reduce(into: [Int]()) { $0 += Array($1) }.count >= schools)
        #expect(Array(Set(plans.map(\.schools))).sorted { $0.lowerBound < $1.lowerBound }.flatMap { Array($0) } == Array(0..<schools))
        let blockNames = Set(comparison.blocks(comparison.ordered, theme: theme, targetsPerBlock: 100).map(\.title))
        let pages = comparison.draw(theme: theme)
        for (plan, page) in zip(plans, pages) {
            let names = Array(ordered[plan.schools])
            #expect(Set(plan.bands.flatMap { $0.blocks.map(\.title) }) == blockNames, "every chart on the page of its schools")
            for band in plan.bands {
                #expect(band.names == names)
                for block in band.blocks {
                    let rows = switch block.content {
                    case .shares(let bars, _): bars.count
                    case .rate(let values, _): values.count
                    case .statuses(let cells, _): cells.count
                    }
                    #expect(rows == names.count, "\(block.title): a row per school")
                }
            }
            // Drawn: the names column of each band, in the same order (the 200-character name is shortened, so left out).
            let shown = page.texts.map(\.text).filter { names.contains($0) }
            let expected = names.filter { !$0.hasPrefix(String(Gallery.longName.prefix(10))) }
            #expect(shown == Array(repeating: expected, count: plan.bands.count).flatMap { $0 })
        }
    }

    @Test func thePageSaysTheOrderAndTheRangeOfSchools() {
        let pages = comparison(60).draw(theme: theme)
        let subtitles = pages.map { page in page.texts.map(\.text).first { $0.contains("Thứ tự:") } ?? "" }
        #expect(subtitles.allSatisfy { $0.contains("Thứ tự: tỉ lệ lên lớp, cao trước") })
        #expect(subtitles[0].contains("Trường 1–20 / 60") && subtitles[2].contains("Trường 41–60 / 60"))
    }

    /// Thirty targets each: the matrix takes a band of its own, still within two pages.
    @Test func manyTargetsStayWithinTwoPages() {
        let pages = comparison(8, targets: 30).draw(theme: theme)
        #expect(pages.count <= 2)
        for (index, page) in pages.enumerated() { DashboardTests().expectTidy(page, "30 targets, page \(index + 1)") }
        let numbers = Set(pages.flatMap(\.texts).map(\.text))
        #expect((1...30).allSatisfy { numbers.contains("\($0)") }, "every target numbered")
    }

    @Test func allSchoolsOfAPeriodPaginateTheSameWay() {
        let pages = comparison(30, grouped: false).draw(theme: theme)
        #expect(pages.count == 2)
        for (index, page) in pages.enumerated() { DashboardTests().expectTidy(page, "all schools, page \(index + 1)") }
        let references = comparison(30, grouped: false).pagePlans(theme: theme).flatMap(\.bands).flatMap(\.blocks).compactMap { block in
            if case .rate(_, let reference) = block.content { return reference }
            return nil
        }
        #expect(references.isEmpty, "no ward figure without a ward")
    }

    @Test func theWardFigureIsTheReferenceRule() {
        let comparison = comparison(4)
        let plans = comparison.pagePlans(theme: theme)
        let rates = plans.flatMap(\.bands).flatMap(\.blocks).compactMap { block -> BarChart.Reference? in
            if case .rate(_, let reference) = block.content { return reference }
            return nil
        }
        #expect(rates.count == 1)
        #expect(rates[0].value == comparison.group?.rates[.promotion]?.percent)
        #expect(comparison.draw(theme: theme)[0].texts.contains { $0.text == rates[0].label })
    }
}

extension ComparisonTests {
    /// The gap between two text boxes (0 when they touch or overlap).
    static func gap(_ a: Rect, _ b: Rect) -> Double {
        max(0, b.minX - a.maxX, a.minX - b.maxX, b.minY - a.maxY, a.minY - b.maxY)
    }

    /// Texts of the body at least 1.5 pt apart, except the lines of one wrapped label (same size,
    /// stacked). The page header (PageFrame: title and subtitle) is left to the page frame's own checks.
    @Test(arguments: [2, 9, 60])
    func textsKeepApart(_ schools: Int) {
        let body = PageFrame(title: "", subtitle: "").draw(size: .a4Landscape, theme: theme).1
        for (index, page) in comparison(schools, targets: 12).draw(theme: theme).enumerated() {
            let texts = page.texts.filter { $0.frame.minY >= body.minY - 0.01 }
            for (i, a) in texts.enumerated() {
                for b in texts[(i + 1)...] where Self.gap(a.frame, b.frame) < 1.5 {
                    let stacked = a.size == b.size && (abs(a.frame.maxY - b.frame.minY) < 0.01 || abs(b.frame.maxY - a.frame.minY) < 0.01)
                    if !stacked { Issue.record("page \(index + 1): “\(a.text)” and “\(b.text)” are \(Self.gap(a.frame, b.frame)) pt apart") }
                }
            }
        }
    }
}
