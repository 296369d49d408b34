import SchoolMetrics

/// Schools side by side as small multiples (``SchoolGrid``): the schools are the rows, shared by
/// every chart of a page — each scheme's distribution as 100 %-stacked bars (never mixing
/// schemes), the three rates with the group's figure as a reference rule, member classification,
/// and the targets' statuses — in the scorecard's order (``Scorecard``), which the page states.
///
/// The charts are set in bands across the page, as many as let them read; a ward of up to eight
/// schools fits on one page, targets included when they fit there. Larger groups continue by rows
/// of schools: each page holds the same schools in every chart, and no text is under the floor size.
public struct ComparisonPages: Sendable {
    public var title: String
    public var subtitle: String
    public var members: [RecordMetrics]
    /// The pooled figures the rates are compared with, when the schools form one group.
    public var group: GroupMetrics?
    /// The figure the schools are ordered by; nil: the one that best separates them.
    public var rankBy: RankKey?
    /// The schools per chart of the single charts (``slots(_:)``, for `schooldash charts`).
    public var schoolsPerChart: Int

    public init(title: String, subtitle: String, members: [RecordMetrics], group: GroupMetrics?, rankBy: RankKey? = nil,
                schoolsPerChart: Int = 20) {
        self.title = title
        self.subtitle = subtitle
        self.members = members.sorted { $0.record.school.name < $1.record.school.name }
        self.group = group
        self.rankBy = rankBy
        self.schoolsPerChart = max(2, schoolsPerChart)
    }

    /// The members in the order the pages show them.
    public var ordered: [RecordMetrics] {
        Scorecard(members: members, group: group, rankBy: rankBy).order.map { members[$0] }
    }

    /// One page of the comparison: the schools it holds (positions in ``ordered``) and its bands,
    /// each a grid of those schools.
    struct PagePlan {
        var schools: Range<Int>
        var bands: [SchoolGrid]
        /// The key of the targets shown on the page.
        var key: TargetKey?
    }

    public func draw(theme: Theme, size: Size = .a4Landscape) -> [DisplayList] {
        let scorecard = Scorecard(members: members, group: group, rankBy: rankBy)
        let count = members.count
        let plans = pagePlans(theme: theme, size: size)
        let chunked = Set(plans.map(\.schools)).count > 1
        return plans.map { plan in
            let range = chunked ? (plan.schools.lowerBound + 1)...plan.schools.upperBound : nil
            let subtitle = [subtitle, theme.words.schoolsCount(count), range.map { theme.words.schoolRange($0, of: count) },
                            theme.words.comparisonOrder(scorecard)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
            var (page, body) = PageFrame(title: theme.words.comparison + " · " + title, subtitle: subtitle).draw(size: size, theme: theme)
            guard !plan.bands.isEmpty else {
                if let fitted = theme.fitter.fit(theme.words.noData, in: body.size, size: theme.labelSize, floor: theme.floorSize) {
                    page.text(fitted, in: body, color: theme.muted, align: .center, vertical: .middle)
                }
                return page
            }
            if let key = plan.key {
                let split = body.split(bottom: key.height(width: body.width, theme: theme), gap: theme.gap * 1.5)
                key.draw(in: split.0, theme: theme, into: &page)
                body = split.1
            }
            let nameWidth = Self.nameWidth(ordered.map(\.record.school.name), body: body, theme: theme)
            let overhead = plan.bands.reduce(0) { $0 + $1.overhead(width: body.width, nameWidth: nameWidth, theme: theme) }
            let free = body.height - overhead - ComparisonLayout.bandGap(theme) * Double(plan.bands.count - 1)
            let rowHeight = min(SchoolGrid.largestRowHeight(theme), free / Double(plan.bands.count * max(1, plan.schools.count)))
            var top = body.minY
            for band in plan.bands {
                let used = band.draw(in: Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top),
                                     rowHeight: rowHeight, nameWidth: nameWidth, theme: theme, into: &page)
                top += used + ComparisonLayout.bandGap(theme)
            }
            return page
        }
    }

    /// The width of the names column: the longest name, up to a fifth of the page.
    static func nameWidth(_ names: [String], body: Rect, theme: Theme) -> Double {
        min(body.width * 0.2, (names.map { theme.fitter.width($0, size: theme.labelSize) }.max() ?? 0) + theme.gap)
    }

    /// The pages: for each chunk of schools, the pages its bands take; a chart that no school of
    /// a chunk gives is left off that chunk's pages.
    func pagePlans(theme: Theme, size: Size = .a4Landscape) -> [PagePlan] {
        let schools = ordered
        let (_, body) = PageFrame(title: "", subtitle: "").draw(size: size, theme: theme)
        let names = schools.map(\.record.school.name)
        let nameWidth = Self.nameWidth(names, body: body, theme: theme)
        let capacity = max(1, Int((body.width - nameWidth - theme.gap * 1.5) / SchoolGrid.statusWidth(theme)))
        let grid = SchoolGrid(names: names, blocks: blocks(schools, theme: theme, targetsPerBlock: capacity))
        guard !grid.blocks.isEmpty else { return [PagePlan(schools: 0..<schools.count, bands: [], key: nil)] }
        let targetNames = targetNames
        let layout = ComparisonLayout.best(grid, targetNames: targetNames, body: body.size, nameWidth: nameWidth, theme: theme)
        return layout.chunks(names.count).flatMap { chunk in
            let rows = grid.rows(chunk)
            return layout.pages.map { bands in
                PagePlan(schools: chunk, bands: bands.compactMap { band in
                    let blocks = rows.blocks[band].filter(\.hasData)
                    return blocks.isEmpty ? nil : SchoolGrid(names: rows.names, blocks: blocks)
                }, key: ComparisonLayout.key(bands, of: grid, names: targetNames))
            }
        }
    }

    /// The blocks of the grid for `schools`: distributions per scheme, the rates, the classification,
    /// then the targets in parts of at most `targetsPerBlock`.
    func blocks(_ schools: [RecordMetrics], theme: Theme, targetsPerBlock: Int) -> [SchoolGrid.Block] {
        distributionBlocks(schools, theme) + rateBlocks(schools, theme) + classificationBlocks(schools, theme)
            + targetBlocks(schools, theme, perBlock: targetsPerBlock)
    }

    private func shares(_ counts: [Int?], colors: [Color], theme: Theme) -> [BarChart.Segment]? {
        guard counts.contains(where: { ($0 ?? 0) > 0 }) else { return nil }
        let percents = ShareRounding.percents(counts: counts.map { $0 ?? 0 }, decimals: 1)
        return counts.indices.map { index in
            BarChart.Segment(value: counts[index].map(Double.init), label: theme.format.percent(percents[index], decimals: 1),
                             color: colors[index])
        }
    }

    private func distributionBlocks(_ schools: [RecordMetrics], _ theme: Theme) -> [SchoolGrid.Block] {
        var blocks: [SchoolGrid.Block] = []
        for kind in DistributionKind.allCases {
            var schemes: [Scheme] = []
            for member in members {
                for distribution in member.distributions(kind) ?? [] where !schemes.contains(distribution.scheme) {
                    schemes.append(distribution.scheme)
                }
            }
            for scheme in schemes {
                let colors = scheme.categories.indices.map { theme.categoryColor($0, of: scheme.categories.count) }
                let bars = schools.map { member -> [BarChart.Segment]? in
                    // A school's parts of one scheme (mixed-year records) are added up.
                    let parts = (member.distributions(kind) ?? []).filter { $0.scheme == scheme }
                    guard !parts.isEmpty else { return nil }
                    let counts = scheme.categories.indices.map { index -> Int? in
                        let values = parts.compactMap { $0.categories[index].count }
                        return values.isEmpty ? nil : values.reduce(0, +)
                    }
                    return shares(counts, colors: colors, theme: theme)
                }
                let legend = Legend(zip(scheme.categories, colors).map { .init($0.label, $1) })
                blocks.append(.init(title: theme.words.distribution(kind, scheme: scheme), content: .shares(bars, legend: legend)))
            }
        }
        return blocks
    }

    private func rateBlocks(_ schools: [RecordMetrics], _ theme: Theme) -> [SchoolGrid.Block] {
        let text = FigureText(theme.language)
        return RateKind.allCases.compactMap { kind in
            guard schools.contains(where: { $0.ratePercent(kind) != nil }) else { return nil }
            let reference = group.flatMap { group in
                group.rates[kind]?.percent.map { value in
                    BarChart.Reference(value: value, label: text.rate(value)
                                       + (group.rates[kind]?.estimated == true ? " " + theme.words.estimated : "") + " · " + group.key.name)
                }
            }
            let values = schools.map { member in
                BarChart.Segment(value: member.ratePercent(kind), label: member.ratePercent(kind).map(text.rate),
                                 color: theme.categoryColor(0, of: 4))
            }
            return .init(title: theme.words.rate(kind), content: .rate(values, reference: reference))
        }
    }

    private func classificationBlocks(_ schools: [RecordMetrics], _ theme: Theme) -> [SchoolGrid.Block] {
        guard schools.contains(where: { ($0.party?.classified ?? 0) > 0 }) else { return [] }
        let names = Party.Level.allCases.map { theme.words.classificationShort($0) } + [theme.words.unclassified]
        let colors = (0..<4).map { theme.categoryColor($0, of: 4) } + [Palette.unclassified]
        let bars = schools.map { member -> [BarChart.Segment]? in
            guard let party = member.party, party.classified ?? 0 > 0 else { return nil }
            return shares(party.categories.map(\.count) + [party.unclassified.map { max(0, $0) } ?? 0], colors: colors, theme: theme)
        }
        return [.init(title: theme.words.classification, content: .shares(bars, legend: Legend(zip(names, colors).map { .init($0, $1) })))]
    }

    /// The target names in the order they first appear, by school name.
    var targetNames: [String] {
        var names: [String] = []
        for member in members {
            for result in member.targets ?? [] where !names.contains(result.target.name) { names.append(result.target.name) }
        }
        return names
    }

    private func targetBlocks(_ schools: [RecordMetrics], _ theme: Theme, perBlock: Int) -> [SchoolGrid.Block] {
        let names = targetNames
        let parts = stride(from: 0, to: names.count, by: perBlock).map { $0..<min(names.count, $0 + perBlock) }
        return parts.enumerated().map { index, part in
            let cells = schools.map { member in
                names[part].map { name in member.targets?.first { $0.target.name == name }?.status }
            }
            let title = theme.words.targets + (parts.count > 1 ? " (\(index + 1)/\(parts.count))" : "")
            return .init(title: title, content: .statuses(cells, first: part.lowerBound + 1))
        }
    }
}
