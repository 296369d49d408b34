import Foundation
@testable import SchoolImport
@testable import SchoolMetrics

/// Compares imported records with expected ones figure by figure: every field as a leaf
/// (`students.conduct.counts.tot = 661`), and each target as one figure, matched by its kind,
/// bounds, unit and metric, and loosely by name (reports and the people who type them word
/// the same target differently: "Bảng khen" in a report is "Bằng khen" in a spreadsheet).
struct ImportComparison {
    var expectedFigures = 0
    var found = 0
    var missing: [String] = []
    var invented: [String] = []

    var recall: Double { expectedFigures == 0 ? 1 : Double(found) / Double(expectedFigures) }

    mutating func compare(expected: [Record], imported: [Record], label: String, ignoring: Set<String> = []) {
        for record in expected {
            let other = imported.first { $0.period == record.period }
            let wanted = Self.leaves(record).filter { !ignoring.contains($0.key) }
            let got = other.map(Self.leaves) ?? [:]
            for (key, value) in wanted.sorted(by: { $0.key < $1.key }) {
                expectedFigures += 1
                if got[key] == value { found += 1 } else { missing.append("\(label) \(record.period) \(key) = \(value), got \(got[key] ?? "nothing")") }
            }
            for (key, value) in got where wanted[key] == nil && !ignoring.contains(key) {
                invented.append("\(label) \(record.period) \(key) = \(value)")
            }
            var unmatched = other?.targets ?? []
            for target in record.targets ?? [] {
                expectedFigures += 1
                if let index = unmatched.firstIndex(where: { Self.sameTarget(target, $0) }) {
                    found += 1
                    unmatched.remove(at: index)
                } else {
                    missing.append("\(label) \(record.period) target \(RecordJSON.target(target).serialized(indent: nil))")
                }
            }
            invented += unmatched.map { "\(label) \(record.period) target \(RecordJSON.target($0).serialized(indent: nil))" }
        }
        for record in imported where !expected.contains(where: { $0.period == record.period }) {
            invented.append("\(label): a record for \(record.period)")
        }
    }

    /// Every figure of a record but its targets, by field path.
    static func leaves(_ record: Record) -> [String: String] {
        var leaves: [String: String] = ["period": record.period, "school.id": record.school.id, "school.name": record.school.name,
                                        "school.ward": record.school.ward]
        leaves["school.level"] = record.school.level
        leaves["school.district"] = record.school.district
        leaves["school.province"] = record.school.province
        if let students = record.students {
            leaves["students.schoolYear"] = students.schoolYear
            leaves["students.enrolled"] = students.enrolled.map { "\($0)" }
            for kind in DistributionKind.allCases {
                let parts = students.distributions(kind) ?? []
                for distribution in parts {
                    // A mixed-year section names each scheme, as FORMAT.md's CSV columns do.
                    let path = "students.\(kind.rawValue)" + (parts.count > 1 ? ".\(distribution.scheme.id)" : "")
                    leaves["\(path).grades"] = distribution.grades.map { $0.map(String.init).joined(separator: " ") }
                    leaves["\(path).scheme"] = distribution.scheme.id
                    for (category, count) in zip(distribution.scheme.categories, distribution.counts) {
                        leaves["\(path).counts.\(category.id)"] = count.map { "\($0)" }
                    }
                    for (category, share) in zip(distribution.scheme.categories, distribution.reportedPercent) {
                        leaves["\(path).reportedPercent.\(category.id)"] = share.map { "\($0)" }
                    }
                }
            }
            for kind in RateKind.allCases {
                guard let rate = students.rate(kind) else { continue }
                leaves["students.\(kind.rawValue).percent"] = rate.percent.map { "\($0)" }
                leaves["students.\(kind.rawValue).count"] = rate.count.map { "\($0)" }
                leaves["students.\(kind.rawValue).of"] = rate.of.map { "\($0)" }
            }
        }
        if let party = record.party {
            leaves["party.members"] = party.members.map { "\($0)" }
            leaves["party.probationary"] = party.probationary.map { "\($0)" }
            leaves["party.women"] = party.women.map { "\($0)" }
            leaves["party.cellRating"] = party.cellRating
            for level in Party.Level.allCases {
                leaves["party.classification.\(level.rawValue)"] = party.count(level).map { "\($0)" }
                leaves["party.reportedPercent.\(level.rawValue)"] = (party.reportedPercent?[level.index] ?? nil).map { "\($0)" }
            }
        }
        return leaves
    }

    static func sameTarget(_ expected: Target, _ imported: Target) -> Bool {
        guard expected.min == imported.min, expected.max == imported.max, expected.better == imported.better,
              expected.unit == imported.unit, expected.metric == imported.metric else { return false }
        return similarNames(expected.name, imported.name)
    }

    /// Names share a word of substance, or one holds the other.
    static func similarNames(_ a: String, _ b: String) -> Bool {
        let words = { (text: String) -> Set<String> in
            Set(Slug.make(text).split(separator: "-").map(String.init).filter { $0.count > 2 && !stopWords.contains($0) })
        }
        let left = words(a), right = words(b)
        return !left.intersection(right).isEmpty || Slug.make(a).contains(Slug.make(b)) || Slug.make(b).contains(Slug.make(a))
    }

    private static let stopWords: Set<String> = ["cua", "cac", "cap", "nam", "dat", "tren", "trong", "nhung", "voi"]
}
