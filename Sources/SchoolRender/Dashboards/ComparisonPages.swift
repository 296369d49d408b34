import SchoolMetrics

/// Schools side by side: 100 %-stacked bars per school for conduct and academic results (one
/// chart per scheme, never mixing schemes), each rate as sorted bars with the ward figure as a
/// reference rule, member classification shares, and a schools × targets status matrix.
/// Charts take at most `schoolsPerChart` schools and continue on further pages, so text never
/// shrinks below the floor.
public struct ComparisonPages: Sendable {
    public var title: String
    public var subtitle: String
    public var members: [RecordMetrics]
    /// The pooled figures the rates are compared with, when the schools form one group.
    public var group: GroupMetrics?
    public var schoolsPerChart: Int

    public init(title: String, subtitle: String, members: [RecordMetrics], group: GroupMetrics?, schoolsPerChart: Int = 20) {
        self.title = title
        self.subtitle = subtitle
        self.members = members.sorted { $0.record.school.name < $1.record.school.name }
        self.group = group
        self.schoolsPerChart = max(2, schoolsPerChart)
    }

    /// A chart over some schools and how many slots (half pages) it takes.
    struct Slot {
        var title: String
        var wide: Bool
        var draw: (Rect, Theme, inout DisplayList) -> Void
    }

    public func draw(theme: Theme, size: Size = .a4Landscape) -> [DisplayList] {
        var pages: [DisplayList] = []
        var pending: [Slot] = []
        func flush() {
            guard !pending.isEmpty else { return }
            var (page, body) = PageFrame(title: theme.words.comparison + " · " + title, subtitle: subtitle).draw(size: size, theme: theme)
            let cells = body.columns(Array(repeating: 1, count: pending.count), gap: theme.gap * 1.5)
            for (slot, cell) in zip(pending, cells) {
                let inside = Panel(title: slot.title).draw(in: cell, theme: theme, into: &page)
                slot.draw(inside, theme, &page)
            }
            pages.append(page)
            pending = []
        }
        for slot in slots(theme) {
            if slot.wide || pending.count == 2 { flush() }
            pending.append(slot)
            if slot.wide { flush() }
        }
        flush()
        return pages
    }

    func slots(_ theme: Theme) -> [Slot] {
        distributionSlots(theme) + rateSlots(theme) + classificationSlots(theme) + matrixSlots(theme)
    }

    private func chunks<T>(_ items: [T]) -> [[T]] {
        stride(from: 0, to: items.count, by: schoolsPerChart).map { Array(items[$0..<min(items.count, $0 + schoolsPerChart)]) }
    }

    private func part(_ index: Int, of count: Int) -> String {
        count > 1 ? " (\(index + 1)/\(count))" : ""
    }

    private func distributionSlots(_ theme: Theme) -> [Slot] {
        var slots: [Slot] = []
        let format = theme.format
        for kind in DistributionKind.allCases {
            // Schemes in the order they first appear; a school's parts of one scheme are added up.
            var schemes: [Scheme] = []
            for member in members {
                for distribution in member.distributions(kind) ?? [] where !schemes.contains(distribution.scheme) {
                    schemes.append(distribution.scheme)
                }
            }
            for scheme in schemes {
                let rows: [(String, [Int?])] = members.compactMap { member in
                    let parts = (member.distributions(kind) ?? []).filter { $0.scheme == scheme }
                    guard !parts.isEmpty else { return nil }
                    let counts = scheme.categories.indices.map { index -> Int? in
                        let values = parts.compactMap { $0.categories[index].count }
                        return values.isEmpty ? nil : values.reduce(0, +)
                    }
                    return (member.record.school.name, counts)
                }
                let pieces = chunks(rows)
                for (index, piece) in pieces.enumerated() {
                    let legend = Legend(scheme.categories.enumerated().map {
                        .init($0.element.label, theme.categoryColor($0.offset, of: scheme.categories.count))
                    })
                    let chart = BarChart(bars: piece.map { name, counts in
                        let shares = ShareRounding.percents(counts: counts.map { $0 ?? 0 }, decimals: 1)
                        return BarChart.Bar(name: name, segments: counts.enumerated().map { position, count in
                            .init(value: count.map(Double.init), label: shares.isEmpty ? nil : format.percent(shares[position], decimals: 1),
                                  color: theme.categoryColor(position, of: counts.count))
                        })
                    }, layout: .percent, tickSuffix: "%", legend: legend)
                    slots.append(Slot(title: theme.words.distribution(kind, scheme: scheme) + part(index, of: pieces.count),
                                      wide: false) { frame, theme, list in chart.draw(in: frame, theme: theme, into: &list) })
                }
            }
        }
        return slots
    }

    private func rateSlots(_ theme: Theme) -> [Slot] {
        let text = FigureText(theme.language)
        var slots: [Slot] = []
        for kind in RateKind.allCases {
            let values = members.map { ($0.record.school.name, $0.ratePercent(kind)) }
            guard values.contains(where: { $0.1 != nil }) else { continue }
            let sorted = values.sorted { a, b in
                switch (a.1, b.1) {
                case let (x?, y?) where x != y: return x > y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.0 < b.0
                }
            }
            let reference = group?.rates[kind]?.percent.map { value in
                BarChart.Reference(value: value, label: (group?.key.name ?? "") + " " + text.rate(value)
                                   + (group?.rates[kind]?.estimated == true ? " (" + theme.words.estimated + ")" : ""))
            }
            let pieces = chunks(sorted)
            for (index, piece) in pieces.enumerated() {
                let chart = BarChart(bars: piece.map { name, value in
                    .init(name: name, segments: [.init(value: value, label: value.map { text.rate($0) }, color: theme.categoryColor(0, of: 4))])
                }, reference: reference, fixedMaximum: 100, tickSuffix: "%")
                slots.append(Slot(title: theme.words.rate(kind) + part(index, of: pieces.count), wide: false) { frame, theme, list in
                    chart.draw(in: frame, theme: theme, into: &list)
                })
            }
        }
        return slots
    }

    private func classificationSlots(_ theme: Theme) -> [Slot] {
        let rows: [(String, [Int])] = members.compactMap { member in
            guard let party = member.party, party.classified ?? 0 > 0 else { return nil }
            return (member.record.school.name, party.categories.map { $0.count ?? 0 } + [party.unclassified ?? 0])
        }
        let pieces = chunks(rows)
        let names = Party.Level.allCases.map { theme.words.classificationLevel($0) } + [theme.words.unclassified]
        let colors = (0..<4).map { theme.categoryColor($0, of: 4) } + [Palette.unclassified]
        return pieces.enumerated().map { index, piece in
            let chart = BarChart(bars: piece.map { name, counts in
                let shares = ShareRounding.percents(counts: counts, decimals: 1)
                return .init(name: name, segments: counts.indices.map { position in
                    .init(value: Double(counts[position]), label: shares.isEmpty ? nil : theme.format.percent(shares[position], decimals: 1),
                          color: colors[position])
                })
            }, layout: .percent, tickSuffix: "%", legend: Legend(zip(names, colors).map { .init($0, $1) }))
            return Slot(title: theme.words.classification + part(index, of: pieces.count), wide: false) { frame, theme, list in
                chart.draw(in: frame, theme: theme, into: &list)
            }
        }
    }

    private func matrixSlots(_ theme: Theme) -> [Slot] {
        let withTargets = members.filter { !($0.targets ?? []).isEmpty }
        guard !withTargets.isEmpty else { return [] }
        var names: [String] = []
        for member in withTargets {
            for result in member.targets ?? [] where !names.contains(result.target.name) { names.append(result.target.name) }
        }
        let pieces = chunks(withTargets)
        return pieces.enumerated().map { index, piece in
            let cells = piece.map { member in
                names.map { name in member.targets?.first { $0.target.name == name }?.status }
            }
            let matrix = StatusMatrix(rowNames: piece.map(\.record.school.name), columnNames: names, cells: cells)
            return Slot(title: theme.words.targets + part(index, of: pieces.count), wide: true) { frame, theme, list in
                matrix.draw(in: frame, theme: theme, into: &list)
            }
        }
    }
}
