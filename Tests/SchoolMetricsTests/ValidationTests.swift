import Testing
@testable import SchoolMetrics

/// Each rule of `check`: a record that makes it fire, and a record that keeps it quiet.
struct Rule: CustomTestStringConvertible, Sendable {
    var code: String
    var fires: String
    var quiet: String
    var testDescription: String { code }
}

func party(_ fields: String) -> String { "\"party\": { \(fields) }" }
func students(_ fields: String) -> String { "\"students\": { \(fields) }" }

let rules: [Rule] = [
    Rule(code: "distribution-total-mismatch",
         fires: recordJSON(students("\"enrolled\": 10, \"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"tot\": 9 } }")),
         quiet: recordJSON(students("\"enrolled\": 9, \"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"tot\": 9 } }"))),
    Rule(code: "members-unclassified",
         fires: recordJSON(party("\"members\": 28, \"classification\": { \"good\": 27 }")),
         quiet: recordJSON(party("\"members\": 28, \"classification\": { \"good\": 28 }"))),
    Rule(code: "reported-percent-mismatch",
         fires: recordJSON(party("\"members\": 28, \"classification\": { \"excellent\": 6, \"good\": 22 }, \"reportedPercent\": { \"excellent\": 96.4 }")),
         quiet: recordJSON(party("\"members\": 28, \"classification\": { \"excellent\": 6, \"good\": 22 }, \"reportedPercent\": { \"excellent\": 21 }"))),
    Rule(code: "reported-percent-sum",
         fires: recordJSON(students("\"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"tot\": 1, \"kha\": 1 }, \"reportedPercent\": { \"tot\": 51, \"kha\": 51 } }")),
         quiet: recordJSON(students("\"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"tot\": 1, \"kha\": 2 }, \"reportedPercent\": { \"tot\": 33, \"kha\": 67 } }"))),
    Rule(code: "rate-percent-mismatch",
         fires: recordJSON(students("\"promotion\": { \"percent\": 99, \"count\": 697, \"of\": 698 }")),
         quiet: recordJSON(students("\"promotion\": { \"percent\": 99.86, \"count\": 697, \"of\": 698 }"))),
    Rule(code: "target-actual-mismatch",
         fires: recordJSON(students("\"graduation\": { \"percent\": 97.8 }") + ", \"targets\": [ { \"name\": \"TN\", \"min\": 96, \"actual\": 98.2, \"metric\": \"graduation\" } ]"),
         quiet: recordJSON(students("\"graduation\": { \"percent\": 97.8 }") + ", \"targets\": [ { \"name\": \"TN\", \"min\": 96, \"actual\": 97.8, \"metric\": \"graduation\" } ]")),
    Rule(code: "promotion-with-failing-students",
         fires: recordJSON(students("\"promotion\": { \"percent\": 100 }, \"academic\": { \"scheme\": \"academic-2011\", \"counts\": { \"gioi\": 5, \"kem\": 1 } }")),
         quiet: recordJSON(students("\"promotion\": { \"percent\": 100 }, \"academic\": { \"scheme\": \"academic-2011\", \"counts\": { \"gioi\": 5, \"kem\": 0 } }"))),
    Rule(code: "excellent-above-quota",
         fires: recordJSON(party("\"members\": 28, \"classification\": { \"excellent\": 6, \"good\": 22 }")),
         quiet: recordJSON(party("\"members\": 28, \"classification\": { \"excellent\": 4, \"good\": 24 }"))),
    Rule(code: "duplicate-record",
         fires: "[" + recordJSON() + "," + recordJSON(party("\"members\": 3")) + "]",
         quiet: "[" + recordJSON() + "," + recordJSON(period: "2022") + "]"),
    Rule(code: "school-name-conflict",
         fires: "[" + recordJSON() + "," + recordJSON(period: "2022").replacingOccurrences(of: "Trường THCS A", with: "Trường THCS B") + "]",
         quiet: "[" + recordJSON() + "," + recordJSON(period: "2022") + "]"),
]

@Suite("Validation rules fire, and stay quiet")
struct ValidationTests {
    func findings(_ text: String) -> [Diagnostic] {
        Validator.findings(for: load(text)).all
    }

    @Test(arguments: rules)
    func fires(_ rule: Rule) throws {
        let finding = try #require(findings(rule.fires).first { $0.code == rule.code }, "\(findings(rule.fires).map(\.code))")
        #expect(finding.record != nil)
        #expect(!finding.message.vi.isEmpty && !finding.message.en.isEmpty)
    }

    @Test(arguments: rules)
    func staysQuiet(_ rule: Rule) {
        #expect(!findings(rule.quiet).contains { $0.code == rule.code })
    }

    @Test func theKyPhuong96PercentIsCaught() throws {
        let result = try Loader().load(paths: [fixturePath("valid/ky-phuong-96-4.json")])
        let finding = try #require(Validator.findings(for: result).all.first { $0.code == "reported-percent-mismatch" })
        #expect(finding.field == "party.reportedPercent.excellent")
        #expect(finding.message.vi.contains("96,4%"))
        #expect(finding.message.vi.contains("21,43%"))
        #expect(finding.severity == .warning)
    }

    @Test func halfAUnitOfThePrintedPrecision() {
        let record = load(recordJSON(party("\"members\": 28, \"classification\": { \"excellent\": 6, \"good\": 21, \"completed\": 1 }, \"reportedPercent\": { \"excellent\": 21.4, \"good\": 75, \"completed\": 3.6 }")))
        #expect(!Validator.findings(for: record).all.contains { $0.code.hasPrefix("reported-percent") })
    }
}
