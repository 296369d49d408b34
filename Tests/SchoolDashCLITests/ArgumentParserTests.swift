import Testing
@testable import SchoolDashCLI
import SchoolMetrics

@Suite("Argument parsing is a pure function")
struct ArgumentParserTests {
    static let good: [([String], Invocation)] = [
        ([], .help(topic: nil)),
        (["--help"], .help(topic: nil)),
        (["check", "--help"], .help(topic: "check")),
        (["check"], .check(CheckOptions())),
        (["check", "a.json", "b", "--strict", "--json", "--lang", "en"],
         .check(CheckOptions(inputs: ["a.json", "b"], strict: true, json: true, language: .en))),
        (["check", "--lang=en", "--", "--odd-name.json"], .check(CheckOptions(inputs: ["--odd-name.json"], language: .en))),
        (["build", "--out", "X", "--format", "svg,pdf,svg", "--dpi", "300", "--jobs", "2", "--quiet"],
         .build(BuildOptions(out: "X", formats: [.svg, .pdf], dpi: 300, jobs: 2, quiet: true))),
        (["build", "--period", "2021", "--ward", "Phường 1", "--school", "thcs-a", "--strict"],
         .build(BuildOptions(period: "2021", ward: "Phường 1", school: "thcs-a", strict: true))),
        (["metrics", "--json", "--by", "district"], .metrics(MetricsOptions(grouping: .district))),
        (["build", "--rank-by", "good-or-better"], .build(BuildOptions.ranked(by: .goodOrBetter))),
        (["build", "--rank-by=targets", "--quiet"], .build({ var options = BuildOptions.ranked(by: .targets); options.quiet = true; return options }())),
        (["report", "--school", "thcs-a"], .report(ReportOptions(subject: .school("thcs-a")))),
        (["report", "data", "--ward", "Phường 1", "--period", "2024", "--lang", "en", "--out", "p1.DOCX", "--dpi", "200"],
         .report({ var options = ReportOptions(subject: .ward("Phường 1")); options.inputs = ["data"]; options.period = "2024"
                   options.language = .en; options.out = "p1.DOCX"; options.dpi = 200; return options }())),
        (["build", "--format", "pdf,docx"], .build(BuildOptions(formats: [.pdf, .docx]))),
        (["template"], .template(TemplateOptions(out: "Output/mau-nhap-lieu.xlsx", language: .vi))),
        (["template", "--lang", "en"], .template(TemplateOptions(out: "Output/template.xlsx", language: .en))),
        (["template", "--out", "/tmp/Trường.XLSX", "--lang", "vi"], .template(TemplateOptions(out: "/tmp/Trường.XLSX"))),
        (["template", "--help"], .help(topic: "template")),
    ]

    @Test(arguments: good)
    func parses(_ words: [String], _ expected: Invocation) throws {
        #expect(try ArgumentParser.parse(words).get() == expected)
    }

    static let bad: [([String], String)] = [
        (["draw"], "unknown command 'draw'; the commands are build, charts, check, gallery, import, merge-manifests, metrics, report, sample, summary, template"),
        (["check", "--strcit"], "unknown option '--strcit' for 'check'"),
        (["check", "--lang", "fr"], "--lang takes vi or en, not 'fr'"),
        (["build", "--dpi", "-3"], "--dpi takes a whole number from 36 to 1200, not '-3'"),
        (["build", "--dpi", "10"], "--dpi takes a whole number from 36 to 1200, not '10'"),
        (["build", "--format", "pdf,gif"], "--format takes pdf, png, svg and docx separated by commas, not 'gif'"),
        (["charts", "--school", "a", "--format", "docx"], "--format takes png, svg or pdf, not 'docx'"),
        (["report"], "report needs --school ID or --ward NAME"),
        (["report", "--school", "a", "--ward", "b"], "give either --school or --ward, not both"),
        (["report", "--school", "a", "--out", "a.pdf"], "--out takes a file name ending in .docx, not 'a.pdf'"),
        (["report", "--school", "a", "--dpi", "40"], "--dpi takes a whole number from 72 to 600, not '40'"),
        (["build", "--out"], "--out needs a value"),
        (["build", "--out", "a", "--out", "b"], "--out is given twice"),
        (["check", "--strict=yes"], "--strict takes no value"),
        (["metrics", "--by", "street"], "--by takes ward, district or province, not 'street'"),
        (["build", "--shard", "3/2"], "--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8, not '3/2'"),
        (["sample"], "sample needs --schools N"),
        (["sample", "--schools", "0"], "--schools takes a whole number from 1 to 1000000, not '0'"),
        (["sample", "--schools", "5", "--format", "xml"], "--format takes json or csv, not 'xml'"),
        (["merge-manifests"], "merge-manifests needs the manifests of the parts"),
        (["build", "--rank-by", "speed"], "--rank-by takes promotion, graduation, admission, good-or-better, targets, not 'speed'"),
        (["build", "--rank-by"], "--rank-by needs a value"),
        (["charts", "--ward", "X", "--rank-by", "promotion"], "unknown option '--rank-by' for 'charts'"),
        (["template", "truong.xlsx"], "template takes no inputs; name the workbook with --out FILE.xlsx"),
        (["template", "--out", "truong.csv"], "--out takes a workbook name ending in .xlsx, not 'truong.csv'"),
        (["template", "--out", "Output/.xlsx"], "--out takes a workbook name ending in .xlsx, not 'Output/.xlsx'"),
        (["template", "--lang", "fr"], "--lang takes vi or en, not 'fr'"),
        (["template", "--format", "ods"], "unknown option '--format' for 'template'"),
    ]

    @Test(arguments: bad)
    func refuses(_ words: [String], _ message: String) {
        guard case .failure(let error) = ArgumentParser.parse(words) else {
            Issue.record("\(words) parsed")
            return
        }
        #expect(error.message == message)
    }
}

extension BuildOptions {
    static func ranked(by key: RankKey) -> BuildOptions {
        var options = BuildOptions()
        options.rankBy = key
        return options
    }
}

@Suite("Commands end with the right exit code")
struct ExitCodeTests {
    func run(_ words: [String]) -> (ExitCode, RecordingConsole) {
        let console = RecordingConsole()
        return (CLI.run(words, console: console), console)
    }

    @Test func usageErrorsExit2() {
        let (code, console) = run(["check", "--bogus"])
        #expect(code == .usage)
        #expect(console.errors.first == "schooldash: unknown option '--bogus' for 'check'")
    }

    @Test func aMissingInputExits2() {
        #expect(run(["check", "/no/such/file.json"]).0 == .usage)
    }

    @Test func theSamplesCheckClean() {
        let (code, console) = run(["check", packagePath("Samples"), "--lang", "en"])
        #expect(code == .ok)
        #expect(console.output.last?.hasSuffix("0 errors, 2 warnings") == true)
    }

    @Test func warningsFailOnlyWhenStrict() {
        let fixture = packagePath("Tests/SchoolMetricsTests/Fixtures/valid/ky-phuong-96-4.json")
        #expect(run(["check", fixture]).0 == .ok)
        #expect(run(["check", fixture, "--strict"]).0 == .dataErrors)
    }

    @Test func helpForEveryCommandHasAnExample() {
        for command in ["check", "build", "metrics", "template"] {
            let (code, console) = run([command, "--help"])
            #expect(code == .ok)
            #expect(console.output.joined().contains("Example:"))
        }
    }

    @Test func metricsJSONHasTheFormatsShape() {
        let (code, console) = run(["metrics", packagePath("Samples/seeds"), "--json"])
        #expect(code == .ok)
        let text = console.output.joined()
        #expect(text.contains("\"records\": ["))
        #expect(text.contains("\"wards\": ["))
        #expect(text.contains("\"goodOrBetterPercent\": 96.42857142857143"))
        #expect(text.contains("\"admission\": {\n        \"percent\": 86.4,\n        \"count\": null,\n        \"of\": null"))
    }
}
