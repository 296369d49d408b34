import SchoolMetrics

/// A ward in one period: pooled headline figures (estimated rates marked), pooled
/// distributions and classification, and a table of its schools with their rank. Wards with
/// more schools than fit continue their table on further pages.
public struct WardPage: Sendable {
    public var group: GroupMetrics
    public var members: [RecordMetrics]
    public var change: PeriodChange?

    public init(group: GroupMetrics, members: [RecordMetrics], change: PeriodChange?) {
        self.group = group
        self.members = members
        self.change = change
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
        let rows = tableRows(theme)
        let titleSpace = theme.titleSize * LineMetrics.lineHeight + theme.padding * 2 + theme.gap
        let needed = titleSpace + TableChart.rowHeight(theme) * Double(rows.count + 1) + theme.gap
        let tableHeight = panels.isEmpty ? body.height : min(needed, body.height * 0.5)
        let (tableArea, chartArea) = body.split(top: tableHeight, gap: theme.gap * 1.5)
        let inside = Panel(title: words.schools).draw(in: tableArea, theme: theme, into: &list)
        let perPage = max(1, TableChart.rowsThatFit(inside.height, theme: theme))
        TableChart(columns: Self.columns(theme), rows: Array(rows.prefix(perPage))).draw(in: inside, theme: theme, into: &list)
        Dashboard.arrange(panels, side: nil, in: chartArea, maxColumns: 4, theme: theme, into: &list)
        var pages = [list]
        var remaining = Array(rows.dropFirst(perPage))
        while !remaining.isEmpty {
            var (next, rest) = PageFrame(title: frame.title, subtitle: subtitle, notes: []).draw(size: size, theme: theme)
            let inside = Panel(title: words.schools).draw(in: rest, theme: theme, into: &next)
            let fit = max(1, TableChart.rowsThatFit(inside.height, theme: theme))
            TableChart(columns: Self.columns(theme), rows: Array(remaining.prefix(fit))).draw(in: inside, theme: theme, into: &next)
            remaining.removeFirst(min(fit, remaining.count))
            pages.append(next)
        }
        return pages
    }


    /// One row per school, best promotion rate first: rank, name, students, rates, members, targets met.
    func tableRows(_ theme: Theme) -> [[String]] {
        let text = FigureText(theme.language)
        let ranks = Ranking.ranks(members.map { $0.ratePercent(.promotion) })
        let order = members.indices.sorted { a, b in
            switch (ranks[a], ranks[b]) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return members[a].record.school.name < members[b].record.school.name
            }
        }
        return order.map { index in
            let record = members[index]
            return [ranks[index].map(String.init) ?? "—", record.record.school.name, text.count(record.record.students?.enrolled),
                    text.rate(record.ratePercent(.promotion)), text.rate(record.ratePercent(.graduation)),
                    text.rate(record.ratePercent(.admission)), text.count(record.party?.members), Self.targetsMet(record)]
        }
    }

    /// Targets met or exceeded of those decided, `3/4`; an en dash when none is decided.
    static func targetsMet(_ record: RecordMetrics) -> String {
        let statuses = record.targets?.map(\.status) ?? []
        let met = statuses.filter { $0 == .met || $0 == .exceeded }.count
        let decided = statuses.filter { $0 != .pending }.count
        return decided == 0 ? "—" : "\(met)/\(decided)"
    }
}

extension WardPage {
    /// The table's columns: rank by promotion rate, then the key figures.
    static func columns(_ theme: Theme) -> [TableChart.Column] {
        let words = theme.words
        let vi = theme.language == .vi
        return [.init(words.rank, weight: 0.6), .init(words.school, weight: 3.4, alignment: .left), .init(words.enrolled),
                .init(vi ? "Lên lớp" : "Promotion"), .init(vi ? "Tốt nghiệp" : "Graduation"), .init(vi ? "Vào lớp 10" : "Admission"),
                .init(words.members), .init(vi ? "Chỉ tiêu đạt" : "Targets met")]
    }
}
