import Foundation

/// Reads typed values out of ``Node``s and reports what is wrong with them, with the place,
/// the record and the field, in the words of ``Problem``.
struct FieldReader {
    /// Counts above this are refused as typing mistakes.
    static let countLimit = 10_000_000
    /// Names above this many characters are refused.
    static let nameLimit = 300

    let source: SourceText
    var record: RecordKey?
    /// True for a record `schooldash import` wrote (it has `sources` or `review`): a missing
    /// identity field is one its report did not name, and the message names the import option.
    var imported = false
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText) {
        self.source = source
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func report(_ problem: Problem, at offset: Int, field: String?) {
        diagnostics.append(Diagnostic(problem, place: source.place(of: offset), record: record, field: field))
    }

    func subject(_ path: String, _ node: Node?) -> Subject {
        if let column = node?.column { return Subject(path: column, isCSVColumn: true) }
        return Subject(path: path)
    }

    // MARK: Objects

    /// The members of an object node, reporting anything else.
    mutating func object(_ node: Node, _ path: String) -> [Node.Member]? {
        if let members = node.members { return members }
        report(.wrongType(subject(path, node), expected: .object, found: node.foundDescription), at: node.offset, field: path)
        return nil
    }

    /// Members by key, warning about keys not in `known` (with a suggestion) and about repeats.
    mutating func fields(_ members: [Node.Member], known: [String], _ path: String) -> [String: Node] {
        var result: [String: Node] = [:]
        result.reserveCapacity(members.count)
        for member in members {
            // Only a finding needs the field's path: most members make none.
            var fieldPath: String { path.isEmpty ? member.key : "\(path).\(member.key)" }
            guard known.contains(member.key) else {
                let suggestion = EditDistance.closest(to: member.key, among: known)
                report(.unknownField(subject(fieldPath, member.value), suggestion: suggestion), at: member.keyOffset, field: fieldPath)
                continue
            }
            if result[member.key] != nil {
                report(.duplicateField(subject(fieldPath, member.value)), at: member.keyOffset, field: fieldPath)
            }
            result[member.key] = member.value
        }
        return result
    }

    // MARK: Text

    /// A non-empty text, cleaned for display; `limit` characters at most.
    mutating func text(_ node: Node?, _ path: String, required: Bool = false, limit: Int = FieldReader.nameLimit,
                       missingAt offset: Int = 0) -> String? {
        guard let node, !node.isMissing else {
            if required {
                let identity = imported ? ReportIdentity(field: path) : nil
                report(identity.map(Problem.missingFromReport) ?? .missingField(Subject(path: path)), at: node?.offset ?? offset, field: path)
            }
            return nil
        }
        let raw: String
        switch node.value {
        case .string(let text), .cell(let text, _): raw = text
        case .number(let text): raw = text
        default:
            report(.wrongType(subject(path, node), expected: .text, found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        let cleaned = raw.cleanedForDisplay
        if cleaned.isEmpty {
            report(.wrongType(subject(path, node), expected: .text, found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        if cleaned.count > limit {
            report(.textTooLong(subject(path, node), length: cleaned.count, limit: limit), at: node.offset, field: path)
            return nil
        }
        if cleaned != raw && raw.unicodeScalars.contains(where: { $0.isInvisibleFormatting || ($0.properties.generalCategory == .control && !$0.properties.isWhitespace) }) {
            report(.textCleaned(subject(path, node)), at: node.offset, field: path)
        }
        return source.shared(cleaned)
    }

    // MARK: Numbers

    /// A finite number; a CSV cell may use the file's decimal style.
    mutating func number(_ node: Node?, _ path: String, expected: ValueKind = .number) -> Double? {
        guard let node, !node.isMissing else { return nil }
        let canonical: String?
        switch node.value {
        case .number(let text): canonical = text
        case .cell(let text, let decimalComma):
            var trimmed = text.trimmedSpaces
            if expected == .percent, trimmed.hasSuffix("%") { trimmed = String(trimmed.dropLast()).trimmedSpaces }
            canonical = NumberText.canonical(trimmed, decimalComma: decimalComma)
        default: canonical = nil
        }
        guard let canonical, let value = Double(canonical) else {
            report(.wrongType(subject(path, node), expected: expected, found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        guard value.isFinite else {
            report(.numberOutOfRange(text: canonical), at: node.offset, field: path)
            return nil
        }
        return value
    }

    /// A whole number from 0 up to the count limit.
    mutating func count(_ node: Node?, _ path: String) -> Int? {
        guard let node, let value = number(node, path, expected: .wholeNumber) else { return nil }
        guard value.rounded() == value else {
            report(.wrongType(subject(path, node), expected: .wholeNumber, found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        guard value >= 0 else {
            report(.negativeNumber(subject(path, node), found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        guard value <= Double(FieldReader.countLimit) else {
            report(.countTooLarge(subject(path, node), found: node.foundDescription, limit: FieldReader.countLimit), at: node.offset, field: path)
            return nil
        }
        return Int(value)
    }

    /// A percent from 0 to 100.
    mutating func percent(_ node: Node?, _ path: String) -> Double? {
        guard let node, let value = number(node, path, expected: .percent) else { return nil }
        guard (0...100).contains(value) else {
            report(.percentOutOfRange(subject(path, node), found: node.foundDescription), at: node.offset, field: path)
            return nil
        }
        return value
    }

    /// true or false; a CSV cell may also say `có` or `không`.
    mutating func bool(_ node: Node?, _ path: String) -> Bool? {
        guard let node, !node.isMissing else { return nil }
        switch node.value {
        case .bool(let flag): return flag
        case .cell(let text, _):
            switch text.trimmedSpaces.nfc.lowercased() {
            case "true", "có": return true
            case "false", "không": return false
            default: break
            }
        default: break
        }
        report(.wrongType(subject(path, node), expected: .boolean, found: node.foundDescription), at: node.offset, field: path)
        return nil
    }
}
