import SchoolMetrics

/// Turns computed figures into chart specs: the one place that decides what a dashboard's
/// charts say, so school pages, ward pages, comparisons and single charts agree.
public struct ChartFactory: Sendable {
    public var theme: Theme
    var text: FigureText { FigureText(theme.language) }
    var words: Words { theme.words }

    public init(theme: Theme) {
        self.theme = theme
    }

    /// The title of a distribution chart: `Hạnh kiểm / Rèn luyện · khối 6, 7, 8`.
    public func title(_ kind: DistributionKind, _ distribution: DistributionMetrics) -> String {
        words.distribution(kind, scheme: distribution.scheme) + (distribution.grades.map { " · " + words.grades($0) } ?? "")
    }

    /// One bar per category, best first, labelled `count · share` with shares that add to 100.
    public func distribution(_ distribution: DistributionMetrics) -> BarChart {
        let shares = distribution.displayPercents(decimals: 1)
        let count = distribution.categories.count
        // Of no students there is no distribution: the chart says there is no data.
        let measured = distribution.categories.contains { ($0.count ?? 0) > 0 }
        return BarChart(bars: distribution.categories.enumerated().map { index, category in
            let label = category.count.flatMap { value in shares.isEmpty ? nil : text.countAndShare(value, shares[index]) }
            return BarChart.Bar(name: category.label, segments: [
                .init(value: measured ? category.count.map(Double.init) : nil, label: label, color: theme.categoryColor(index, of: count)),
            ])
        }, orientation: .vertical)
    }

    /// The member classification as a donut, with unclassified members as their own grey slice.
    public func classification(_ party: PartyMetrics) -> PieChart? {
        guard party.classified != nil || party.members != nil else { return nil }
        var counts = party.categories.map { $0.count ?? 0 }
        var names = Party.Level.allCases.map { words.classificationShort($0) }
        var colors = (0..<4).map { theme.categoryColor($0, of: 4) }
        if let unclassified = party.unclassified, unclassified > 0 {
            counts.append(unclassified)
            names.append(words.unclassified)
            colors.append(Palette.unclassified)
        }
        guard counts.reduce(0, +) > 0 else { return nil }
        let shares = ShareRounding.percents(counts: counts, decimals: 1)
        let slices = counts.indices.map { index in
            PieChart.Slice(name: names[index], value: Double(counts[index]),
                           label: theme.format.percent(shares[index], decimals: 1), color: colors[index],
                           legendLabel: names[index] + " " + text.countAndShare(counts[index], shares[index]))
        }
        let total = party.members ?? counts.reduce(0, +)
        return PieChart(slices: slices, centerLabel: words.membersCount(theme.format.integer(total)))
    }

    /// One bullet row per target.
    public func targets(_ results: [TargetResult]) -> BulletChart {
        BulletChart(rows: results.map { result in
            let target = result.target
            return BulletChart.Row(name: target.name, minimum: target.min, maximum: target.max,
                                   actual: target.isYesNo ? nil : result.actual, lowerIsBetter: target.better == .lower,
                                   status: result.status, figure: text.target(result, words: words),
                                   isPercent: target.unit == "%")
        })
    }

    /// The headline tiles of a school or a group: only the figures that exist.
    public func tiles(_ figures: some Figures, enrolled: Int?, change: PeriodChange?, estimated: Set<RateKind> = []) -> [KPITile] {
        var tiles: [KPITile] = []
        if let enrolled { tiles.append(KPITile(label: words.enrolled, value: theme.format.integer(enrolled))) }
        for kind in RateKind.allCases {
            guard let value = figures.ratePercent(kind) else { continue }
            let points = change?.rates[kind]
            tiles.append(KPITile(label: words.rate(kind), value: text.rate(value), change: points.map { changeText($0, change) },
                                 trend: points.map(trend),
                                 note: note(estimated: estimated.contains(kind), basis: points == nil ? nil : change?.partialBasis(.rate(kind)))))
        }
        if let party = figures.party {
            if let members = party.members {
                let delta = change?.partyMembers
                tiles.append(KPITile(label: words.members, value: theme.format.integer(members),
                                     change: delta.map { theme.format.signedInteger($0) + " " + words.sinceWord + " " + (change?.since ?? "") },
                                     trend: delta.map { $0 > 0 ? .up(good: true) : $0 < 0 ? .down(good: false) : .flat },
                                     note: note(estimated: false, basis: delta == nil ? nil : change?.partialBasis(.partyMembers))))
            }
            if let share = party.goodOrBetterPercent {
                let points = change?.goodOrBetterPoints
                tiles.append(KPITile(label: words.goodOrBetter, value: text.rate(share),
                                     change: points.map { changeText($0, change) }, trend: points.map(trend),
                                     note: note(estimated: false, basis: points == nil ? nil : change?.partialBasis(.goodOrBetter))))
            }
        }
        return tiles
    }

    /// The line under a tile's change: an estimate, and the schools a group's change is measured over
    /// when they are not all of the group's.
    private func note(estimated: Bool, basis: ChangeBasis?) -> String? {
        let parts = [estimated ? words.estimated : nil, basis.map(words.changeBasisShort)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private func changeText(_ points: Double, _ change: PeriodChange?) -> String {
        theme.format.points(points) + " " + words.sinceWord + " " + (change?.since ?? "")
    }

    private func trend(_ points: Double) -> KPITile.Trend {
        let shown = theme.format.fixed(points, decimals: 1)
        if shown == theme.format.fixed(0, decimals: 1) { return .flat }
        return points > 0 ? .up(good: true) : .down(good: false)
    }
}
