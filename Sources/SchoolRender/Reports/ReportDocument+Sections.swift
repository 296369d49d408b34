import OfficeContainer
import SchoolMetrics

/// The sections a school's and a ward's reports share, in the reports' order.
extension ReportDocument {
    /// Each distribution: the reports' own lines, a table of counts and shares (with the change
    /// within the same scheme when there is an earlier period), and its chart.
    func students(_ figures: some Figures, enrolled: Int?, change: PeriodChange?, charts: [(name: String, page: DisplayList)],
                  subject: String, into builder: inout ReportBuilder) throws {
        builder.section(words.studentResults)
        if let enrolled { builder.paragraph(words.enrolledSentence(text.count(enrolled))) }
        let factory = ChartFactory(theme: theme)
        var any = false
        for kind in DistributionKind.allCases {
            for (index, distribution) in (figures.distributions(kind) ?? []).filter({ $0.total > 0 }).enumerated() {
                any = true
                let title = factory.title(kind, distribution)
                builder.subheading(title)
                let lines = sentences.categoryLines(distribution)
                builder.list(lines)
                let shares = distribution.displayPercents(decimals: 1)
                let changes = change?.distributions(kind)[distribution.scheme]
                var columns = [WordTable.Column(words.level, weight: 2.2, alignment: .left), .init(words.studentsColumn), .init(words.share)]
                if changes != nil, let since = change?.since { columns.append(.init(words.since(since))) }
                var rows = distribution.categories.enumerated().map { index, category in
                    var row = [category.label, text.count(category.count),
                               category.count == nil ? "—" : theme.format.percent(shares[index], decimals: 1)]
                    if let changes { row.append(changes[index].points.map { theme.format.points($0) } ?? "—") }
                    return row
                }
                rows.append([words.total, text.count(distribution.total), theme.format.percent(100, decimals: 1)] + (changes == nil ? [] : [""]))
                builder.table(title, WordTable(columns: columns, rows: rows, boldRows: [rows.count - 1]))
                if changes != nil, let since = change?.since, let basis = change?.partialBasis(.distribution(kind, distribution.scheme)) {
                    builder.paragraph(words.changeColumnNote(title, since: since, basis))
                }
                if let chart = charts.first(where: { $0.name == SingleCharts.name(kind, part: index) }) {
                    builder.picture(try picture(chart.page, description: words.barChartDescription(title, subject) + ": " + lines.joined(separator: "; ")),
                                    caption: title)
                }
            }
        }
        if !any { builder.paragraph(words.noStudentFigures) }
    }

    /// The rates as sentences (with the change since the earlier period) and as a table.
    func rates(_ figures: some Figures, change: PeriodChange?, pooled: [RateKind: PooledRate] = [:],
               counts: (RateKind) -> (Int, Int)?, into builder: inout ReportBuilder) {
        builder.section(words.ratesHeading)
        let lines = sentences.rates(figures, change: change, pooled: pooled)
        guard !lines.isEmpty else { return builder.paragraph(words.noRates) }
        builder.list(lines)
        // The column of counts only when some rate is given as counts.
        let withCounts = RateKind.allCases.contains { figures.ratePercent($0) != nil && counts($0) != nil }
        var columns = [WordTable.Column(words.figureColumn, weight: 2.4, alignment: .left)]
        if withCounts { columns.append(.init(words.countColumn)) }
        columns.append(.init(words.valueColumn))
        if let since = change?.since { columns.append(.init(words.since(since))) }
        let rows = RateKind.allCases.compactMap { kind -> [String]? in
            guard let value = figures.ratePercent(kind) else { return nil }
            var row = [words.rate(kind) + (pooled[kind]?.estimated == true ? " (" + words.estimated + ")" : "")]
            if withCounts { row.append(counts(kind).map { text.count($0.0) + "/" + text.count($0.1) } ?? "—") }
            row.append(text.rate(value))
            if change != nil { row.append(change?.rates[kind].map { theme.format.points($0) } ?? "—") }
            return row
        }
        builder.table(words.ratesHeading, WordTable(columns: columns, rows: rows))
        for kind in RateKind.allCases where change?.rates[kind] != nil && figures.ratePercent(kind) != nil {
            if let since = change?.since, let basis = change?.partialBasis(.rate(kind)) {
                builder.paragraph(words.changeColumnNote(words.rate(kind), since: since, basis))
            }
        }
    }

    /// Members, the classification as the reports word it, a table and the donut.
    /// `cell` gives a school's probationary and women members; `ward` says the members are pooled.
    func party(_ party: PartyMetrics?, cell: Party?, ward: Bool = false, charts: [(name: String, page: DisplayList)], subject: String,
               into builder: inout ReportBuilder) throws {
        builder.section(words.partyHeading)
        guard let party else { return builder.paragraph(words.noParty) }
        if let members = party.members {
            builder.paragraph(ward ? words.wardMembersSentence(text.count(members))
                : words.membersSentence(text.count(members), probationary: cell?.probationary.map(text.count), women: cell?.women.map(text.count)))
        }
        guard let classified = party.classified, classified > 0 else { return }
        let sentence = sentences.party(party)
        builder.paragraph(sentence)
        let shares = ShareRounding.percents(counts: party.categories.map { $0.count ?? 0 }, decimals: 1)
        var rows = Party.Level.allCases.map { level in
            [words.classificationLevel(level), text.count(party.count(level)),
             party.count(level) == nil ? "—" : theme.format.percent(shares[level.index], decimals: 1)]
        }
        if let unclassified = party.unclassified, unclassified > 0 { rows.append([words.unclassified, text.count(unclassified), "—"]) }
        rows.append([words.total, text.count(party.members ?? classified), ""])
        // Shares of those classified, as the sentence words them; the donut also shows the unclassified.
        let share = (party.unclassified ?? 0) > 0 ? words.shareOfClassified : words.share
        builder.table(words.classification, WordTable(columns: [.init(words.level, weight: 2.4, alignment: .left), .init(words.membersColumn),
                                                                 .init(share)], rows: rows, boldRows: [rows.count - 1]))
        if let chart = charts.first(where: { $0.name == "classification" }) {
            builder.picture(try picture(chart.page, description: words.donutDescription(subject) + ": " + sentence), caption: words.classification)
        }
    }

    /// The period's targets with their status and gap, then those the next period sets.
    func targets(_ results: [TargetResult]?, next: (period: String, targets: [TargetResult])?, into builder: inout ReportBuilder) {
        builder.section(words.targetsHeading)
        let results = results ?? []
        if !results.isEmpty {
            builder.paragraph(sentences.targets(results))
            let columns: [WordTable.Column] = [.init(words.target, weight: 3, alignment: .left), .init(words.targetBand, weight: 1.3),
                                               .init(words.actualColumn), .init(words.statusColumn, weight: 1.5, alignment: .left),
                                               .init(words.gapColumn)]
            builder.table(words.targetsHeading, WordTable(columns: columns, rows: results.map { result in
                [result.target.name, band(result.target), actual(result), words.symbol(result.status) + " " + words.status(result.status),
                 gap(result)]
            }))
        }
        if let next, !next.targets.isEmpty {
            builder.subheading(words.nextTargets(next.period))
            builder.table(words.nextTargets(next.period), WordTable(columns: [.init(words.target, weight: 4, alignment: .left),
                                                                             .init(words.targetBand, weight: 1.4)],
                                                                   rows: next.targets.map { [$0.target.name, band($0.target)] }))
        }
        if results.isEmpty && (next?.targets.isEmpty ?? true) { builder.paragraph(words.noTargets) }
    }

    /// What `check` found, each finding with its kind, and how the tables' shares are made.
    func checks(_ findings: [(school: String?, finding: Diagnostic)], into builder: inout ReportBuilder) {
        builder.section(words.checksHeading)
        if findings.isEmpty {
            builder.paragraph(words.noFindings + ".")
        } else {
            builder.list(findings.map { school, finding in
                let kind = finding.severity.word(theme.language)
                let message = finding.message.text(theme.language)
                return (school.map { $0 + ": " } ?? "") + kind.prefix(1).uppercased() + kind.dropFirst() + ": " + message
                    + (message.last.map { ".!?".contains($0) } == true ? "" : ".")
            })
        }
        builder.paragraph(words.roundingNote)
    }

    /// The schools side by side: key figures per school, then each rate across the schools.
    func scorecard(_ page: WardPage, charts: [(name: String, page: DisplayList)], subject: String, into builder: inout ReportBuilder) throws {
        builder.section(words.scorecardHeading)
        builder.paragraph(words.schoolsSentence(page.members.count, names: page.members.map(\.record.school.name)))
        // The dashboard's scorecard: the same figures, order, ranks and ward row.
        let table = page.scorecardTable
        builder.paragraph(words.order(table.scorecard) + ".")
        let columns = table.columns(theme).map { column in
            WordTable.Column(column.title, weight: column.alignment == .left ? 2.4 : column.weight,
                             alignment: column.alignment == .left ? .left : .right)
        }
        let rows = (table.groupRow(theme).map { [$0] } ?? []) + table.schoolRows(theme)
        builder.table(words.scorecardHeading, WordTable(columns: columns, rows: rows.map(\.cells),
                                                        boldRows: Set(rows.indices.filter { rows[$0].isEmphasized })))
        for chart in charts where chart.name.hasPrefix("rates-") {
            guard let kind = RateKind.allCases.first(where: { "rates-" + $0.rawValue == chart.name }) else { continue }
            let figures = page.members.compactMap { member in member.ratePercent(kind).map { member.record.school.name + " " + text.rate($0) } }
            builder.picture(try picture(chart.page, description: words.barChartDescription(words.rate(kind), subject) + ": "
                                        + figures.joined(separator: "; ")),
                            caption: words.rate(kind))
        }
    }

    private func band(_ target: Target) -> String {
        target.isYesNo ? words.yes : text.band(target)
    }

    private func actual(_ result: TargetResult) -> String {
        if result.target.isYesNo { return text.target(result, words: words) }
        let unit = result.target.unit.map { $0 == "%" ? "%" : " " + $0 } ?? ""
        return result.actual.map { theme.format.number($0) + unit } ?? "—"
    }

    private func gap(_ result: TargetResult) -> String {
        guard let gap = result.gap else { return "—" }
        if result.target.unit == "%" { return theme.format.points(gap) }
        let unit = result.target.unit.map { " " + $0 } ?? ""
        return (gap > 0 ? "+" : "") + theme.format.number(gap) + unit
    }
}
