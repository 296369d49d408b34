import SchoolMetrics

/// Every chart of the dashboards on its own page of a chosen size, for pasting into a report:
/// `kpis`, `conduct`, `academic` (numbered `-2`, `-3` … for further scheme parts),
/// `classification`, `targets`, and for wards `rates-…` and `schools`.
public struct SingleCharts: Sendable {
    public var theme: Theme
    public var size: Size

    public init(theme: Theme, size: Size) {
        self.theme = theme
        self.size = size
    }

    /// The names `--chart` accepts.
    public static let names = ["kpis", "conduct", "academic", "classification", "targets", "rates"]

    /// The name of a distribution's chart: `conduct`, then `conduct-2`, `conduct-3` … for the
    /// further scheme parts (counting only parts with students).
    public static func name(_ kind: DistributionKind, part index: Int) -> String {
        kind.rawValue + (index > 0 ? "-\(index + 1)" : "")
    }

    private func page(_ title: String, _ draw: (Rect, Theme, inout DisplayList) -> Void) -> DisplayList {
        var list = DisplayList(size: size)
        let inside = Panel(title: title).draw(in: Rect(size: size), theme: theme, into: &list)
        draw(inside, theme, &list)
        return list
    }

    private func distributions(_ figures: some Figures) -> [(String, DisplayList)] {
        let factory = ChartFactory(theme: theme)
        var charts: [(String, DisplayList)] = []
        for kind in DistributionKind.allCases {
            for (index, distribution) in (figures.distributions(kind) ?? []).filter({ $0.total > 0 }).enumerated() {
                charts.append((Self.name(kind, part: index), page(factory.title(kind, distribution)) { frame, theme, list in
                    factory.distribution(distribution).draw(in: frame, theme: theme, into: &list)
                }))
            }
        }
        return charts
    }

    private func tiles(_ tiles: [KPITile], title: String) -> [(String, DisplayList)] {
        guard !tiles.isEmpty else { return [] }
        return [("kpis", page(title) { frame, theme, list in
            let columns = min(3, tiles.count)
            let rows = (tiles.count + columns - 1) / columns
            for (tile, cell) in zip(tiles, frame.grid(rows: rows, columns: columns, gutter: theme.gap)) {
                tile.draw(in: cell, theme: theme, into: &list)
            }
        })]
    }

    /// The charts of one school in one period.
    public func school(_ record: RecordMetrics, change: PeriodChange?) -> [(name: String, page: DisplayList)] {
        let factory = ChartFactory(theme: theme)
        var charts = tiles(factory.tiles(record, enrolled: record.record.students?.enrolled, change: change),
                           title: record.record.school.name + " · " + record.record.period)
        charts += distributions(record)
        if let party = record.party, let donut = factory.classification(party) {
            charts.append(("classification", page(theme.words.classification) { donut.draw(in: $0, theme: $1, into: &$2) }))
        }
        if let targets = record.targets, !targets.isEmpty {
            charts.append(("targets", page(theme.words.targets) { factory.targets(targets).draw(in: $0, theme: $1, into: &$2) }))
        }
        return charts
    }

    /// The charts of one ward in one period: pooled figures, each rate across its schools, and the targets matrix.
    public func ward(_ group: GroupMetrics, members: [RecordMetrics], change: PeriodChange?) -> [(name: String, page: DisplayList)] {
        let factory = ChartFactory(theme: theme)
        let enrolled = members.compactMap { $0.record.students?.enrolled }
        var charts = tiles(factory.tiles(group, enrolled: enrolled.isEmpty ? nil : enrolled.reduce(0, +), change: change,
                                         estimated: Set(RateKind.allCases.filter { group.rates[$0]?.estimated == true })),
                           title: group.key.name + " · " + group.key.period)
        charts += distributions(group)
        if let party = group.party, let donut = factory.classification(party) {
            charts.append(("classification", page(theme.words.classification) { donut.draw(in: $0, theme: $1, into: &$2) }))
        }
        let comparison = ComparisonPages(title: group.key.name, subtitle: "", members: members, group: group, schoolsPerChart: 60)
        for slot in comparison.slots(theme) {
            let name: String
            if let kind = RateKind.allCases.first(where: { slot.title.hasPrefix(theme.words.rate($0)) }) {
                name = "rates-" + kind.rawValue
            } else if slot.wide {
                name = "targets"
            } else {
                continue
            }
            charts.append((name, page(slot.title) { slot.draw($0, $1, &$2) }))
        }
        return charts
    }
}
