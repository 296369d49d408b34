/// A ward's schools in the order of one key figure, with competition ranks (1, 1, 3) that keep
/// ties as ties, and the ward's own figures beside them.
///
/// The key is the one asked for, else the one that best separates the schools
/// (``RankKey/separating(_:)``). When the key tells no two schools apart, there are no ranks and the
/// schools stand in the order of their names.
public struct Scorecard: Sendable {
    /// One school: its position in the members given, its figures and its rank.
    public struct Row: Sendable, Hashable {
        public var member: Int
        public var figures: ScoreFigures
        /// Nil when the school lacks the key figure, or when nothing is ranked.
        public var rank: Int?
    }

    /// The key the schools are ordered by; nil when no key separates them (then by name).
    public var key: RankKey?
    /// Whether the key was asked for (`--rank-by`) rather than chosen.
    public var asked: Bool
    /// Whether the key tells at least two schools apart: only then are ranks shown.
    public var isRanked: Bool
    /// The schools, best first; ties and schools without the key figure by name.
    public var rows: [Row]
    /// The group's own figures, when the schools form one group.
    public var group: ScoreFigures?

    public init(members: [RecordMetrics], group: GroupMetrics?, rankBy: RankKey? = nil) {
        let figures = members.map(ScoreFigures.init)
        let key = rankBy ?? RankKey.separating(figures)
        self.key = key
        asked = rankBy != nil
        isRanked = key.map { $0.separation(figures).pairs > 0 } ?? false
        self.group = group.map { ScoreFigures($0, members: members) }
        let byName = members.indices.sorted { a, b in
            let (x, y) = (members[a].record.school, members[b].record.school)
            return x.name != y.name ? x.name < y.name : x.id < y.id
        }
        guard let key, isRanked else {
            rows = byName.map { Row(member: $0, figures: figures[$0], rank: nil) }
            return
        }
        let values = byName.map { key.value(figures[$0]) }
        let ranks = Ranking.ranks(values)
        rows = Ranking.order(values).map { position in
            Row(member: byName[position], figures: figures[byName[position]], rank: ranks[position])
        }
    }

    /// The positions of the members in the scorecard's order.
    public var order: [Int] { rows.map(\.member) }
}
