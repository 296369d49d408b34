import Foundation
import Testing
@testable import SchoolMetrics

@Suite("Metrics: every figure recomputed independently")
struct MetricsTests {
    func kyPhuong() throws -> RecordMetrics {
        let result = try Loader().load(paths: [packagePath("Samples/seeds/thcs-ky-phuong.json")])
        return RecordMetrics(try #require(result.records.first { $0.period == "2021" }))
    }

    @Test func kyPhuongShares() throws {
        let metrics = try kyPhuong()
        let conduct = try #require(metrics.conduct?.first)
        #expect(conduct.total == 698)
        #expect(conduct.categories[0].percent == 661.0 / 698.0 * 100)
        #expect(abs(conduct.categories[0].percent! - 94.699140401146) < 1e-9)
        let party = try #require(metrics.party)
        #expect(party.classified == 28)
        #expect(DisplayFormat(.vi).percent(party.percent(.excellent)!, decimals: 2) == "21,43%")
        #expect(party.goodOrBetterPercent == 27.0 / 28.0 * 100)
        #expect(DisplayFormat(.vi).percent(party.goodOrBetterPercent!, decimals: 2) == "96,43%")
    }

    @Test func aZeroTotalGivesNoShares() {
        let metrics = DistributionMetrics(scheme: .conduct2011, counts: [0, 0, 0, 0])
        #expect(metrics.categories.allSatisfy { $0.percent == nil })
        #expect(metrics.displayPercents(decimals: 1).isEmpty)
    }

    @Test(arguments: [
        // (min, max, better, actual, achieved, status)
        (4.0, 6.0, Target.Better.higher, 6.0, TargetStatus.met), (4, 6, .higher, 3, .missed), (4, 6, .higher, 7, .exceeded),
        (4, nil, .higher, 400, .met), (4, nil, .higher, 3.9, .missed), (nil, 4, .lower, 4, .met), (nil, 4, .lower, 5, .missed),
        (2, 4, .lower, 1, .exceeded), (2, 4, .lower, 3, .met), (2, 4, .lower, 5, .missed), (nil, 6, .higher, 7, .exceeded),
    ] as [(Double?, Double?, Target.Better, Double, TargetStatus)])
    func numericTargetStatus(_ min: Double?, _ max: Double?, _ better: Target.Better, _ actual: Double, _ status: TargetStatus) {
        let target = Target(name: "t", min: min, max: max, better: better, actual: actual)
        #expect(TargetResult(target, record: nil).status == status)
    }

    @Test func yesNoAndPendingTargets() {
        #expect(TargetResult(Target(name: "t", achieved: true), record: nil).status == .met)
        #expect(TargetResult(Target(name: "t", achieved: false), record: nil).status == .missed)
        #expect(TargetResult(Target(name: "t"), record: nil).status == .pending)
        #expect(TargetResult(Target(name: "t", min: 3), record: nil).status == .pending)
        #expect(TargetResult(Target(name: "t", min: 3), record: nil).progress == nil)
    }

    @Test func metricLinksResolveToTheRecordsOwnFigures() throws {
        var record = try kyPhuong().record
        record.targets = [
            Target(name: "TN", min: 96, max: 98, metric: "graduation"),
            Target(name: "XS", min: 6, metric: "party.excellent"),
            Target(name: "Tốt", min: 95, metric: "conduct.tot"),
            Target(name: "HTT", min: 100, metric: "party.goodOrBetter"),
            Target(name: "Kém", max: 0, better: .lower, metric: "academic.kem"),
        ]
        let results = try #require(RecordMetrics(record).targets)
        let expected: [Double] = [97.8, 6, 661.0 / 698 * 100, 27.0 / 28 * 100, 1.0 / 698 * 100]
        #expect(results.map(\.actual) == expected)
        #expect(results.map(\.status) == [.met, .met, .missed, .missed, .missed])
    }

    @Test func progressIsCapped() {
        #expect(TargetResult(Target(name: "t", min: 4, max: 6, actual: 2), record: nil).progress == 0.5)
        #expect(TargetResult(Target(name: "t", min: 1, actual: 100), record: nil).progress == 1.5)
        #expect(TargetResult(Target(name: "t", max: 4, better: .lower, actual: 8), record: nil).progress == 0.5)
    }

    @Test func rankingKeepsTies() {
        #expect(Ranking.ranks([90, 95, 90, nil, 80]) == [2, 1, 2, nil, 4])
        #expect(Ranking.ranks([3, 1, 2], higherIsBetter: false) == [3, 1, 2])
        #expect(Ranking.order([90, nil, 95, 90]) == [2, 0, 3, 1])
    }
}

@Suite("Ward roll-ups of the demo, computed by hand")
struct RollupTests {
    func demo() throws -> [GroupMetrics] {
        let result = try Loader().load(paths: [packagePath("Samples/demo/json")])
        return Rollup.groups(result.records.map(RecordMetrics.init), level: .ward)
    }

    @Test func twoWardsCalledPhuong1StayApart() throws {
        let groups = try demo().filter { $0.key.ward == "Phường 1" && $0.key.period == "2024" }
        #expect(groups.count == 2)
        #expect(Set(groups.map(\.key.district)) == ["Thành phố Hà Tĩnh", "Thị xã Hồng Lĩnh"])
        #expect(Set(groups[0].schools).isDisjoint(with: groups[1].schools))
    }

    @Test func countsAddUpAndSchemesStayApart() throws {
        let result = try Loader().load(paths: [packagePath("Samples/demo/json/ht-tp-p1.json")])
        let records = result.records.filter { $0.period == "2023" }
        let ward = try #require(Rollup.groups(records.map(RecordMetrics.init), level: .ward).first)
        // By hand: add each scheme's counts over the schools that give it.
        var expected: [String: [Int]] = [:]
        for record in records {
            for part in record.students?.conduct ?? [] {
                let counts = part.counts.map { $0 ?? 0 }
                expected[part.scheme.id] = zip(expected[part.scheme.id] ?? Array(repeating: 0, count: counts.count), counts).map(+)
            }
        }
        let pooled = try #require(ward.conduct)
        #expect(Set(pooled.map(\.scheme.id)) == Set(expected.keys))
        #expect(pooled.map(\.scheme.id) == ["conduct-2011", "training-2021", "primary-2020"])
        for part in pooled {
            #expect(part.categories.map { $0.count ?? 0 } == expected[part.scheme.id])
        }
    }

    @Test func aRateIsPooledFromCountsOrEstimated() throws {
        let records = try Loader().load(paths: [packagePath("Samples/demo/json/ht-tp-p1.json")]).records.filter { $0.period == "2023" }
        let ward = try #require(Rollup.groups(records.map(RecordMetrics.init), level: .ward).first)
        // Promotion: every school gives counts, so the ward pools them.
        let promotion = try #require(ward.rates[.promotion])
        let count = records.compactMap { $0.students?.promotion?.count }.reduce(0, +)
        let of = records.compactMap { $0.students?.promotion?.of }.reduce(0, +)
        #expect(promotion.estimated == false)
        #expect(promotion.percent == Double(count) / Double(of) * 100)
        // Graduation: Nguyễn Du gives only a percent, so the ward weights by enrolment.
        let graduation = try #require(ward.rates[.graduation])
        #expect(graduation.estimated == true)
        let schools = records.filter { $0.students?.graduation != nil }
        let weighted = schools.reduce(0.0) { $0 + $1.students!.graduation!.value! * Double($1.students!.enrolled!) }
        let enrolled = schools.reduce(0) { $0 + $1.students!.enrolled! }
        #expect(abs(graduation.percent! - weighted / Double(enrolled)) < 1e-9)
    }

    @Test func aPlainMeanWhenEnrolmentIsMissing() {
        let rates = [(rate: Rate(percent: 90), enrolled: Int?.none), (rate: Rate(count: 98, of: 100), enrolled: Int?(100))]
        let pooled = GroupMetrics.pool(rates)
        #expect(pooled?.percent == 94)
        #expect(pooled?.estimated == true)
        #expect(GroupMetrics.pool([(rate: Rate(percent: 90), enrolled: Int?.none)])?.estimated == false)
    }

    @Test func groupingByDistrictAndProvinceUsesTheSameCode() throws {
        let records = try Loader().load(paths: [packagePath("Samples/demo/json")]).records.map(RecordMetrics.init)
        let provinces = Rollup.groups(records, level: .province)
        #expect(Set(provinces.map(\.key.province)) == ["Hà Tĩnh", "Nghệ An"])
        #expect(provinces.allSatisfy { $0.key.ward == nil && $0.key.district == nil })
        let wards = Rollup.groups(records, level: .ward)
        for province in provinces {
            let members = wards.filter { $0.key.province == province.key.province && $0.key.period == province.key.period }
            #expect(province.party?.members == members.compactMap { $0.party?.members }.reduce(0, +))
        }
    }

    @Test func periodChangeComparesTheSameSchemeOverTheSameGradesOnly() throws {
        let records = try Loader().load(paths: [packagePath("Samples/demo/json/ht-tp-p1.json")]).records
        let metrics = records.filter { $0.school.id == "thcs-le-van-thiem" }.sorted { $0.key < $1.key }.map(RecordMetrics.init)
        let change = PeriodChange(since: "2023", from: metrics[0], to: metrics[1])
        // 2023: TT 22 for grades 6–7 and TT 58 for 8–9; 2024: TT 22 for 6–8 and TT 58 for 9. Neither
        // scheme covers the same students in both years, so neither distribution has a change.
        #expect(metrics[0].conduct?.map(\.grades) == [[6, 7], [8, 9]] && metrics[1].conduct?.map(\.grades) == [[6, 7, 8], [9]])
        #expect(change.conduct.isEmpty && change.academic.isEmpty)
        let old = metrics[0].ratePercent(.promotion)!, new = metrics[1].ratePercent(.promotion)!
        #expect(change.rates[.promotion] == new - old)
    }
}
