import SchoolMetrics
/// The figures read so far for one record, by field path, with their sources, the sentences
/// to review, and which printed figures have been used (the others are listed for review).
struct ImportDraft {
    private(set) var values: [String: JSONOutput] = [:]
    private(set) var sources: [ImportSource] = []
    var review: [ImportReview] = []
    /// For each line, the places (in the line) of the figures already used.
    private var used: [Int: Set<Int>] = [:]

    func value(_ field: String) -> JSONOutput? { values[field] }

    func number(_ field: String) -> Double? {
        switch values[field] {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    func has(_ field: String) -> Bool { values[field] != nil }

    /// Sets a field from a sentence. A second, equal value is noted as a further source; a
    /// different one is listed for review and the first kept.
    mutating func set(_ field: String, _ value: JSONOutput, from sentence: ReportSentence, figure: Figure? = nil,
                      derived: Bool = false) {
        if let figure { use(figure, in: sentence) }
        if let existing = values[field] {
            guard existing != value && !Self.sameNumber(existing, value) else { return }
            review.append(ImportReview(line: sentence.line, sentence: sentence.text, reason: .contradicts,
                                       figures: figure.map { [sentence.slice($0.range)] } ?? [value.serialized(indent: nil)],
                                       field: field, kept: existing))
            return
        }
        values[field] = value
        sources.append(ImportSource(field: field, value: value, line: sentence.line, sentence: sentence.text, derived: derived))
    }

    /// Sets a value the report implies, with the place of the figure it follows from.
    mutating func setDerived(_ field: String, _ value: JSONOutput, line: Int, sentence: String) {
        guard values[field] == nil else { return }
        values[field] = value
        sources.append(ImportSource(field: field, value: value, line: line, sentence: sentence, derived: true))
    }

    /// Replaces a field with a value given on the command line; it has no place in the report.
    mutating func override(_ field: String, _ value: JSONOutput) {
        values[field] = value
        sources.removeAll { $0.field == field }
    }

    /// The largest count a record may hold (FORMAT's limit).
    static let countLimit = 10_000_000.0

    /// Sets a count; a figure that cannot be one (a fraction, or above the limit) is listed instead.
    mutating func set(_ field: String, count: Double, from sentence: ReportSentence, figure: Figure?, derived: Bool = false) {
        guard count >= 0, count <= Self.countLimit, count.rounded() == count else {
            if let figure { note(sentence, .notPlaced, figures: [figure]) }
            return
        }
        set(field, .int(Int(count)), from: sentence, figure: figure, derived: derived)
    }

    private static func sameNumber(_ a: JSONOutput, _ b: JSONOutput) -> Bool {
        switch (a, b) {
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): Double(x) == y
        default: false
        }
    }

    /// Takes out the fields under `prefix` (a section `check` would refuse), listing their
    /// figures for review with `check`'s reason.
    mutating func withdraw(_ prefix: String, because reason: String) {
        let taken = sources.filter { $0.field == prefix || $0.field.hasPrefix(prefix + ".") }
        guard let first = taken.first else { return }
        for source in taken { values[source.field] = nil }
        sources.removeAll { $0.field == prefix || $0.field.hasPrefix(prefix + ".") }
        review.append(ImportReview(line: first.line, sentence: first.sentence, reason: .failsCheck,
                                   figures: taken.map { $0.value.serialized(indent: nil) }, field: prefix, kept: nil,
                                   explanation: reason))
    }

    /// Marks a figure as read, so it is not listed for review.
    mutating func use(_ figure: Figure, in sentence: ReportSentence) {
        used[sentence.line, default: []].insert(sentence.offset + figure.range.lowerBound)
    }

    func isUsed(_ figure: Figure, in sentence: ReportSentence) -> Bool {
        used[sentence.line]?.contains(sentence.offset + figure.range.lowerBound) ?? false
    }

    mutating func note(_ sentence: ReportSentence, _ reason: ImportReview.Reason, figures: [Figure]) {
        for figure in figures { use(figure, in: sentence) }
        review.append(ImportReview(line: sentence.line, sentence: sentence.text, reason: reason,
                                   figures: figures.map { sentence.slice($0.range) }, field: nil, kept: nil))
    }

    /// Lists every figure of `sentences` that no reader used.
    mutating func reviewUnused(_ sentences: [ReportSentence]) {
        for sentence in sentences {
            let unused = SentenceFigures.figures(in: sentence).filter { !isUsed($0, in: sentence) }
            if !unused.isEmpty { note(sentence, .notPlaced, figures: unused) }
        }
        review.sort { $0.line < $1.line }
    }

    /// The lines the fields starting with `prefix` were read from.
    func sourceLines(prefixed prefix: String) -> Set<Int> {
        Set(sources.filter { $0.field.hasPrefix(prefix) }.map(\.line))
    }
}
