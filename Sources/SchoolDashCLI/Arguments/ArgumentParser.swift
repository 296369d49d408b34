import SchoolMetrics
import SchoolRender

/// Turns the words of a command line into an ``Invocation``. A pure function: no I/O.
public enum ArgumentParser {
    /// An option a command accepts: its name and whether a value follows it.
    struct OptionSpec {
        var name: String
        var takesValue: Bool
    }

    static let commands: [String: [OptionSpec]] = [
        "check": [flag("strict"), flag("json"), value("lang"), value("max-file-size")],
        "build": [value("out"), value("format"), value("dpi"), value("lang"), value("period"), value("ward"),
                  value("school"), value("jobs"), flag("quiet"), flag("strict"), value("shard"), value("overview-limit"),
                  value("max-file-size"), value("rank-by")],
        "metrics": [flag("json"), value("by"), value("lang")],
        "gallery": [value("out"), value("dpi"), value("lang")],
        "charts": [value("school"), value("ward"), value("period"), value("chart"), value("format"), value("dpi"), value("size"),
                   value("lang"), value("out")],
        "summary": [value("school"), value("ward"), value("period"), value("lang")],
        "report": [value("school"), value("ward"), value("period"), value("lang"), value("out"), value("dpi")],
        "merge-manifests": [value("out")],
        "sample": [value("schools"), value("seed"), value("periods"), value("out"), value("format")],
        "import": [value("out"), value("school-id"), flag("json"), value("lang"), value("province"), value("district"),
                   value("ward"), value("period"), value("school-name")],
        "template": [value("out"), value("lang")],
    ]

    public static func parse(_ arguments: [String]) -> Result<Invocation, UsageError> {
        do {
            return .success(try invocation(arguments))
        } catch {
            return .failure(error)
        }
    }

    private static func invocation(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else { return .help(topic: nil) }
        switch first {
        case "--help", "-h", "help": return .help(topic: arguments.dropFirst().first)
        case "--version": return .version
        default: break
        }
        guard let specs = commands[first] else {
            throw UsageError(message: "unknown command '\(first)'; the commands are \(commands.keys.sorted().joined(separator: ", "))")
        }
        if arguments.contains("--help") || arguments.contains("-h") { return .help(topic: first) }
        let words = try Words(Array(arguments.dropFirst()), specs: specs, command: first)
        switch first {
        case "check":
            var options = CheckOptions()
            options.inputs = words.inputs(default: options.inputs)
            options.strict = words.flags.contains("strict")
            options.json = words.flags.contains("json")
            options.language = try words.language() ?? options.language
            options.maxFileSize = try words.integer("max-file-size", in: 1...100_000) ?? options.maxFileSize
            return .check(options)
        case "build":
            return .build(try buildOptions(words))
        case "charts":
            var options = ChartsOptions(subject: try subject(words))
            options.inputs = words.inputs(default: options.inputs)
            options.period = words.values["period"]
            options.language = try words.language() ?? options.language
            options.out = words.values["out"] ?? options.out
            options.dpi = try words.integer("dpi", in: 36...1200) ?? options.dpi
            if let format = words.values["format"] {
                guard let value = BuildOptions.Format(rawValue: format.lowercased()), value != .docx else {
                    throw words.error("--format takes png, svg or pdf, not '\(format)'")
                }
                options.format = value
            }
            if let list = words.values["chart"] {
                options.charts = list.split(separator: ",").map { String($0) }
                for name in options.charts where !SingleCharts.names.contains(where: { name == $0 || name.hasPrefix($0 + "-") }) {
                    throw words.error("--chart takes \(SingleCharts.names.joined(separator: ", ")), not '\(name)'")
                }
            }
            if let size = words.values["size"] {
                guard let points = PageSize.points(size) else {
                    throw words.error("--size takes WIDTHxHEIGHT with a unit, e.g. 16x9cm, 160x90mm, 6x4in or 400x300pt, not '\(size)'")
                }
                (options.width, options.height) = points
            }
            return .charts(options)
        case "summary":
            var options = SummaryOptions(subject: try subject(words))
            options.inputs = words.inputs(default: options.inputs)
            options.period = words.values["period"]
            options.language = try words.language() ?? options.language
            return .summary(options)
        case "report":
            var options = ReportOptions(subject: try subject(words))
            options.inputs = words.inputs(default: options.inputs)
            options.period = words.values["period"]
            options.language = try words.language() ?? options.language
            options.dpi = try words.integer("dpi", in: 72...600) ?? options.dpi
            if let out = words.values["out"] {
                guard out.lowercased().hasSuffix(".docx"), !out.hasSuffix("/") else {
                    throw words.error("--out takes a file name ending in .docx, not '\(out)'")
                }
                options.out = out
            }
            return .report(options)
        case "merge-manifests":
            guard !words.positional.isEmpty else { throw words.error("merge-manifests needs the manifests of the parts") }
            return .mergeManifests(MergeManifestsOptions(manifests: words.positional, out: words.values["out"]))
        case "sample":
            guard words.positional.isEmpty else { throw words.error("sample takes no inputs") }
            guard let schools = try words.integer("schools", in: 1...1_000_000) else { throw words.error("sample needs --schools N") }
            var options = SampleOptions(schools: schools)
            options.seed = UInt64(try words.integer("seed", in: 0...Int.max) ?? 1)
            options.periods = try words.integer("periods", in: 1...10) ?? options.periods
            options.out = words.values["out"] ?? options.out
            if let format = words.values["format"] {
                guard let value = SampleOptions.Format(rawValue: format.lowercased()) else {
                    throw words.error("--format takes json or csv, not '\(format)'")
                }
                options.format = value
            }
            return .sample(options)
        case "import":
            guard !words.positional.isEmpty else { throw words.error("import needs the report files (.txt or .docx)") }
            var options = ImportOptions(reports: words.positional)
            options.out = words.values["out"]
            options.json = words.flags.contains("json")
            options.language = try words.language() ?? options.language
            if let id = words.values["school-id"] {
                guard !id.isEmpty, id.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }) else {
                    throw words.error("--school-id takes lower-case letters, digits and hyphens ([a-z0-9-]+), not '\(id)'")
                }
                guard options.reports.count == 1 else { throw words.error("--school-id names the school of one report; give one report") }
                options.schoolID = id
            }
            if words.values["school-name"] != nil, options.reports.count != 1 {
                throw words.error("--school-name names the school of one report; give one report")
            }
            if let period = words.values["period"], Period.firstYear(period) == nil || period.count > 40 {
                throw words.error("--period takes a year or a school year (2021, 2020-2021), not '\(period)'")
            }
            options.places = ["school.province": words.values["province"], "school.district": words.values["district"],
                              "school.ward": words.values["ward"], "school.name": words.values["school-name"],
                              "period": words.values["period"]].compactMapValues { $0 }
            return .importReports(options)
        case "template":
            guard words.positional.isEmpty else { throw words.error("template takes no inputs; name the workbook with --out FILE.xlsx") }
            let options = TemplateOptions(out: words.values["out"], language: try words.language() ?? .vi)
            guard options.out.lowercased().hasSuffix(".xlsx"), options.out.split(separator: "/").last?.hasPrefix(".") == false else {
                throw words.error("--out takes a workbook name ending in .xlsx, not '\(options.out)'")
            }
            return .template(options)
        case "gallery":
            guard words.positional.isEmpty else { throw words.error("gallery takes no inputs") }
            var options = GalleryOptions()
            options.out = words.values["out"] ?? options.out
            options.dpi = try words.integer("dpi", in: 36...1200) ?? options.dpi
            options.language = try words.language() ?? options.language
            return .gallery(options)
        default:
            var options = MetricsOptions()
            options.inputs = words.inputs(default: options.inputs)
            options.language = try words.language() ?? options.language
            if let by = words.values["by"] {
                guard let grouping = MetricsOptions.Grouping(rawValue: by) else {
                    throw words.error("--by takes ward, district or province, not '\(by)'")
                }
                options.grouping = grouping
            }
            return .metrics(options)
        }
    }

    private static func buildOptions(_ words: Words) throws(UsageError) -> BuildOptions {
        var options = BuildOptions()
        options.inputs = words.inputs(default: options.inputs)
        options.out = words.values["out"] ?? options.out
        options.language = try words.language() ?? options.language
        if let list = words.values["format"] {
            var formats: [BuildOptions.Format] = []
            for name in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard let format = BuildOptions.Format(rawValue: name.lowercased()) else {
                    throw words.error("--format takes pdf, png, svg and docx separated by commas, not '\(name)'")
                }
                if !formats.contains(format) { formats.append(format) }
            }
            options.formats = formats
        }
        options.dpi = try words.integer("dpi", in: 36...1200) ?? options.dpi
        options.jobs = try words.integer("jobs", in: 1...256)
        options.period = words.values["period"]
        options.ward = words.values["ward"]
        options.school = words.values["school"]
        options.quiet = words.flags.contains("quiet")
        options.strict = words.flags.contains("strict")
        if let text = words.values["shard"] {
            guard let shard = Shard(text) else { throw words.error("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8, not '\(text)'") }
            options.shard = shard
        }
        options.overviewLimit = try words.integer("overview-limit", in: 0...10_000_000) ?? options.overviewLimit
        options.maxFileSize = try words.integer("max-file-size", in: 1...100_000) ?? options.maxFileSize
        if let key = words.values["rank-by"] {
            guard let value = RankKey(rawValue: key) else {
                throw words.error("--rank-by takes \(RankKey.allCases.map(\.rawValue).joined(separator: ", ")), not '\(key)'")
            }
            options.rankBy = value
        }
        return options
    }

    private static func subject(_ words: Words) throws(UsageError) -> Subject {
        switch (words.values["school"], words.values["ward"]) {
        case let (school?, nil): return .school(school)
        case let (nil, ward?): return .ward(ward)
        case (_?, _?): throw words.error("give either --school or --ward, not both")
        case (nil, nil): throw words.error("\(words.command) needs --school ID or --ward NAME")
        }
    }

    private static func flag(_ name: String) -> OptionSpec { OptionSpec(name: name, takesValue: false) }
    private static func value(_ name: String) -> OptionSpec { OptionSpec(name: name, takesValue: true) }

    /// The words after the command: positional inputs, flags, and options with their values.
    private struct Words {
        var positional: [String] = []
        var flags: Set<String> = []
        var values: [String: String] = [:]
        let command: String

        init(_ arguments: [String], specs: [OptionSpec], command: String) throws(UsageError) {
            self.command = command
            var index = 0
            var onlyPositional = false
            while index < arguments.count {
                let word = arguments[index]
                index += 1
                if onlyPositional || !word.hasPrefix("-") || word == "-" {
                    positional.append(word)
                    continue
                }
                if word == "--" { onlyPositional = true; continue }
                var name = String(word.drop { $0 == "-" })
                var inlineValue: String?
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let spec = specs.first(where: { $0.name == name }) else {
                    throw UsageError(message: "unknown option '\(word)' for '\(command)'", command: command)
                }
                if !spec.takesValue {
                    if inlineValue != nil { throw UsageError(message: "--\(name) takes no value", command: command) }
                    flags.insert(name)
                    continue
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError(message: "--\(name) needs a value", command: command)
                    }
                    value = arguments[index]
                    index += 1
                }
                if value.isEmpty { throw UsageError(message: "--\(name) needs a value", command: command) }
                if values[name] != nil { throw UsageError(message: "--\(name) is given twice", command: command) }
                values[name] = value
            }
        }

        func inputs(default fallback: [String]) -> [String] {
            positional.isEmpty ? fallback : positional
        }

        func error(_ message: String) -> UsageError {
            UsageError(message: message, command: command)
        }

        func language() throws(UsageError) -> Language? {
            guard let text = values["lang"] else { return nil }
            guard let language = Language(rawValue: text) else { throw error("--lang takes vi or en, not '\(text)'") }
            return language
        }

        func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
            guard let text = values[name] else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw error("--\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
            }
            return value
        }
    }
}
