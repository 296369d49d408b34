import SchoolMetrics

/// What the user asked for, fully parsed and checked: one case per command.
public enum Invocation: Equatable, Sendable {
    case help(topic: String?)
    case version
    case check(CheckOptions)
    case build(BuildOptions)
    case metrics(MetricsOptions)
    case gallery(GalleryOptions)
    case charts(ChartsOptions)
    case summary(SummaryOptions)
    case report(ReportOptions)
    case sample(SampleOptions)
    case mergeManifests(MergeManifestsOptions)
    case importReports(ImportOptions)
    case template(TemplateOptions)
}

/// `schooldash template [--out FILE.xlsx] [--lang vi|en]`
public struct TemplateOptions: Equatable, Sendable {
    /// The workbook to write; the default depends on the language.
    public var out: String
    /// The language of the instructions, labels and notes.
    public var language: Language

    public init(out: String? = nil, language: Language = .vi) {
        self.out = out ?? Self.defaultOut(language)
        self.language = language
    }

    /// `Output/mau-nhap-lieu.xlsx` in Vietnamese, `Output/template.xlsx` in English.
    public static func defaultOut(_ language: Language) -> String {
        language == .vi ? "Output/mau-nhap-lieu.xlsx" : "Output/template.xlsx"
    }
}

/// `schooldash import REPORT… [--out FILE] [--school-id ID] [--school-name N] [--period P] [--json] [--province P] [--district D] [--ward W]`
public struct ImportOptions: Equatable, Sendable {
    public var reports: [String]
    /// Where to write the records; without it they go to standard output.
    public var out: String?
    public var schoolID: String?
    /// Places, the school's name and the period the report does not name, by field path
    /// (`school.province`, `school.name`, `period`).
    public var places: [String: String] = [:]
    /// Print the records (with sources and review) as JSON rather than the review for people.
    public var json = false
    public var language: Language = .vi

    public init(reports: [String]) {
        self.reports = reports
    }
}

/// Which school or ward a command is about.
public enum Subject: Equatable, Sendable {
    case school(String)
    case ward(String)
}

/// `schooldash charts [INPUT…] --school ID | --ward NAME [--period P] [--chart NAME,…] [--format png|svg|pdf] …`
public struct ChartsOptions: Equatable, Sendable {
    public var inputs: [String] = ["Samples"]
    public var subject: Subject
    public var period: String?
    public var charts: [String] = []
    public var format: BuildOptions.Format = .png
    public var dpi: Int = 150
    /// Width and height in points.
    public var width: Double = 453.54
    public var height: Double = 255.12
    public var language: Language = .vi
    public var out: String = "Output"

    public init(subject: Subject) {
        self.subject = subject
    }
}

/// `schooldash summary [INPUT…] --school ID | --ward NAME [--period P] [--lang vi|en]`
public struct SummaryOptions: Equatable, Sendable {
    public var inputs: [String] = ["Samples"]
    public var subject: Subject
    public var period: String?
    public var language: Language = .vi

    public init(subject: Subject) {
        self.subject = subject
    }
}

/// `schooldash report [INPUT…] --school ID | --ward NAME [--period P] [--lang vi|en] [--out FILE.docx] [--dpi N]`
public struct ReportOptions: Equatable, Sendable {
    public var inputs: [String] = ["Samples"]
    public var subject: Subject
    public var period: String?
    public var language: Language = .vi
    /// The file to write; without it, each report goes to `Output/reports/`.
    public var out: String?
    public var dpi: Int = 150

    public init(subject: Subject) {
        self.subject = subject
    }
}

/// `schooldash sample --schools N [--seed S] [--periods K] [--out DIR] [--format json|csv]`
public struct SampleOptions: Equatable, Sendable {
    public enum Format: String, Equatable, Sendable {
        case json, csv
    }

    public var schools: Int
    public var seed: UInt64 = 1
    public var periods: Int = 1
    public var out: String = "Output/sample"
    public var format: Format = .json

    public init(schools: Int) {
        self.schools = schools
    }
}

/// `schooldash merge-manifests MANIFEST… [--out FILE]`
public struct MergeManifestsOptions: Equatable, Sendable {
    public var manifests: [String]
    public var out: String?
}

/// `schooldash gallery [--out DIR] [--dpi N] [--lang vi|en]`
public struct GalleryOptions: Equatable, Sendable {
    public var out: String
    public var dpi: Int
    public var language: Language

    public init(out: String = "Output/gallery", dpi: Int = 150, language: Language = .vi) {
        self.out = out
        self.dpi = dpi
        self.language = language
    }
}

/// `schooldash check [INPUT…] [--strict] [--json] [--lang vi|en]`
public struct CheckOptions: Equatable, Sendable {
    public var inputs: [String]
    public var strict: Bool
    public var json: Bool
    public var language: Language
    /// Input files larger than this many megabytes are refused with a clear error.
    public var maxFileSize: Int = 100

    public init(inputs: [String] = ["Samples"], strict: Bool = false, json: Bool = false, language: Language = .vi) {
        self.inputs = inputs
        self.strict = strict
        self.json = json
        self.language = language
    }
}

/// `schooldash build [INPUT…] [--out DIR] [--format …] [--dpi N] [--lang …] [--period P] …`
public struct BuildOptions: Equatable, Sendable {
    public enum Format: String, Equatable, Sendable, CaseIterable {
        case pdf, png, svg
        /// A Word report per school and per ward, in `reports/`.
        case docx
    }

    public var inputs: [String]
    public var out: String
    public var formats: [Format]
    public var dpi: Int
    public var language: Language
    public var period: String?
    public var ward: String?
    public var school: String?
    public var jobs: Int?
    public var quiet: Bool
    public var strict: Bool
    /// Build only this part of the wards, with its own manifest.
    public var shard: Shard?
    /// Input files larger than this many megabytes are refused with a clear error.
    public var maxFileSize: Int = 100
    /// The pack and the all-schools comparisons are drawn only for builds of at most this many schools.
    public var overviewLimit: Int = 500
    /// The figure ward scorecards and comparisons order their schools by; nil: the one that best separates them.
    public var rankBy: RankKey?

    public init(inputs: [String] = ["Samples"], out: String = "Output", formats: [Format] = [.pdf, .png], dpi: Int = 150,
                language: Language = .vi, period: String? = nil, ward: String? = nil, school: String? = nil,
                jobs: Int? = nil, quiet: Bool = false, strict: Bool = false) {
        self.inputs = inputs
        self.out = out
        self.formats = formats
        self.dpi = dpi
        self.language = language
        self.period = period
        self.ward = ward
        self.school = school
        self.jobs = jobs
        self.quiet = quiet
        self.strict = strict
    }
}

/// `schooldash metrics [INPUT…] --json [--by ward|district|province]`
public struct MetricsOptions: Equatable, Sendable {
    public enum Grouping: String, Equatable, Sendable, CaseIterable {
        case ward, district, province
    }

    public var inputs: [String]
    public var grouping: Grouping
    public var language: Language

    public init(inputs: [String] = ["Samples"], grouping: Grouping = .ward, language: Language = .vi) {
        self.inputs = inputs
        self.grouping = grouping
        self.language = language
    }
}

/// A command line that cannot be run, with the message that says why.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    /// The command whose usage to show with the message, if any.
    public var command: String?
}
