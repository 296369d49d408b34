import Foundation
import Testing
@testable import SchoolImport
@testable import SchoolMetrics

/// The own-words fixtures of the faults the real pages showed (`Fixtures/real-faults`, written
/// on the real-reports branch in the shape of the real pages' expected figures): every expected
/// figure found in a record of the expected period, nothing else invented.
@Suite struct RealFaultTests {
    static let folder = fixturePath("real-faults")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    /// Fields of a record that are identity, not figures.
    private static func isFigure(_ field: String) -> Bool {
        !field.hasPrefix("school.") && field != "period" && field != "students.schoolYear" && !field.hasSuffix(".scheme")
            && !field.hasSuffix(".grades")
    }

    private static func same(_ expected: Any, _ imported: String, field: String) -> Bool {
        if let number = expected as? NSNumber, let value = Double(imported) { return abs(number.doubleValue - value) < 1e-6 }
        guard let text = expected as? String else { return false }
        // A proposed rating names the same level: "Đề nghị công nhận trong sạch vững mạnh".
        let a = Slug.make(text), b = Slug.make(imported)
        return field == "party.cellRating" ? b.hasSuffix(a) || a.hasSuffix(b) : a == b
    }

    @Test func theFixturesAreThere() {
        #expect(Self.names.count >= 9)
    }

    @Test(arguments: names)
    func aFaultFixtureGivesItsFiguresAndNoOthers(_ name: String) throws {
        let path = "\(Self.folder)/\(name)"
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let imported = ReportImporter.read(try ReportText(name: name, bytes: Array(bytes)))
        let expectedData = try #require(FileManager.default.contents(atPath: String(path.dropLast(4)) + ".json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let identity = expected["identity"] as? [String: Any] ?? [:]
        var figures = expected["figures"] as? [String: Any] ?? [:]
        let targets = figures.removeValue(forKey: "targets") as? [[String: Any]] ?? []
        let tolerated = expected["tolerated"] as? [String: Any] ?? [:]
        let periods = ([identity["period"] as? String] + ((identity["period.alternatives"] as? [String]) ?? [])).compactMap { $0 }
        var found = Set<String>()
        for record in imported.records.map(\.record) {
            let inPeriod = periods.isEmpty || periods.contains(record.period)
            for (field, value) in ImportComparison.leaves(record) where Self.isFigure(field) {
                if let wanted = figures[field], inPeriod, Self.same(wanted, value, field: field) {
                    found.insert(field)
                } else if let allowed = tolerated[field], inPeriod, Self.same(allowed, value, field: field) {
                    continue
                } else {
                    Issue.record("\(name): invented \(field) = \(value) in \(record.period)")
                }
            }
        }
        #expect(Set(figures.keys).subtracting(found).isEmpty, "\(name): missed \(Set(figures.keys).subtracting(found).sorted())")
        var unmatched = imported.records.flatMap { $0.record.targets ?? [] }
        for target in targets {
            let unit = target["unit"] as? String, min = (target["min"] as? NSNumber)?.doubleValue, max = (target["max"] as? NSNumber)?.doubleValue
            let index = unmatched.firstIndex { $0.unit == unit && $0.min == min && $0.max == max }
            #expect(index != nil, "\(name): missed target \(target)")
            if let index { unmatched.remove(at: index) }
        }
        #expect(unmatched.isEmpty, "\(name): invented targets \(unmatched.map(\.name))")
    }
}
