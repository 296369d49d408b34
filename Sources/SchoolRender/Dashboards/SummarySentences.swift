import SchoolMetrics

/// The figures as short sentences in the reports' own style, ready to paste into the next
/// report; every number through the same formatter as the charts.
public struct SummarySentences: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private var vi: Bool { language == .vi }
    private var text: FigureText { FigureText(language) }
    private var words: Words { Words(language) }

    /// The sentences for one school's or one group's figures.
    public func sentences(_ figures: some Figures, targets: [TargetResult]?, change: PeriodChange?, pooled: [RateKind: PooledRate] = [:]) -> [String] {
        var lines: [String] = []
        for kind in DistributionKind.allCases {
            for distribution in figures.distributions(kind) ?? [] where distribution.total > 0 {
                lines.append(self.distribution(kind, distribution))
            }
        }
        lines += rates(figures, change: change, pooled: pooled)
        if let party = figures.party, let classified = party.classified, classified > 0 {
            lines.append(self.party(party))
        }
        if let targets, !targets.isEmpty { lines.append(self.targets(targets)) }
        return lines
    }

    /// One sentence per rate the figures give: `Tỉ lệ lên lớp 99,86%, tăng 0,4 điểm so với năm học trước.`
    public func rates(_ figures: some Figures, change: PeriodChange?, pooled: [RateKind: PooledRate] = [:]) -> [String] {
        RateKind.allCases.compactMap { kind in
            guard let value = figures.ratePercent(kind) else { return nil }
            var sentence = words.rate(kind) + " " + text.rate(value)
            if pooled[kind]?.estimated == true { sentence += " (" + words.estimated + ")" }
            if let points = change?.rates[kind] {
                sentence += ", " + movement(points)
                if let basis = change?.partialBasis(.rate(kind)) { sentence += " (" + words.changeBasis(basis) + ")" }
            }
            return sentence + "."
        }
    }

    /// The report's own line per category, in its wording: `Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%`
    /// (`Mức` for the 2021 schemes), with the shares that add up to 100; missing counts left out.
    public func categoryLines(_ distribution: DistributionMetrics) -> [String] {
        let shares = distribution.displayPercents(decimals: 1)
        let prefix = !vi ? "" : [Scheme.conduct2011.id, Scheme.academic2011.id].contains(distribution.scheme.id) ? "Loại "
            : [Scheme.training2021.id, Scheme.learning2021.id].contains(distribution.scheme.id) ? "Mức " : ""
        return distribution.categories.enumerated().compactMap { index, category in
            guard let count = category.count else { return nil }
            let share = text.format.percent(shares[index], decimals: 1)
            return prefix + category.label + ": " + text.format.integer(count) + "/" + text.format.integer(distribution.total)
                + (vi ? " em; đạt tỉ lệ " : " students; ") + share
        }
    }

    func distribution(_ kind: DistributionKind, _ distribution: DistributionMetrics) -> String {
        let shares = distribution.displayPercents(decimals: 1)
        let unit = vi ? " em" : ""
        let parts = distribution.categories.enumerated().compactMap { index, category -> String? in
            guard let count = category.count else { return nil }
            let share = text.format.percent(shares[index], decimals: 1)
            let figure = text.format.integer(count) + "/" + text.format.integer(distribution.total) + unit
            return index == 0
                ? category.label + " " + figure + (vi ? ", đạt tỉ lệ " : ", ") + share
                : category.label + " " + figure + ", " + share
        }
        return words.distribution(kind, scheme: distribution.scheme)
            + (distribution.grades.map { " " + words.grades($0) } ?? "") + ": " + parts.joined(separator: "; ") + "."
    }

    func movement(_ points: Double) -> String {
        let size = text.format.fixed(abs(points), decimals: 1)
        if size == text.format.fixed(0, decimals: 1) { return vi ? "không đổi so với năm học trước" : "unchanged since the previous year" }
        let direction = points > 0 ? (vi ? "tăng " : "up ") : (vi ? "giảm " : "down ")
        return direction + size + (vi ? " điểm so với năm học trước" : " points on the previous year")
    }

    func party(_ party: PartyMetrics) -> String {
        let shares = ShareRounding.percents(counts: party.categories.map { $0.count ?? 0 }, decimals: 1)
        let parts = Party.Level.allCases.enumerated().compactMap { index, level -> String? in
            guard let count = party.count(level), !shares.isEmpty else { return nil }
            let name = vi ? level.label.prefix(1).lowercased() + level.label.dropFirst() : words.classificationLevel(level).lowercased()
            return name + " " + text.format.integer(count) + (vi ? " đồng chí, chiếm " : " members, ")
                + text.format.percent(shares[index], decimals: 1)
        }
        let sentence = (vi ? "Đảng viên " : "Party members: ") + parts.joined(separator: "; ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }

    func targets(_ results: [TargetResult]) -> String {
        let decided = results.filter { $0.status != .pending }
        func count(_ status: TargetStatus) -> Int { results.filter { $0.status == status }.count }
        var parts = [(vi ? "đạt " : "met ") + "\(count(.met))/\(decided.count)"]
        if count(.exceeded) > 0 { parts.append((vi ? "vượt " : "exceeded ") + "\(count(.exceeded))") }
        if count(.missed) > 0 { parts.append((vi ? "chưa đạt " : "missed ") + "\(count(.missed))") }
        if count(.pending) > 0 { parts.append((vi ? "chờ số liệu " : "pending ") + "\(count(.pending))") }
        let missed = results.filter { $0.status == .missed }.map { $0.target.name + ": " + text.target($0, words: words) }
        return words.targets + ": " + parts.joined(separator: ", ") + (missed.isEmpty ? "" : " (" + missed.joined(separator: "; ") + ")") + "."
    }
}
