import Testing
@testable import SchoolMetrics

@Suite("The scorecard: ordered by a named key, ties kept as ties")
struct ScorecardTests {
    /// A school with the given rates and party classification (excellent, good, completed, failed).
    static func school(_ name: String, promotion: Double?, admission: Double? = nil, party: [Int]? = nil,
                       conduct: [Int?]? = nil, targets: [Double] = []) -> RecordMetrics {
        RecordMetrics(Record(
            school: School(id: Slug.make(name), name: name, ward: "Xã Thử", district: "Huyện Thử", province: "Tỉnh Thử"),
            period: "2024",
            students: Students(schoolYear: "2023-2024", enrolled: 100,
                               conduct: conduct.map { [Distribution(scheme: .conduct2011, counts: $0)] },
                               promotion: promotion.map { Rate(percent: $0) }, admission: admission.map { Rate(percent: $0) }),
            party: party.map { Party(members: $0.reduce(0, +), classification: $0) },
            targets: targets.isEmpty ? nil : targets.map { Target(name: "Chỉ tiêu \($0)", min: 90, actual: $0) }))
    }

    static func ward(_ members: [RecordMetrics]) -> GroupMetrics {
        Rollup.groups(members, level: .ward)[0]
    }

    @Test func tiesShareARankAndTheNextRankSkips() {
        let members = [Self.school("D", promotion: 97), Self.school("B", promotion: 98), Self.school("A", promotion: 99),
                       Self.school("C", promotion: 98)]
        let card = Scorecard(members: members, group: Self.ward(members))
        #expect(card.key == .promotion && card.isRanked && !card.asked)
        #expect(card.rows.map { members[$0.member].record.school.name } == ["A", "B", "C", "D"], "ties in order of name")
        #expect(card.rows.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func figuresThatPrintAlikeAreTies() {
        // 99,811 % and 99,814 % both print as 99,81 %: the page cannot rank one above the other.
        let members = [Self.school("B", promotion: 99.814), Self.school("A", promotion: 99.811), Self.school("C", promotion: 99.87)]
        let card = Scorecard(members: members, group: nil)
        #expect(card.rows.map(\.rank) == [1, 2, 2])
        #expect(card.rows.map { members[$0.member].record.school.name } == ["C", "A", "B"])
    }

    @Test func whereEverySchoolPromotesAllAnotherKeyRanks() {
        let members = [Self.school("A", promotion: 100, party: [2, 8, 0, 0]), Self.school("B", promotion: 100, party: [1, 6, 3, 0]),
                       Self.school("C", promotion: 100, party: [3, 7, 0, 0])]
        let card = Scorecard(members: members, group: Self.ward(members))
        #expect(card.key == .goodOrBetter, "promotion tells no two schools apart; good-or-better does")
        #expect(card.rows.map(\.rank) == [1, 1, 3])
        #expect(card.rows.map { members[$0.member].record.school.name } == ["A", "C", "B"])
    }

    @Test func whenNothingSeparatesThereIsNoRank() {
        let members = [Self.school("B", promotion: 100), Self.school("A", promotion: 100)]
        let chosen = Scorecard(members: members, group: Self.ward(members))
        #expect(chosen.key == nil && !chosen.isRanked)
        #expect(chosen.rows.map(\.rank) == [nil, nil])
        #expect(chosen.rows.map { members[$0.member].record.school.name } == ["A", "B"], "in order of name")
        let asked = Scorecard(members: members, group: nil, rankBy: .promotion)
        #expect(asked.key == .promotion && asked.asked && !asked.isRanked, "the asked key is named, but ranks nothing")
    }

    @Test func theAskedKeyIsHonoured() {
        let members = [Self.school("A", promotion: 99, admission: 80), Self.school("B", promotion: 98, admission: 90),
                       Self.school("C", promotion: 97)]
        #expect(Scorecard(members: members, group: nil).key == .promotion, "promotion separates three schools, admission two")
        let card = Scorecard(members: members, group: nil, rankBy: .admission)
        #expect(card.key == .admission && card.isRanked)
        #expect(card.rows.map { members[$0.member].record.school.name } == ["B", "A", "C"], "a school without the figure comes last")
        #expect(card.rows.map(\.rank) == [1, 2, nil])
    }

    @Test func theWardRowPoolsTheSchools() throws {
        let members = [Self.school("A", promotion: 100, party: [2, 8, 0, 0], conduct: [80, 10, 10, 0], targets: [95, 85]),
                       Self.school("B", promotion: 90, party: [0, 5, 5, 0], conduct: [50, 30, 20, 0], targets: [99])]
        let card = Scorecard(members: members, group: Self.ward(members))
        let ward = try #require(card.group)
        #expect(ward.students == 200)
        #expect(ward.rates[.promotion] == 95)
        #expect(ward.goodOrBetter == 75, "15 of 20 members")
        #expect(ward.goodConduct == 85, "170 of 200 students Tốt or Khá")
        #expect(ward.targetsMet == 2 && ward.targetsDecided == 3)
        #expect(card.rows.first { members[$0.member].record.school.name == "A" }?.figures.targetsPercent == 50)
    }

    @Test func goodConductNeedsItsTwoBestCategories() {
        #expect(Self.school("A", promotion: nil, conduct: [60, 30, 10, 0]).conductGoodOrBetterPercent == 90)
        #expect(Self.school("A", promotion: nil, conduct: [60, nil, 10, 0]).conductGoodOrBetterPercent == nil, "missing is not zero")
        #expect(Self.school("A", promotion: nil).conductGoodOrBetterPercent == nil)
    }
}
