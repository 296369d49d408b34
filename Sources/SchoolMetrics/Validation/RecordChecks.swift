/// The checks within one record: the report's own numbers against each other, the way a
/// careful reader checks a report before it is read out.
enum RecordChecks {
    static func findings(for record: Record) -> [Diagnostic] {
        var checks = Checker(record: record, metrics: RecordMetrics(record))
        checks.distributions()
        checks.rates()
        checks.party()
        checks.targets()
        return checks.findings
    }

    private struct Checker {
        let record: Record
        let metrics: RecordMetrics
        var findings: [Diagnostic] = []

        mutating func add(_ problem: Problem, field: String? = nil) {
            findings.append(Diagnostic(problem, place: record.source ?? SourcePlace(file: "?"), record: record.key, field: field))
        }

        mutating func distributions() {
            for kind in DistributionKind.allCases {
                guard let parts = metrics.distributions(kind), let raw = record.students?.distributions(kind) else { continue }
                let field = "students.\(kind.rawValue)"
                let total = parts.reduce(0) { $0 + $1.total }
                if let enrolled = record.students?.enrolled, total != enrolled {
                    add(.distributionTotalMismatch(section: field, total: total, enrolled: enrolled), field: field)
                }
                for (part, distribution) in zip(parts, raw) {
                    reported(distribution.reportedPercent, counts: part.categories.map(\.count), ids: part.categories.map(\.id),
                             total: part.total, field: "\(field).reportedPercent")
                }
            }
        }

        /// Printed shares against the counts: each within half a unit of its printed
        /// precision (`21` for 21.43% is fine, `96.4` for 6 of 28 is not), and their sum.
        mutating func reported(_ printed: [Double?], counts: [Int?], ids: [String], total: Int, field: String) {
            guard total > 0 else { return }
            var sum = 0.0, slack = 0.0
            for (index, value) in printed.enumerated() {
                guard let value else { continue }
                let tolerance = Checker.halfUnit(of: value)
                sum += value
                slack += tolerance
                guard let count = counts[index], let exact = Percent.of(count, total) else { continue }
                if Checker.differs(printed: value, from: exact) {
                    add(.reportedPercentMismatch(field: "\(field).\(ids[index])", printed: value,
                                                 computed: exact, count: count, total: total),
                        field: "\(field).\(ids[index])")
                }
            }
            if sum > 100 + slack + 1e-9 {
                add(.reportedPercentSum(field: field, sum: sum), field: field)
            }
        }

        /// True when a printed value is further from the exact one than its own rounding explains.
        static func differs(printed: Double, from exact: Double) -> Bool {
            abs(exact - printed) > halfUnit(of: printed) + 1e-9
        }

        /// Half a unit of the last decimal a value was written with: 0.5 for `21`, 0.05 for `94.7`.
        static func halfUnit(of value: Double) -> Double {
            let text = JSONOutput.number(value)
            guard let dot = text.firstIndex(of: "."), !text.contains("e") else { return 0.5 }
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            return 0.5 / Double([1, 10, 100, 1000, 10000][min(decimals, 4)])
        }

        mutating func rates() {
            for kind in RateKind.allCases {
                guard let rate = metrics.rate(kind), let percent = rate.percent, let count = rate.count, let of = rate.of,
                      let exact = Percent.of(count, of) else { continue }
                if Checker.differs(printed: percent, from: exact) {
                    add(.ratePercentMismatch(field: "students.\(kind.rawValue)", printed: percent,
                                             computed: exact), field: "students.\(kind.rawValue)")
                }
            }
            guard let promotion = metrics.rate(.promotion)?.value, promotion >= 100 else { return }
            // Under Circular 58/2011 students rated Kém repeat the year; later schemes allow a second assessment.
            for part in metrics.academic ?? [] where part.scheme == .academic2011 {
                guard let kem = part.categories.first(where: { $0.id == "kem" }), let count = kem.count, count > 0 else { continue }
                add(.promotionWithFailingStudents(rate: promotion, category: kem.label, count: count), field: "students.promotion")
            }
        }

        mutating func party() {
            guard let party = metrics.party else { return }
            if let unclassified = party.unclassified, unclassified > 0, let members = party.members {
                add(.membersUnclassified(unclassified: unclassified, members: members), field: "party.classification")
            }
            if let printed = record.party?.reportedPercent, let classified = party.classified {
                reported(printed, counts: party.categories.map(\.count), ids: party.categories.map(\.id),
                         total: classified, field: "party.reportedPercent")
            }
            if let excellent = party.count(.excellent), let good = party.count(.good), Double(excellent) > 0.2 * Double(good) {
                add(.excellentAboveQuota(excellent: excellent, good: good), field: "party.classification.excellent")
            }
        }

        mutating func targets() {
            for (index, result) in (metrics.targets ?? []).enumerated() {
                guard let actual = result.target.actual, let value = result.metricValue, let metric = result.target.metric else { continue }
                if Checker.differs(printed: actual, from: value) {
                    add(.targetActualMismatch(name: result.target.name, actual: actual, metric: metric,
                                              value: value),
                        field: "targets[\(index)].actual")
                }
            }
        }
    }
}
