import SchoolMetrics
import Testing
@testable import SchoolRender

@Suite("The ward page's scorecard")
struct ScorecardPageTests {
    let theme = Theme.test()

    func ward(_ records: [Record], rankBy: RankKey? = nil) -> (WardPage, [DisplayList]) {
        let plan = DashboardPlan(records: records, findings: [], theme: theme, rankBy: rankBy)
        let page = plan.wardPage(plan.groups[0])
        return (page, page.draw(theme: theme))
    }

    func school(_ index: Int, promotion: Double, good: Int) -> Record {
        var record = DashboardTests.school(index)
        record.students?.promotion = Rate(percent: promotion)
        record.party = Party(members: 20, classification: [2, good, 18 - good, 0])
        return record
    }

    @Test func theScorecardNamesItsKeyAndKeepsTies() {
        let (page, pages) = ward([school(0, promotion: 100, good: 10), school(1, promotion: 100, good: 16), school(2, promotion: 100, good: 16)])
        #expect(pages.count == 1)
        DashboardTests().expectTidy(pages[0], "ward")
        let texts = pages[0].texts.map(\.text)
        #expect(texts.contains { $0.hasPrefix("Xếp theo: đảng viên hoàn thành tốt nhiệm vụ trở lên, cao trước") },
                "every school promotes 100 %: ranked by the key that separates them, named on the page")
        let rows = page.scorecardTable.schoolRows(theme)
        #expect(rows.map { $0.cells[0] } == ["1", "1", "3"])
        #expect(rows.map { $0.cells[1] } == ["Trường THCS Số 2 Phường Kỳ Phương", "Trường THCS Số 3 Phường Kỳ Phương",
                                             "Trường THCS Số 1 Phường Kỳ Phương"])
        #expect(page.scorecardTable.columns(theme).first?.title == theme.words.rank)
        #expect(texts.contains("ĐV tốt trở lên ▼"), "the key's column is marked")
    }

    @Test func nothingToSeparateMeansNoRankColumn() {
        let (page, pages) = ward([school(0, promotion: 100, good: 16), school(1, promotion: 100, good: 16)].map { record in
            var record = record
            record.students?.conduct = [Distribution(scheme: .conduct2011, counts: [300, 80, 15, 0])]
            return record
        })
        let texts = pages[0].texts.map(\.text)
        #expect(!texts.contains(theme.words.rank))
        #expect(page.scorecard.key == nil)
        #expect(texts.contains { $0.hasPrefix("Xếp theo tên trường") })
        #expect(page.scorecardTable.schoolRows(theme).allSatisfy { $0.cells[0].hasPrefix("Trường") }, "no rank cell")
    }

    @Test func theWardRowComesFirstAndMarksSayAboveOrBelow() throws {
        let (page, pages) = ward([school(0, promotion: 90, good: 16), school(1, promotion: 100, good: 16)])
        let table = page.scorecardTable
        let groupRow = try #require(table.groupRow(theme))
        #expect(groupRow.isEmphasized && groupRow.cells[1] == "Phường Kỳ Phương (chung)")
        #expect(groupRow.cells[3].hasPrefix("95,0"), "the ward's promotion rate beside its schools")
        let promotion = try #require(table.columns(theme).firstIndex { $0.title.hasPrefix("Lên lớp") })
        let rows = table.schoolRows(theme)
        #expect(rows.map { $0.marks[promotion]?.standing } == [.above, .below])
        let texts = pages[0].texts
        let wardRow = try #require(texts.first { $0.text == "Phường Kỳ Phương (chung)" })
        let firstSchool = try #require(texts.first { $0.text == rows[0].cells[1] })
        #expect(wardRow.frame.minY < firstSchool.frame.minY)
    }

    @Test func rankByIsHonoured() {
        let records = [school(0, promotion: 99, good: 10), school(1, promotion: 98, good: 16)]
        #expect(ward(records).0.scorecard.key == .promotion || ward(records).0.scorecard.key == .goodOrBetter)
        let (page, pages) = ward(records, rankBy: .promotion)
        #expect(page.scorecard.key == .promotion && page.scorecard.asked)
        #expect(pages[0].texts.contains { $0.text.hasPrefix("Xếp theo: tỉ lệ lên lớp, cao trước; bằng nhau cùng hạng") })
        let (other, _) = ward(records, rankBy: .goodOrBetter)
        #expect(other.scorecardTable.schoolRows(theme).map { $0.cells[1] }.first == "Trường THCS Số 2 Phường Kỳ Phương")
        let plan = DashboardPlan(records: records, findings: [], theme: theme, rankBy: .goodOrBetter)
        #expect(plan.comparison(plan.groups[0]).ordered.first?.record.school.id == "s1", "the comparison follows the same order")
    }
}
