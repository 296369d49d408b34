import Foundation
import Testing
@testable import SchoolMetrics

/// A ward's change since last year compares the same schools: in the fixture, Sông B starts
/// reporting its promotion rate, conduct and party cell in 2024, so only Sông A's move counts for
/// those, while graduation (both schools, both years) is the whole ward's.
@Suite("A ward's change compares like with like")
struct LikeForLikeTests {
    static let path = packagePath("Tests/SchoolMetricsTests/Fixtures/valid/ward-reporting-changes.json")

    func wardChange() throws -> [String: Any] {
        let records = try Loader().load(paths: [Self.path]).records
        let json = MetricsReport(records: records).json.serialized()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let wards = try #require(root["wards"] as? [[String: Any]])
        let ward2024 = try #require(wards.first { $0["period"] as? String == "2024" })
        return try #require(ward2024["change"] as? [String: Any])
    }

    @Test func countsAndRatesMoveOnlyWithTheSchoolsThatReportedBothYears() throws {
        let change = try wardChange()
        // Party members: Sông A 10 → 12; Sông B's 33 are new, not growth (naively 45 − 10 = +35).
        #expect(change["partyMembers"] as? Int == 2)
        // Promotion: Sông A 90/100 → 95/100; pooling Sông B's 200/200 in would say +8.33.
        #expect(abs((change["promotion"] as? Double ?? 0) - 5) < 1e-9)
        // Graduation: both schools both years, pooled: 60/65 → 62/65.
        #expect(abs((change["graduation"] as? Double ?? 0) - (62.0 / 65 - 60.0 / 65) * 100) < 1e-9)
        // Good or better: Sông A 8/10 → 10/12.
        #expect(abs((change["goodOrBetterPoints"] as? Double ?? 0) - (10.0 / 12 - 0.8) * 100) < 1e-9)
        let conduct = try #require((change["conduct"] as? [[String: Any]])?.first?["categories"] as? [[String: Any]])
        #expect(conduct.first?["count"] as? Int == 5, "Tốt 80 → 85 at Sông A, not 80 → 285")
        #expect(change["admission"] is NSNull, "nobody reports admission")
    }

    @Test func theJSONSaysWhichSchoolsEachChangeCovers() throws {
        let basis = try #require(try wardChange()["likeForLike"] as? [[String: Any]])
        let byFigure = Dictionary(uniqueKeysWithValues: basis.map { ($0["figure"] as? String ?? "", $0) })
        #expect(Set(byFigure.keys) == ["promotion", "graduation", "conduct/conduct-2011", "partyMembers", "goodOrBetterPoints"])
        for figure in ["promotion", "partyMembers", "conduct/conduct-2011", "goodOrBetterPoints"] {
            #expect(byFigure[figure]?["schools"] as? [String] == ["thcs-song-a"], "\(figure)")
            #expect(byFigure[figure]?["schoolsBefore"] as? Int == 1 && byFigure[figure]?["schoolsNow"] as? Int == 2)
            #expect(byFigure[figure]?["wholeGroup"] as? Bool == false)
        }
        #expect(byFigure["graduation"]?["schools"] as? [String] == ["th-song-b", "thcs-song-a"])
        #expect(byFigure["graduation"]?["wholeGroup"] as? Bool == true)
    }

    @Test func aSchoolThatStopsReportingMovesNothingEither() throws {
        let records = try Loader().load(paths: [Self.path]).records
        // Reverse time: 2024's figures are now the earlier period; Sông B stops reporting promotion.
        let swapped = records.map { record in
            var record = record
            record.period = record.period == "2023" ? "2025" : record.period
            return record
        }
        let metrics = swapped.map(RecordMetrics.init)
        let key = GroupKey(metrics[0].record.school, period: "2025", level: .ward)
        let change = PeriodChange(since: "2024", before: metrics.filter { $0.record.period == "2024" },
                                  now: metrics.filter { $0.record.period == "2025" }, key: key)
        #expect(change.partyMembers == -2)
        #expect(abs((change.rates[.promotion] ?? 0) + 5) < 1e-9)
        let basis = try #require(change.partialBasis(.partyMembers))
        #expect(basis.schools == ["thcs-song-a"] && basis.schoolsInEither == 2)
        #expect(change.partialBasis(.rate(.graduation)) == nil, "the whole ward reports graduation both years")
    }

    /// Circular 22/2021 reaches one more grade a year: grades 6–7 in 2023 and 6–8 in 2024 are not
    /// the same students, so that scheme's distribution has no change; the 2011 one of grade 9 does.
    @Test func aDistributionOverOtherGradesIsNotCompared() throws {
        func record(_ period: String, _ grades: [Int], _ counts: [Int]) -> RecordMetrics {
            RecordMetrics(Record(school: School(id: "thcs-x", name: "Trường THCS X", ward: "Xã Y"), period: period,
                                 students: Students(conduct: [Distribution(scheme: .training2021, grades: grades, counts: counts),
                                                              Distribution(scheme: .conduct2011, grades: [9], counts: [90, 10, 0, 0])])))
        }
        let before = record("2023", [6, 7], [300, 40, 10, 0]), now = record("2024", [6, 7, 8], [450, 60, 15, 0])
        let own = PeriodChange(since: "2023", from: before, to: now)
        #expect(own.conduct[.training2021] == nil, "not the same grades")
        #expect(own.conduct[.conduct2011]?.first?.count == 0)
        let ward = PeriodChange(since: "2023", before: [before], now: [now], key: GroupKey(now.record.school, period: "2024", level: .ward))
        #expect(ward.conduct[.training2021] == nil)
        #expect(ward.basis[.distribution(.conduct, .training2021)] == nil, "no school to compare")
        #expect(ward.partialBasis(.distribution(.conduct, .conduct2011)) == nil)
    }
}
