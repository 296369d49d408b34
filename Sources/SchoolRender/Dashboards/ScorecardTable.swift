import SchoolMetrics

/// A ``Scorecard`` as a table: the rank (only when the key tells schools apart), the school, and
/// each key figure that the ward or any of its schools gives; the ward's own row comes first, and
/// each school's share is marked above or below the ward's.
struct ScorecardTable {
    var scorecard: Scorecard
    var members: [RecordMetrics]
    /// The name of the ward row; nil when the schools form no group (no ward row).
    var groupName: String?

    /// A column of figures.
    enum Figure: CaseIterable {
        case students, promotion, graduation, admission, goodConduct, goodOrBetter, targets

        var key: RankKey? {
            switch self {
            case .promotion: .promotion
            case .graduation: .graduation
            case .admission: .admission
            case .goodOrBetter: .goodOrBetter
            case .targets: .targets
            case .students, .goodConduct: nil
            }
        }

        func title(_ words: Words) -> String {
            switch self {
            case .students: words.enrolled
            case .promotion: words.rateColumn(.promotion)
            case .graduation: words.rateColumn(.graduation)
            case .admission: words.rateColumn(.admission)
            case .goodConduct: words.goodConduct
            case .goodOrBetter: words.goodOrBetterShort
            case .targets: words.targetsMetColumn
            }
        }

        /// The figure as a share in percent (what a mark shows); nil for counts.
        func percent(_ figures: ScoreFigures) -> Double? {
            switch self {
            case .students: nil
            case .promotion: figures.rates[.promotion]
            case .graduation: figures.rates[.graduation]
            case .admission: figures.rates[.admission]
            case .goodConduct: figures.goodConduct
            case .goodOrBetter: figures.goodOrBetter
            case .targets: figures.targetsPercent
            }
        }

        func text(_ figures: ScoreFigures, _ text: FigureText) -> String {
            switch self {
            case .students: return text.count(figures.students)
            case .targets:
                guard let met = figures.targetsMet, let decided = figures.targetsDecided, decided > 0 else { return "—" }
                return "\(met)/\(decided)"
            default: return text.rate(percent(figures))
            }
        }

        func isGiven(_ figures: ScoreFigures) -> Bool {
            self == .students ? figures.students != nil : percent(figures) != nil
        }
    }

    /// The figures that the ward or any school gives, in the order of ``Figure/allCases``.
    var figures: [Figure] {
        let all = scorecard.rows.map(\.figures) + (scorecard.group.map { [$0] } ?? [])
        return Figure.allCases.filter { figure in all.contains(where: figure.isGiven) }
    }

    func columns(_ theme: Theme) -> [TableChart.Column] {
        let words = theme.words
        let shown = figures
        let rank = scorecard.isRanked ? [TableChart.Column(words.rank, weight: 0.6)] : []
        let nameWeight = 3.4 + Double(Figure.allCases.count - shown.count) * 0.5
        return rank + [.init(words.school, weight: nameWeight, alignment: .left)] + shown.map { figure in
            let isKey = scorecard.isRanked && figure.key == scorecard.key
            return TableChart.Column(figure.title(words) + (isKey ? " ▼" : ""), isKey: isKey)
        }
    }

    /// The ward's row, set in bold; nil without a group.
    func groupRow(_ theme: Theme) -> TableChart.Row? {
        guard let group = scorecard.group, let groupName else { return nil }
        let text = FigureText(theme.language)
        let name = groupName + (theme.language == .vi ? " (chung)" : " (overall)")
        return TableChart.Row((scorecard.isRanked ? [""] : []) + [name] + figures.map { $0.text(group, text) }, isEmphasized: true)
    }

    /// One row per school in the scorecard's order.
    func schoolRows(_ theme: Theme) -> [TableChart.Row] {
        let text = FigureText(theme.language)
        let shown = figures
        return scorecard.rows.map { row in
            let lead = scorecard.isRanked ? [row.rank.map(String.init) ?? "—"] : []
            let cells = lead + [members[row.member].record.school.name] + shown.map { $0.text(row.figures, text) }
            let marks: [TableChart.Mark?] = lead.map { _ in nil } + [nil] + shown.map { figure in
                guard let value = figure.percent(row.figures), let reference = scorecard.group.flatMap(figure.percent) else { return nil }
                let (shownValue, shownReference) = (Self.rounded(value), Self.rounded(reference))
                return TableChart.Mark(fraction: value / 100, reference: reference / 100,
                                       standing: shownValue > shownReference ? .above : shownValue < shownReference ? .below : .level)
            }
            return TableChart.Row(cells, marks: marks)
        }
    }

    /// A share as the table prints it (two decimals), so a mark never contradicts its figures.
    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded(.toNearestOrAwayFromZero) / 100
    }
}
