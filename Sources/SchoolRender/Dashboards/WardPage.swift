import SchoolMetrics

/// A ward in one period: pooled headline figures (estimated rates marked), pooled
/// distributions and classification, and the scorecard of its schools (``Scorecard``) under the
/// ward's own row. Wards with more schools than fit continue their scorecard on further pages.
public struct WardPage: Sendable {
    public var group: GroupMetrics
    public var members: [RecordMetrics]
    public var change: PeriodChange?
    /// The figure the scorecard orders the schools by; nil: the one that best separates them.
    public var rankBy: RankKey?

    public init(group: GroupMetrics, members: [RecordMetrics], change: PeriodChange?, rankBy: RankKey? = nil) {
        self.group = group
        self.members = members
        self.change = change
        self.rankBy = rankBy
    }

    public func draw(theme: Theme, size: Size = .a4Landscape) -> [DisplayList] {
        let words = theme.words
        let key = group.key
        let estimated = Set(RateKind.allCases.filter { group.rates[$0]?.estimated == true })
        var notes = [words.schoolsCount(members.count) + ": " + members.map(\.record.school.name).joined(separator: ", ")]
        if !estimated.isEmpty {
            notes.append(theme.language == .vi
                ? "Tỉ lệ ước tính (\(estimated.map { words.rate($0) }.sorted().joined(separator: ", "))): trung bình các trường có số liệu, vì không đủ số đếm để gộp"
                : "Estimated rates (\(estimated.map { words.rate($0) }.sorted().joined(separator: ", "))): mean of the schools that give them, as counts are missing")
        }
        let subtitle = [Place.line(ward: nil, district: key.district, province: key.province), words.period + " " + key.period,
                        words.schoolsCount(members.count)].filter { !$0.isEmpty }.joined(separator: " · ")
        notes.append(words.scorecardMarks)
        let frame = PageFrame(title: key.ward ?? key.name, subtitle: subtitle, notes: notes)
        var (list, body) = frame.draw(size: size, theme: theme)
        let factory = ChartFactory(theme: theme)
        let enrolled = members.compactMap { $0.record.students?.enrolled }
        body = Dashboard.drawTiles(factory.tiles(group, enrolled: enrolled.isEmpty ? nil : enrolled.reduce(0, +),
                                                 change: change, estimated: estimated), in: body, theme: theme, into: &list)
        var panels: [Dashboard.PanelContent] = []
        for kind in DistributionKind.allCases {
            for distribution in group.distributions(kind) ?? [] where distribution.total > 0 {
                panels.append(.init(title: factory.title(kind, distribution)) { frame, theme, list in
                    factory.distribution(distribution).draw(in: frame, theme: theme, into: &list)
                })
            }
        }
        if let party = group.party, let donut = factory.classification(party) {
            panels.append(.init(title: words.classification) { frame, theme, list in donut.draw(in: frame, theme: theme, into: &list) })
        }
        let table = scorecardTable
        let groupRow = table.groupRow(theme).map { [$0] } ?? []
        let rows = table.schoolRows(theme)
        let columns = table.columns(theme)
        let order = words.order(table.scorecard)
        let titleSpace = theme.titleSize * LineMetrics.lineHeight + theme.smallSize * LineMetrics.lineHeight + theme.padding * 2 + theme.gap * 1.5
        let needed = titleSpace + TableChart.rowHeight(theme) * Double(rows.count + groupRow.count + 1) + theme.gap
        // The scorecard of up to eight schools stays whole on the first page; the charts take the rest.
        let tableHeight = panels.isEmpty ? body.height : min(needed, body.height * 0.6)
        let (tableArea, chartArea) = body.split(top: tableHeight, gap: theme.gap * 1.5)
        let inside = Panel(title: words.scorecard, subtitle: order).draw(in: tableArea, theme: theme, into: &list)
        let perPage = max(1, TableChart.rowsThatFit(inside.height, theme: theme) - groupRow.count)
        TableChart(columns: columns, rows: groupRow + rows.prefix(perPage)).draw(in: inside, theme: theme, into: &list)
        Dashboard.arrange(panels, side: nil, in: chartArea, maxColumns: 4, theme: theme, into: &list)
        var pages = [list]
        var remaining = Array(rows.dropFirst(perPage))
        while !remaining.isEmpty {
            var (next, rest) = PageFrame(title: frame.title, subtitle: subtitle, notes: [words.scorecardMarks]).draw(size: size, theme: theme)
            let inside = Panel(title: words.scorecard, subtitle: order).draw(in: rest, theme: theme, into: &next)
            let fit = max(1, TableChart.rowsThatFit(inside.height, theme: theme) - groupRow.count)
            TableChart(columns: columns, rows: groupRow + remaining.prefix(fit)).draw(in: inside, theme: theme, into: &next)
            remaining.removeFirst(min(fit, remaining.count))
            pages.append(next)
        }
        return pages
    }

    /// The scorecard of the ward's schools, ordered by `rankBy` or by the figure that best separates them.
    var scorecard: Scorecard { Scorecard(members: members, group: group, rankBy: rankBy) }

    var scorecardTable: ScorecardTable {
        ScorecardTable(scorecard: scorecard, members: members, groupName: group.key.ward ?? group.key.name)
    }
}
