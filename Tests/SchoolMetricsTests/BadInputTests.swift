import Testing
@testable import SchoolMetrics

/// One broken input and the finding it must give: its code, where, and words of its message.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var text: String
    var code: String
    var line: Int?
    var column: Int?
    var message: String

    var testDescription: String { name }
}

let badInputs: [BadInput] = [
    BadInput(name: "empty file", file: "a.json", text: "", code: "empty-file", line: 1, column: 1, message: "the file is empty"),
    BadInput(name: "only spaces", file: "a.json", text: "  \n ", code: "empty-file", line: 2, column: 2, message: "the file is empty"),
    BadInput(name: "truncated object", file: "a.json", text: "{\"school\": {\"id\": \"a\"", code: "json-syntax", line: 1, column: 22,
             message: "expected ',' or '}', found the end of the file"),
    BadInput(name: "trailing comma", file: "a.json", text: "{\"period\": \"2021\",}", code: "json-syntax", line: 1, column: 19,
             message: "expected a field name in double quotes, found '}'"),
    BadInput(name: "NaN", file: "a.json", text: "{\n  \"period\": NaN\n}", code: "json-syntax", line: 2, column: 13,
             message: "expected a value (object, array, string, number, true, false or null), found \"NaN\""),
    BadInput(name: "single quotes", file: "a.json", text: "{'period': 1}", code: "json-syntax", line: 1, column: 2,
             message: "expected a field name in double quotes, found '''"),
    BadInput(name: "missing colon", file: "a.json", text: "{\"period\" \"2021\"}", code: "json-syntax", line: 1, column: 11,
             message: "expected ':' after the field name"),
    BadInput(name: "text after the value", file: "a.json", text: "{}\n{}", code: "json-syntax", line: 2, column: 1,
             message: "expected the end of the file"),
    BadInput(name: "bad escape", file: "a.json", text: "{\"period\": \"20\\x21\"}", code: "json-syntax", line: 1, column: 15,
             message: "a valid escape"),
    BadInput(name: "line break in a string", file: "a.json", text: "{\"period\": \"20\n21\"}", code: "json-syntax", line: 1, column: 15,
             message: "found a line break"),
    BadInput(name: "invalid UTF-8", file: "a.json", text: "{\"period\": \"\u{FFFD}\"}".replacingOccurrences(of: "\u{FFFD}", with: "\u{1}"),
             code: "json-syntax", line: 1, column: 13, message: "a control character"),
    BadInput(name: "deep nesting", file: "a.json", text: String(repeating: "[", count: 100), code: "nesting-too-deep", line: 1, column: 65,
             message: "nested more than 64 levels"),
    BadInput(name: "number too large for a double", file: "a.json", text: recordJSON("\"students\": { \"enrolled\": 1e309 }"),
             code: "number-out-of-range", line: 4, column: 29, message: "the number 1e309 is too large"),
    BadInput(name: "count above the limit", file: "a.json", text: recordJSON("\"students\": { \"enrolled\": 99999999999999999999 }"),
             code: "count-too-large", line: 4, column: 29, message: "\"students.enrolled\" is 99999999999999999999, above the limit"),
    BadInput(name: "count as text", file: "ky-phuong.json", text: recordJSON("\"students\": { \"enrolled\": \"698 em\" }"),
             code: "wrong-type", line: 4, column: 29, message: "\"students.enrolled\" must be a whole number, found \"698 em\""),
    BadInput(name: "fractional count", file: "a.json", text: recordJSON("\"students\": { \"enrolled\": 69.5 }"),
             code: "wrong-type", line: 4, column: 29, message: "must be a whole number, found 69.5"),
    BadInput(name: "negative count", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"tot\": -3 } } }"),
             code: "negative-count", line: 4, column: 75, message: "\"students.conduct.counts.tot\" cannot be negative, found -3"),
    BadInput(name: "category misspelt", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"Tôt\": 3 } } }"),
             code: "unknown-category", line: 4, column: 68,
             message: "\"Tôt\" is not a category of conduct-2011 (tot \"Tốt\", kha \"Khá\", trung-binh \"Trung bình\", yeu \"Yếu\")"),
    BadInput(name: "category given twice", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"scheme\": \"conduct-2011\", \"counts\": { \"tot\": 3, \"Tốt\": 4 } } }"),
             code: "duplicate-category", line: 4, column: 78, message: "gives category tot twice"),
    BadInput(name: "unknown scheme", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"scheme\": \"conduct-2012\", \"counts\": {} } }"),
             code: "unknown-scheme", line: 4, column: 40, message: "\"conduct-2012\" is not a known scheme"),
    BadInput(name: "academic scheme under conduct", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"scheme\": \"academic-2011\", \"counts\": {} } }"),
             code: "scheme-wrong-section", line: 4, column: 40, message: "scheme academic-2011 cannot stand in conduct"),
    BadInput(name: "scheme twice in a mixed-year array", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": [ { \"scheme\": \"conduct-2011\", \"counts\": {} }, { \"scheme\": \"conduct-2011\", \"counts\": {} } ] }"),
             code: "duplicate-scheme", line: 4, column: 74, message: "names scheme conduct-2011 twice"),
    BadInput(name: "distribution without scheme", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"counts\": { \"tot\": 1 } } }"),
             code: "missing-field", line: 4, column: 28, message: "\"students.conduct.scheme\" is required"),
    BadInput(name: "percent above 100", file: "a.json", text: recordJSON("\"students\": { \"promotion\": { \"percent\": 100.5 } }"),
             code: "percent-out-of-range", line: 4, column: 43, message: "must be a percent from 0 to 100, found 100.5"),
    BadInput(name: "count above of", file: "a.json", text: recordJSON("\"students\": { \"promotion\": { \"count\": 700, \"of\": 698 } }"),
             code: "rate-count-exceeds-of", line: 4, column: 41, message: "count 700 is larger than of 698"),
    BadInput(name: "classification above members", file: "a.json",
             text: recordJSON("\"party\": { \"members\": 5, \"classification\": { \"good\": 6 } }"),
             code: "classification-exceeds-members", line: 4, column: 46, message: "adds up to 6, more than the 5 members"),
    BadInput(name: "unknown party level", file: "a.json",
             text: recordJSON("\"party\": { \"members\": 5, \"classification\": { \"great\": 1 } }"),
             code: "unknown-category", line: 4, column: 48, message: "\"great\" is not a category of party-classification"),
    BadInput(name: "school id with capitals", file: "a.json", text: recordJSON(school: "THCS-A"),
             code: "invalid-school-id", line: 2, column: 21, message: "\"school.id\" must use only a-z, 0-9 and -, found \"THCS-A\""),
    BadInput(name: "school without ward", file: "a.json", text: "{ \"school\": { \"id\": \"a\", \"name\": \"A\" }, \"period\": \"2021\" }",
             code: "missing-field", line: 1, column: 13, message: "\"school.ward\" is required"),
    BadInput(name: "record without period", file: "a.json", text: "{ \"school\": { \"id\": \"a\", \"name\": \"A\", \"ward\": \"W\" } }",
             code: "missing-field", line: 1, column: 1, message: "\"period\" is required"),
    BadInput(name: "record that is not an object", file: "a.json", text: "[1]", code: "wrong-type", line: 1, column: 2,
             message: "\"record\" must be an object, found 1"),
    BadInput(name: "name too long", file: "a.json",
             text: "{ \"school\": { \"id\": \"a\", \"name\": \"\(String(repeating: "Trường ", count: 60))\", \"ward\": \"W\" }, \"period\": \"1\" }",
             code: "text-too-long", line: 1, column: 34, message: "\"school.name\" has 419 characters, more than the limit of 300"),
    BadInput(name: "more than 200 targets", file: "a.json",
             text: recordJSON("\"targets\": [" + Array(repeating: "{ \"name\": \"X\", \"achieved\": true }", count: 201).joined(separator: ",") + "]"),
             code: "too-many-targets", line: 4, column: 14, message: "the record has 201 targets, more than the limit of 200"),
    BadInput(name: "min above max", file: "a.json",
             text: recordJSON("\"targets\": [ { \"name\": \"HSG\", \"min\": 6, \"max\": 4 } ]"),
             code: "target-min-above-max", line: 4, column: 16, message: "min 6 is larger than max 4"),
    BadInput(name: "numeric target with achieved", file: "a.json",
             text: recordJSON("\"targets\": [ { \"name\": \"HSG\", \"min\": 4, \"achieved\": true } ]"),
             code: "target-achieved-on-numeric", line: 4, column: 55, message: "so it is numeric and cannot have \"achieved\""),
    BadInput(name: "yes/no target with actual", file: "a.json",
             text: recordJSON("\"targets\": [ { \"name\": \"Liên đội\", \"actual\": 1 } ]"),
             code: "target-actual-on-yes-no", line: 4, column: 48, message: "so it is a yes/no target and cannot have \"actual\""),
    BadInput(name: "unknown metric", file: "a.json",
             text: recordJSON("\"targets\": [ { \"name\": \"TN\", \"min\": 96, \"metric\": \"graduate\" } ]"),
             code: "unknown-metric", line: 4, column: 53, message: "\"graduate\" is not a figure a record holds"),
    BadInput(name: "better misspelt", file: "a.json",
             text: recordJSON("\"targets\": [ { \"name\": \"Rank\", \"max\": 4, \"better\": \"lowest\" } ]"),
             code: "invalid-better", line: 4, column: 54, message: "must be \"higher\" or \"lower\", found \"lowest\""),
    BadInput(name: "grades out of range", file: "a.json",
             text: recordJSON("\"students\": { \"conduct\": { \"scheme\": \"conduct-2011\", \"grades\": [13], \"counts\": {} } }"),
             code: "wrong-type", line: 4, column: 66, message: "must be a list of grades from 1 to 12"),
    BadInput(name: "CSV cell with decimals for a count", file: "records.csv",
             text: "school.id;school.name;school.ward;period;students.conduct.scheme;students.conduct.kha\nthcs-a;A;W;2021;conduct-2011;3,5\n",
             code: "wrong-type", line: 2, column: 30,
             message: "column \"students.conduct.kha\" must be a whole number, found \"3,5\""),
    BadInput(name: "CSV unterminated quote", file: "records.csv",
             text: "school.id,school.name,school.ward,period\nthcs-a,\"Trường A,W,2021\n",
             code: "csv-unterminated-quote", line: 2, column: 8, message: "a quoted cell is not closed"),
    BadInput(name: "CSV unknown header", file: "records.csv", text: "id,ten\n1,2\n",
             code: "csv-unknown-kind", line: 1, column: 1, message: "neither a records file"),
    BadInput(name: "CSV too many cells", file: "records.csv",
             text: "school.id,school.name,school.ward,period\nthcs-a,A,W,2021,extra\n",
             code: "csv-extra-cells", line: 2, column: 17, message: "the row has 5 cells, but the header has 4 columns"),
    BadInput(name: "CSV duplicate column", file: "records.csv", text: "school.id,period,period\n",
             code: "csv-duplicate-column", line: 1, column: 18, message: "column \"period\" appears twice"),
    BadInput(name: "CSV bad yes/no", file: "targets.csv",
             text: "school.id;period;name;achieved\nthcs-a;2021;Liên đội;rồi\n",
             code: "wrong-type", line: 2, column: 22, message: "column \"achieved\" must be true or false, found \"rồi\""),
    BadInput(name: "CSV invalid UTF-8", file: "records.csv", text: "school.id,period\n", code: "invalid-utf8", line: 2, column: 2,
             message: "not valid UTF-8"),
    BadInput(name: "CSV target for no record", file: "targets.csv",
             text: "school.id;period;name;min;actual\nthcs-z;2021;HSG;4;5\n",
             code: "target-without-record", line: 2, column: 1, message: "the target is for thcs-z 2021"),
]

@Suite("Bad input gives an error with its place")
struct BadInputTests {
    @Test(arguments: badInputs)
    func reportsTheProblemAndItsPlace(_ input: BadInput) throws {
        var bytes = Array(input.text.utf8)
        if input.name == "CSV invalid UTF-8" { bytes += [0x74, 0xFF, 0x2C, 0x31, 0x0A] }
        let result = Loader().load(bytes: bytes, name: input.file)
        let finding = try #require(result.diagnostics.all.first { $0.code == input.code },
                                   "no \(input.code) among \(result.diagnostics.all.map { $0.rendered(.en) })")
        #expect(finding.place.file == input.file)
        #expect(finding.place.line == input.line)
        #expect(finding.place.column == input.column)
        #expect(finding.message.en.contains(input.message), "\(finding.message.en)")
        #expect(!finding.message.vi.isEmpty)
        // The Vietnamese sentence carries no English words of ours.
        for english in ["found", "expected", "the end of the file", "must be", "line break"] {
            #expect(!finding.message.vi.contains(english), "\(finding.message.vi)")
        }
        #expect(result.records.isEmpty || input.code == "target-without-record")
    }

    @Test func everyProblemInAFileIsReportedInOneRun() {
        let text = "[" + (1...3).map { recordJSON("\"students\": { \"enrolled\": -\($0) }", school: "s\($0)") }.joined(separator: ",") + "]"
        let result = load(text)
        #expect(result.diagnostics.all.filter { $0.code == "negative-count" }.count == 3)
    }

    @Test func findingsPerFileAreCapped() {
        let records = (1...80).map { recordJSON("\"students\": { \"enrolled\": -1 }", school: "s\($0)") }
        let result = load("[" + records.joined(separator: ",") + "]")
        #expect(result.diagnostics.all.count == Diagnostics.capPerFile)
        #expect(result.diagnostics.errorCount == 80)
        #expect(result.diagnostics.omissionNotes.count == 1)
    }

    @Test func aBadRecordIsLeftOutAndTheOthersLoad() {
        let text = "[" + recordJSON(school: "good") + "," + recordJSON("\"students\": { \"enrolled\": \"x\" }", school: "bad") + "]"
        let result = load(text)
        #expect(result.records.map(\.school.id) == ["good"])
        #expect(result.diagnostics.errorCount == 1)
        #expect(result.diagnostics.all.first?.record == RecordKey(school: "bad", period: "2021"))
    }
}
