import SchoolMetrics

/// The meeting pack: a cover, a contents page with page numbers and links, then for each period
/// and ward its ward page, comparison pages and school pages, and an appendix with every data
/// finding. Its outline (bookmarks) mirrors the same structure.
public struct MeetingPack: Sendable {
    /// A bookmark: its title, the page it opens (1-based), and its parent (an index into the list).
    public struct OutlineItem: Sendable, Hashable {
        public var title: String
        public var page: Int
        public var parent: Int?
    }

    public var pages: [DisplayList]
    public var outline: [OutlineItem]

    /// The destination name of a page, for links and bookmarks.
    public static func destination(_ page: Int) -> String { "page-\(page)" }

    private struct Section {
        var title: String
        var level: Int
        var pages: [DisplayList]
    }

    public init(plan: DashboardPlan, findings: [Diagnostic], producedOn: String, theme: Theme, size: Size = .a4Landscape) {
        let words = theme.words
        var sections: [Section] = []
        for period in plan.periods {
            sections.append(Section(title: words.period + " " + period, level: 0, pages: []))
            for group in plan.groups where group.key.period == period {
                let place = [group.key.name, group.key.district].compactMap { $0 }.joined(separator: ", ")
                sections.append(Section(title: place, level: 1, pages: plan.wardPage(group).draw(theme: theme, size: size)))
                sections.append(Section(title: words.comparison, level: 2, pages: plan.comparison(group).draw(theme: theme, size: size)))
                for member in plan.members(of: group) {
                    sections.append(Section(title: member.record.school.name, level: 2,
                                            pages: [plan.schoolPage(member).draw(theme: theme, size: size)]))
                }
            }
        }
        let appendix = MeetingPack.appendix(findings.filter { !$0.isForTheChecker }, theme: theme, size: size)
        sections.append(Section(title: words.appendix, level: 0, pages: appendix))

        let linesPerContentsPage = MeetingPack.contentsLines(theme: theme, size: size)
        let contentsCount = max(1, (sections.count + linesPerContentsPage - 1) / linesPerContentsPage)
        var firstPages: [Int] = []
        var next = 2 + contentsCount
        for section in sections {
            firstPages.append(next)
            next += max(section.pages.count, section.level == 0 && section.pages.isEmpty ? 0 : 1)
        }
        // Sections without pages of their own (period headings) open at their first child.
        var outline: [OutlineItem] = []
        var parents: [Int: Int] = [:]
        for (index, section) in sections.enumerated() {
            let page = section.pages.isEmpty ? min(firstPages[index], next - 1) : firstPages[index]
            outline.append(OutlineItem(title: section.title, page: page, parent: section.level == 0 ? nil : parents[section.level - 1]))
            parents[section.level] = outline.count - 1
        }
        var pages: [DisplayList] = [MeetingPack.cover(plan: plan, producedOn: producedOn, theme: theme, size: size)]
        pages += MeetingPack.contents(outline, sections: sections.map(\.level), perPage: linesPerContentsPage, theme: theme, size: size)
        for section in sections { pages += section.pages }
        for index in pages.indices {
            pages[index].append(.destination(MeetingPack.destination(index + 1), at: Point(0, 0)))
            if index > 0 { PageFrame.number(&pages[index], page: index + 1, of: pages.count, theme: theme) }
        }
        self.pages = pages
        self.outline = outline
    }

    static func cover(plan: DashboardPlan, producedOn: String, theme: Theme, size: Size) -> DisplayList {
        var list = DisplayList(size: size)
        let words = theme.words
        let area = Rect(size: size).inset(by: size.width * 0.1)
        let provinces = Array(Set(plan.records.compactMap(\.record.school.province))).sorted()
        let lines: [(String, Double, FontWeight, Color)] = [
            (words.packTitle, theme.headingSize * 1.4, .bold, theme.accent),
            (words.period + " " + plan.periods.joined(separator: ", "), theme.titleSize * 1.3, .regular, theme.ink),
            (words.schoolsCount(Set(plan.records.map(\.record.school.id)).count) + " · "
                + "\(Set(plan.groups.map { $0.key.with(period: "") }).count) " + words.ward.lowercased()
                + (provinces.isEmpty ? "" : " · " + provinces.joined(separator: ", ")), theme.titleSize, .regular, theme.ink),
            (words.generated + ": " + producedOn, theme.labelSize, .regular, theme.muted),
        ]
        var top = area.minY + area.height * 0.25
        for (text, size, weight, color) in lines {
            let box = Rect(x: area.minX, y: top, width: area.width, height: size * LineMetrics.lineHeight * 2)
            if let fitted = theme.fitter.fit(text, in: box.size, size: size, floor: theme.floorSize, weight: weight, maxLines: 2) {
                list.text(fitted, in: box, color: color, align: .center)
                top += fitted.height + theme.gap * 2
            }
        }
        return list
    }

    static func contentsLines(theme: Theme, size: Size) -> Int {
        let (_, body) = PageFrame(title: "", subtitle: "").draw(size: size, theme: theme)
        return max(1, Int(body.height / (theme.labelSize * LineMetrics.lineHeight * 1.15)))
    }

    static func contents(_ outline: [OutlineItem], sections levels: [Int], perPage: Int, theme: Theme, size: Size) -> [DisplayList] {
        var pages: [DisplayList] = []
        let lineHeight = theme.labelSize * LineMetrics.lineHeight * 1.15
        for start in stride(from: 0, to: outline.count, by: perPage) {
            var (list, body) = PageFrame(title: theme.words.contents, subtitle: theme.words.packTitle).draw(size: size, theme: theme)
            for (offset, item) in outline[start..<min(outline.count, start + perPage)].enumerated() {
                let level = Double(levels[start + offset])
                let line = Rect(x: body.minX, y: body.minY + Double(offset) * lineHeight, width: body.width, height: lineHeight)
                let (numberBox, titleArea) = line.split(right: theme.baseSize * 6)
                let titleBox = titleArea.inset(left: level * theme.baseSize * 2)
                let weight: FontWeight = level == 0 ? .bold : .regular
                if let fitted = theme.fitter.fit(item.title, in: titleBox.size, size: theme.labelSize, floor: theme.floorSize,
                                                 weight: weight, maxLines: 1) {
                    list.text(fitted, in: titleBox, color: theme.ink, vertical: .middle)
                }
                if let fitted = theme.fitter.fit("\(item.page)", in: numberBox.size, size: theme.labelSize, floor: theme.floorSize, maxLines: 1) {
                    list.text(fitted, in: numberBox, color: theme.ink, align: .right, vertical: .middle)
                }
                list.append(.link(line, destination: destination(item.page)))
            }
            pages.append(list)
        }
        return pages.isEmpty ? [PageFrame(title: theme.words.contents, subtitle: "").draw(size: size, theme: theme).0] : pages
    }

    static func appendix(_ findings: [Diagnostic], theme: Theme, size: Size) -> [DisplayList] {
        let lines = findings.isEmpty ? [theme.words.noFindings] : findings.map { finding in
            finding.severity.word(theme.language) + " · " + finding.place.description + " · " + finding.message.text(theme.language)
        }
        var pages: [DisplayList] = []
        var remaining = lines[...]
        while !remaining.isEmpty {
            var (list, body) = PageFrame(title: theme.words.appendix, subtitle: theme.words.findings).draw(size: size, theme: theme)
            var top = body.minY
            while let line = remaining.first {
                let box = Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top)
                guard let fitted = theme.fitter.fit(line, in: box.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 3),
                      fitted.height <= box.height else { break }
                list.text(fitted, in: box, color: theme.ink)
                top += fitted.height + theme.gap / 2
                remaining.removeFirst()
            }
            if list.texts.count <= 2 && !remaining.isEmpty { remaining.removeFirst() } // a line that fits nowhere is skipped
            pages.append(list)
        }
        return pages
    }
}
