import SchoolMetrics
import Testing
@testable import SchoolRender

@Suite("Dashboard pages, checked on the display list")
struct DashboardTests {
    let theme = Theme.test()

    static func school(_ index: Int, students: Bool = true, party: Bool = true, targets: Int = 0) -> Record {
        let name = index == 3 ? String(Gallery.longName) : "Trường THCS Số \(index + 1) Phường Kỳ Phương"
        return Record(
            school: School(id: "s\(index)", name: name, ward: "Phường Kỳ Phương", district: "Thị xã Kỳ Anh", province: "Hà Tĩnh"),
            period: "2024",
            students: students ? Students(schoolYear: "2023-2024", enrolled: 400 + index,
                                          conduct: [Distribution(scheme: .conduct2011, counts: [300 + index, 80, 15, index % 5])],
                                          academic: [Distribution(scheme: .learning2021, counts: [100, 200 - index, 90, 10])],
                                          promotion: Rate(percent: 95 + Double(index % 50) / 10)) : nil,
            party: party ? Party(members: 20 + index % 7, classification: [3, 15 + index % 7, 2, 0]) : nil,
            targets: (0..<targets).map { Target(name: "Chỉ tiêu \($0 + 1) về chất lượng", min: 90, actual: Double(85 + $0 % 10)) })
    }

    /// Every text inside the page's margins and clear of every other text.
    func expectTidy(_ page: DisplayList, _ label: String) {
        let inside = Rect(size: page.size).inset(by: PageFrame.margin(theme) * 0.5)
        let texts = page.texts
        for run in texts {
            #expect(inside.contains(run.frame), "\(label): “\(run.text)” leaves the page")
            #expect(run.size >= theme.floorSize - 0.001, "\(label): “\(run.text)” below the floor")
        }
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] where a.frame.overlaps(b.frame) {
                Issue.record("\(label): “\(a.text)” overlaps “\(b.text)”")
            }
        }
    }

    /// What an import left to review is for whoever checks the data, not for the meeting.
    @Test func importNotesStayOffThePages() {
        let record = Self.school(0)
        let place = SourcePlace(file: "imported.json", line: 3, column: 7)
        let note = Diagnostic(severity: .warning, code: "imported-for-review", place: place, record: record.key,
                              field: "review", message: Message(en: "line 146: 124/148 — not placed", vi: "dòng 146: 124/148"))
        let check = Diagnostic(severity: .warning, code: "reported-percent-mismatch", place: place, record: record.key,
                               field: "party", message: Message(en: "96,4 % printed", vi: "ghi 96,4 %"))
        let plan = DashboardPlan(records: [record], findings: [note, check], theme: theme)
        #expect(plan.findings[record.key]?.map(\.code) == ["reported-percent-mismatch"])
        let texts = plan.schoolPage(plan.records[0]).draw(theme: theme).texts
        #expect(!texts.contains { $0.text.contains("124/148") })
        #expect(texts.contains { $0.text.contains("96,4 %") }, "the footer still lists the check")
    }

    @Test func missingSectionsLeaveTheirPanelsOut() {
        let partyOnly = RecordMetrics(Self.school(1, students: false))
        let page = SchoolPage(record: partyOnly, change: nil, findings: []).draw(theme: theme)
        let texts = page.texts.map(\.text)
        #expect(texts.contains(theme.words.classification))
        #expect(!texts.contains { $0.hasPrefix("Hạnh kiểm") || $0.hasPrefix("Học tập") || $0 == theme.words.enrolled })
        #expect(!texts.contains { $0.hasPrefix(theme.words.targets) })
        #expect(!texts.contains(theme.words.rate(.promotion)), "no tile stands in for a missing rate")
        expectTidy(page, "party only")
        let full = SchoolPage(record: RecordMetrics(Self.school(2, targets: 30)), change: nil, findings: []).draw(theme: theme)
        #expect(full.texts.contains { $0.text.hasPrefix("Hạnh kiểm (TT 58)") })
        #expect(full.texts.contains { $0.text.hasPrefix(theme.words.targets + " · ") })
        expectTidy(full, "30 targets")
    }

    /// Valid but extreme records: no students, all in one category, one student, a million, a
    /// 300-character name. Each page stays tidy, draws no NaN, and says when there is no data.
    @Test(arguments: [("no students", 0, [0, 0, 0, 0]), ("all in one category", 698, [698, 0, 0, 0]), ("one student", 1, [0, 0, 1, 0]),
                      ("a million students", 1_000_000, [900_000, 90_000, 9_000, 1_000])])
    func extremeButValidDataStaysInsideThePage(_ label: String, _ enrolled: Int, _ counts: [Int]) {
        var record = Self.school(0, targets: 3)
        record.school.name = "Trường " + String(repeating: "Trung học cơ sở Kỳ Phương ", count: 12).prefix(293)
        #expect(record.school.name.count == 300)
        record.students = Students(schoolYear: "2023-2024", enrolled: enrolled,
                                   conduct: [Distribution(scheme: .conduct2011, counts: counts)],
                                   academic: [Distribution(scheme: .academic2011, counts: counts + [0])],
                                   promotion: Rate(count: enrolled, of: enrolled))
        let page = SchoolPage(record: RecordMetrics(record), change: nil, findings: []).draw(theme: theme)
        expectTidy(page, label)
        for shape in page.shapes {
            let box = shape.path.bounds
            #expect([box.minX, box.minY, box.width, box.height].allSatisfy { $0.isFinite }, "\(label): a shape with NaN")
        }
        let texts = page.texts.map(\.text)
        #expect(texts.contains { $0.hasPrefix("Trường Trung học") && $0.hasSuffix("…") }, "\(label): the long name is shortened with …")
        if enrolled == 0 {
            #expect(texts.contains(theme.words.noData), "no students: the panels say there is no data")
            #expect(!texts.contains { $0.contains("NaN") || $0.contains("nan") })
        } else {
            #expect(!texts.contains(theme.words.noData))
        }
    }

    @Test func aComparisonOfSixtySchoolsPaginatesWithoutOverflow() {
        let records = (0..<60).map { RecordMetrics(Self.school($0, targets: 3)) }
        let group = Rollup.groups(records, level: .ward)[0]
        let pages = ComparisonPages(title: "Phường Kỳ Phương", subtitle: "2024", members: records, group: group).draw(theme: theme)
        // Twenty schools a page, each page with every chart and the targets of its schools.
        #expect(pages.count == 3)
        for (index, page) in pages.enumerated() { expectTidy(page, "page \(index + 1)") }
        let names = pages.flatMap(\.texts).map(\.text)
        for index in [0, 30, 59] where index != 3 {
            let name = "Trường THCS Số \(index + 1) Phường Kỳ Phương"
            #expect(names.filter { $0 == name }.count == 1, "school \(index + 1) on one page, its charts sharing one names column")
        }
    }

    @Test func theWardPageRanksItsSchoolsAndMarksEstimates() {
        let records = (0..<8).map { RecordMetrics(Self.school($0)) }
        let group = Rollup.groups(records, level: .ward)[0]
        let pages = WardPage(group: group, members: records, change: nil).draw(theme: theme)
        #expect(pages.count == 1)
        expectTidy(pages[0], "ward")
        let rows = WardPage(group: group, members: records, change: nil).scorecardTable.schoolRows(theme)
        #expect(rows.map { $0.cells.first } == (1...8).map { Optional(String($0)) })
        #expect(rows[0].cells[1] == "Trường THCS Số 8 Phường Kỳ Phương", "the best promotion rate ranks first")
        #expect(pages[0].texts.contains { $0.text == theme.words.estimated }, "a rate pooled from percents is marked")
    }

    /// A one-school ward's lone donut keeps its natural size (at most half the page) instead of
    /// swelling across it; so does a school page's lone panel.
    @Test func aLonePanelDoesNotSwellAcrossThePage() {
        let record = Self.school(0, students: false, party: true)
        let plan = DashboardPlan(records: [record], findings: [], theme: theme)
        let pages = [plan.wardPage(plan.groups[0]).draw(theme: theme)[0], plan.schoolPage(plan.records[0]).draw(theme: theme)]
        for page in pages {
            let colors = Set((0..<4).map { theme.categoryColor($0, of: 4) })
            let sectors = page.shapes.filter { $0.fill.map(colors.contains) == true }.map(\.path.bounds)
            #expect(!sectors.isEmpty)
            let left = sectors.map(\.minX).min()!, right = sectors.map(\.maxX).max()!
            #expect(right - left <= page.size.width / 2, "the donut and its legend span \(right - left) of \(page.size.width) pt")
        }
    }

    @Test func theMeetingPackNumbersEveryPageAndLinksItsContents() {
        let records = (0..<4).map { Self.school($0) }
        let plan = DashboardPlan(records: records, findings: [], theme: theme)
        let pack = MeetingPack(plan: plan, findings: [], producedOn: "01/06/2024", theme: theme)
        let total = pack.pages.count
        #expect(total == 1 + 1 + 1 + plan.comparison(plan.groups[0]).draw(theme: theme).count + 4 + 1)
        for (index, page) in pack.pages.enumerated().dropFirst() {
            #expect(page.texts.contains { $0.text == "Trang \(index + 1)/\(total)" }, "page \(index + 1)")
        }
        let links = pack.pages[1].commands.compactMap { if case .link(_, let destination) = $0 { destination } else { nil } }
        #expect(links.count == pack.outline.count)
        #expect(pack.outline.map(\.title).contains(records[0].school.name))
        let schoolEntry = pack.outline.first { $0.title == records[1].school.name }!
        #expect(pack.pages[schoolEntry.page - 1].texts.contains { $0.text == records[1].school.name })
    }

    @Test func slugsAreAsciiAndKeepPlacesApart() {
        #expect(Slug.make("Phường Kỳ Phương") == "phuong-ky-phuong")
        #expect(Slug.make("Đắk Lắk / Buôn Đôn") == "dak-lak-buon-don")
        #expect(Slug.make("../../etc") == "etc")
        #expect(Slug.make("   ") == "x")
        let one = GroupKey(School(id: "a", name: "A", ward: "Phường 1", district: "Thành phố Hà Tĩnh", province: "Hà Tĩnh"),
                           period: "2024", level: .ward)
        let other = GroupKey(School(id: "b", name: "B", ward: "Phường 1", district: "Thị xã Hồng Lĩnh", province: "Hà Tĩnh"),
                             period: "2024", level: .ward)
        #expect(FileNames.ward(one) != FileNames.ward(other))
    }
}
