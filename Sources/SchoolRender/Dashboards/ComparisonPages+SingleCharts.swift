import SchoolMetrics

/// The comparison's charts one at a time, for `schooldash charts`: each rate across the schools,
/// sorted by it, with the ward figure as a reference rule, and the schools × targets matrix; a
/// chart takes at most `schoolsPerChart` schools and continues in further parts.
extension ComparisonPages {
    /// A chart over some schools; `wide` marks the targets matrix.
    struct Slot {
        var title: String
        var wide: Bool
        var draw: (Rect, Theme, inout DisplayList) -> Void
    }

    func slots(_ theme: Theme) -> [Slot] {
        rateSlots(theme) + matrixSlots(theme)
    }

    private func chunks<T>(_ items: [T]) -> [[T]] {
        stride(from: 0, to: items.count, by: schoolsPerChart).map { Array(items[$0..<min(items.count, $0 + schoolsPerChart)]) }
    }

    private func part(_ index: Int, of count: Int) -> String {
        count > 1 ? " (\(index + 1)/\(count))" : ""
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
