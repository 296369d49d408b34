/// How serious a finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    /// The record cannot be used as it is.
    case error
    /// The record is used, but something in it looks wrong.
    case warning
    /// Worth a note; never a fault.
    case info

    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The word for the severity in a language.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.info, .en): "note"
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.info, .vi): "ghi chú"
        }
    }
}

/// The languages of messages and dashboards.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// A sentence in both languages.
public struct Message: Sendable, Hashable {
    public var en: String
    public var vi: String

    public init(en: String, vi: String) {
        self.en = en
        self.vi = vi
    }

    public func text(_ language: Language) -> String {
        language == .en ? en : vi
    }
}

/// One finding about the input: a problem with its place, record, field and message.
public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    /// A stable code such as `distribution-total-mismatch`.
    public var code: String
    public var place: SourcePlace
    public var record: RecordKey?
    public var field: String?
    public var message: Message

    public init(severity: Severity, code: String, place: SourcePlace, record: RecordKey? = nil,
                field: String? = nil, message: Message) {
        self.severity = severity
        self.code = code
        self.place = place
        self.record = record
        self.field = field
        self.message = message
    }

    public init(_ problem: Problem, place: SourcePlace, record: RecordKey? = nil, field: String? = nil) {
        self.init(severity: problem.severity, code: problem.code, place: place, record: record,
                  field: field, message: problem.message)
    }

    /// `file:line:column: error: message [code]`, the way compilers print findings.
    public func rendered(_ language: Language) -> String {
        var prefix = place.description
        if place.line == nil, let record { prefix += " (\(record))" }
        return "\(prefix): \(severity.word(language)): \(message.text(language)) [\(code)]"
    }
}

extension Diagnostic {
    /// A note for whoever checks the data, not for a meeting: what an import left to review.
    /// `check` shows it; dashboards leave it out of their footers and the pack's list of checks.
    public var isForTheChecker: Bool { code == Problem.importReviewCode }
}
