import SchoolMetrics

/// One school in one period on one A4 landscape page: header, headline tiles, distributions,
/// member classification, targets, and the data checks in the footer. Missing sections leave
/// their panels out and the others take the room.
public struct SchoolPage: Sendable {
    public var record: RecordMetrics
    public var change: PeriodChange?
    public var findings: [Diagnostic]

    public init(record: RecordMetrics, change: PeriodChange?, findings: [Diagnostic]) {
        self.record = record
        self.change = change
        self.findings = findings
    }

    public func draw(theme: Theme, size: Size = .a4Landscape) -> DisplayList {
        let school = record.record.school
        let words = theme.words
        var subtitle = [Place.line(ward: school.ward, district: school.district, province: school.province),
                        words.period + " " + record.record.period]
        if let year = record.record.students?.schoolYear { subtitle.append(words.schoolYear + " " + year) }
        let frame = PageFrame(title: school.name, subtitle: subtitle.joined(separator: " · "),
                              notes: FindingNotes.lines(findings, source: record.record.source, theme: theme))
        var (list, body) = frame.draw(size: size, theme: theme)
        let factory = ChartFactory(theme: theme)
        let tiles = factory.tiles(record, enrolled: record.record.students?.enrolled, change: change)
        body = Dashboard.drawTiles(tiles, in: body, theme: theme, into: &list)
        var panels: [Dashboard.PanelContent] = []
        for kind in DistributionKind.allCases {
            for distribution in record.distributions(kind) ?? [] where distribution.total > 0 || distribution.categories.contains(where: { $0.count != nil }) {
                panels.append(.init(title: factory.title(kind, distribution)) { frame, theme, list in
                    factory.distribution(distribution).draw(in: frame, theme: theme, into: &list)
                })
            }
        }
        if let party = record.party, let donut = factory.classification(party) {
            panels.append(.init(title: words.classification) { frame, theme, list in
                donut.draw(in: frame, theme: theme, into: &list)
            })
        }
        let targets = record.targets.flatMap { $0.isEmpty ? nil : $0 }.map { results in
            Dashboard.PanelContent(title: words.targets + " · " + Dashboard.statusCounts(results.map(\.status), theme: theme)) { frame, theme, list in
                factory.targets(results).draw(in: frame, theme: theme, into: &list)
            }
        }
        Dashboard.arrange(panels, side: targets, in: body, theme: theme, into: &list)
        return list
    }
}
