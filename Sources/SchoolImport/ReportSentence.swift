import SchoolMetrics
/// A sentence of a report as the importer reads it: its line, its exact text, and a folded copy
/// (lower case, no diacritics, `đ` → `d`) of the same length, so that a phrase found in the
/// folded copy is at the same place in the text.
///
/// Lines are cut into sentences at `;` and at a full stop followed by a space; numbering and
/// bullets at the start of a line, Markdown emphasis and table separators are read as spaces.
struct ReportSentence: Sendable {
    /// The line number in the report, from 1.
    let line: Int
    /// The sentence as printed (trimmed), for sources and review.
    let text: String
    let scalars: [Unicode.Scalar]
    /// Lower case without diacritics; `năm` and `nam` fold alike, so `lower` keeps them apart.
    let folded: [Unicode.Scalar]
    /// Lower case with diacritics.
    let lower: [Unicode.Scalar]
    /// Where the sentence starts in its line, in unicode scalars.
    let offset: Int
    /// Whether this sentence began its line (headings and list items are whole lines).
    let startsLine: Bool
    /// Whether the line ended with this sentence.
    let endsLine: Bool

    init(line: Int, offset: Int = 0, scalars: [Unicode.Scalar], startsLine: Bool = true, endsLine: Bool = true) {
        self.line = line
        self.offset = offset
        self.scalars = scalars
        self.text = String(String.UnicodeScalarView(scalars))
        self.folded = scalars.map(Self.fold)
        self.lower = scalars.map { scalar in
            let lowered = scalar.properties.lowercaseMapping.unicodeScalars
            return lowered.count == 1 ? lowered.first! : scalar
        }
        self.startsLine = startsLine
        self.endsLine = endsLine
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "A"..."Z": return Unicode.Scalar(scalar.value + 32)!
        case "a"..."z", "0"..."9", " ": return scalar
        case "đ", "Đ": return "d"
        default:
            guard scalar.value >= 0xC0, scalar.value < 0x2000 else { return scalar }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
            let lowered = base.properties.lowercaseMapping.unicodeScalars
            return lowered.count == 1 ? lowered.first! : base
        }
    }

    var isEmpty: Bool { scalars.isEmpty }

    /// The number of words.
    var wordCount: Int {
        text.split(whereSeparator: { $0 == " " }).count
    }

    /// Where `phrase` (folded, words separated by single spaces) occurs as whole words, from `start`.
    func find(_ phrase: String, from start: Int = 0, in form: Form = .folded) -> Int? {
        let pattern = Array(phrase.unicodeScalars)
        let haystack = form == .folded ? folded : lower
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        var index = max(0, start)
        while index + pattern.count <= haystack.count {
            if haystack[index] == pattern[0] && Array(haystack[index..<(index + pattern.count)]) == pattern
                && isBoundary(before: index, in: haystack) && isBoundary(after: index + pattern.count, in: haystack) {
                return index
            }
            index += 1
        }
        return nil
    }

    enum Form { case folded, lower }

    func contains(_ phrase: String, in form: Form = .folded) -> Bool {
        find(phrase, in: form) != nil
    }

    func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { contains($0) }
    }

    /// The first of `phrases` found, with its place; longer phrases win at the same place.
    func firstOf(_ phrases: [String], from start: Int = 0) -> (phrase: String, at: Int)? {
        var best: (phrase: String, at: Int)?
        for phrase in phrases {
            guard let at = find(phrase, from: start) else { continue }
            if best == nil || at < best!.at || (at == best!.at && phrase.count > best!.phrase.count) { best = (phrase, at) }
        }
        return best
    }

    private func isBoundary(before index: Int, in text: [Unicode.Scalar]) -> Bool {
        index == 0 || !Self.isWordScalar(text[index - 1])
    }

    private func isBoundary(after index: Int, in text: [Unicode.Scalar]) -> Bool {
        index >= text.count || !Self.isWordScalar(text[index])
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// The text between two places, trimmed.
    func slice(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(scalars.count, max(range.lowerBound, range.upperBound))
        return String(String.UnicodeScalarView(scalars[clamped])).trimmedSpaces
    }

    /// The folded words between two places.
    func foldedWords(_ range: Range<Int>) -> [String] {
        let clamped = max(0, range.lowerBound)..<min(folded.count, max(range.lowerBound, range.upperBound))
        return String(String.UnicodeScalarView(folded[clamped]))
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "/") }).map(String.init)
    }
}

/// A line of a report: the whole line, and its sentences.
struct ReportLine: Sendable {
    let whole: ReportSentence
    let sentences: [ReportSentence]
    /// A heading that announces a list: "3.3. Về học sinh:".
    let endsWithColon: Bool
    /// The parts of the line set apart by a tab or a run of three spaces or more: the cells of
    /// a row, or the columns of a header ("ĐẢNG UỶ XÃ …      CHI BỘ TRƯỜNG …").
    let cells: [ReportSentence]

    var number: Int { whole.line }

    /// "Trên đây là báo cáo …", "Nơi nhận:": the report's closing, after which nothing is a figure.
    var closesReport: Bool { whole.containsAny(["noi nhan", "tren day la"]) }

    /// The lines of a report, numbered from 1.
    static func lines(of text: [String]) -> [ReportLine] {
        text.enumerated().map { index, line in
            var scalars = Array(line.unicodeScalars).map(ReportSentence.plain)
            ReportSentence.blankNumbering(&scalars)
            let (start, end) = ReportSentence.trimmedBounds(scalars, 0..<scalars.count)
            let whole = ReportSentence(line: index + 1, offset: start, scalars: Array(scalars[start..<end]))
            let pieces = ReportSentence.cut(scalars)
            let sentences = pieces.enumerated().map { position, piece in
                ReportSentence(line: index + 1, offset: piece.lowerBound, scalars: Array(scalars[piece]),
                               startsLine: position == 0, endsLine: position == pieces.count - 1)
            }
            let endsWithColon = scalars[start...].last { $0 != " " } == ":"
            let cells = ReportSentence.cells(Array(line.unicodeScalars), start..<end).map { cell in
                ReportSentence(line: index + 1, offset: cell.lowerBound, scalars: Array(scalars[cell]))
            }
            return ReportLine(whole: whole, sentences: sentences, endsWithColon: endsWithColon, cells: cells)
        }
    }
}

extension ReportSentence {
    /// Emphasis marks, table separators and unusual spaces read as plain spaces.
    static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "*", "\t", "|", "\u{A0}", "\u{2007}", "\u{202F}", "\u{2003}", "\u{2002}", "_", "#", "•", "·", "▪", "●", "◦": " "
        default: scalar
        }
    }

    /// Blanks the bullets and the numbering at the start of a line: `-`, `–`, `+`, `1.`, `1.1.`,
    /// `4,`, `a)`, `II -`, `IV.`, `B.`, so that they are never read as figures.
    static func blankNumbering(_ scalars: inout [Unicode.Scalar]) {
        var index = 0
        func skipSpaces() { while index < scalars.count && scalars[index] == " " { index += 1 } }
        skipSpaces()
        while index < scalars.count, ["-", "–", "—", "+", "−", "‒", ">", "●"].contains(scalars[index]) {
            scalars[index] = " "
            index += 1
            skipSpaces()
        }
        let start = index
        var end = index
        // Arabic numbering: 1. 1.1 1.2. 4, 3)
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || (scalars[end] == "." && end > start) { end += 1 }
        if end > start, end < scalars.count, [".", ",", ")", " "].contains(scalars[end]) || scalars[end - 1] == "." {
            let digitsOnly = scalars[start..<end].filter { $0 != "." }
            let hasDot = scalars[start..<end].contains(".") || [".", ",", ")"].contains(scalars[end])
            // "1.1 Chất lượng" and "4, Công tác" are numbering; "100 % đảng viên" is not.
            if hasDot && digitsOnly.count <= 3 && !(end < scalars.count && scalars[end] == "," && end + 1 < scalars.count && ("0"..."9").contains(scalars[end + 1])) {
                let stop = end < scalars.count && [".", ",", ")"].contains(scalars[end]) ? end + 1 : end
                // A decimal such as "0,5 điểm" is not numbering: numbering is followed by a letter.
                var next = stop
                while next < scalars.count && scalars[next] == " " { next += 1 }
                if next < scalars.count && !("0"..."9").contains(scalars[next]) && scalars[next] != "%" {
                    for position in start..<stop { scalars[position] = " " }
                    index = stop
                }
            }
        } else if let roman = romanNumeralEnd(scalars, from: start) {
            for position in start..<roman { scalars[position] = " " }
            index = roman
        }
        // A single letter numbering: "a)", "b." followed by a space.
        if index + 2 < scalars.count, scalars[index].properties.isAlphabetic, [")", "."].contains(scalars[index + 1]),
           scalars[index + 2] == " ", scalars[index].properties.isLowercase || "ABCDEFGH".unicodeScalars.contains(scalars[index]) {
            scalars[index] = " "
            scalars[index + 1] = " "
        }
        // "- *Kết quả*" and "II - NHIỆM VỤ": a bullet after the numbering.
        skipSpaces()
        while index < scalars.count, ["-", "–", "—", "+"].contains(scalars[index]) {
            scalars[index] = " "
            index += 1
            skipSpaces()
        }
    }

    /// The end of a Roman numeral heading (`II.`, `IV -`, `VI.`), or nil.
    private static func romanNumeralEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        while end < scalars.count, "IVX".unicodeScalars.contains(scalars[end]) { end += 1 }
        guard end > start, end < scalars.count else { return nil }
        var stop = end
        while stop < scalars.count, [".", " ", "-", "–", ")"].contains(scalars[stop]), stop - end < 4 {
            stop += 1
            if scalars[stop - 1] != " " && stop < scalars.count && scalars[stop] != "." { break }
        }
        return stop > end && (scalars[end] == "." || scalars[end] == " " || scalars[end] == "-" || scalars[end] == ")") ? stop : nil
    }

    /// Cuts a line at `;` and at a full stop followed by a space and not inside a number;
    /// the places of the pieces, trimmed, empty ones left out.
    static func cut(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        var depth = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" { depth += 1 }
            if scalar == ")" { depth = max(0, depth - 1) }
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            if depth == 0 && (scalar == ";" || (scalar == "." && next == " ")) {
                pieces.append(start..<index)
                start = index + 1
            }
        }
        pieces.append(start..<scalars.count)
        return pieces.map { trimmedBounds(scalars, $0) }.map { $0.0..<$0.1 }.filter { !$0.isEmpty }
    }

    /// The places of the cells of a line as printed: apart where it has a tab or three spaces.
    static func cells(_ raw: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            var gap = index
            while gap < range.upperBound, [" ", "\t", "\u{A0}", "|"].contains(raw[gap]) { gap += 1 }
            if gap > index, raw[index..<gap].contains("\t") || raw[index..<gap].contains("|") || gap - index >= 3 {
                cells.append(start..<index)
                start = gap
            }
            index = max(gap, index + 1)
        }
        cells.append(start..<range.upperBound)
        return cells.filter { !$0.isEmpty }
    }

    /// The bounds of `range` without spaces, and without `:`, `,` and `.` at its end.
    static func trimmedBounds(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (Int, Int) {
        var start = range.lowerBound, end = range.upperBound
        while start < end && scalars[start] == " " { start += 1 }
        while end > start && [" ", ",", ".", ":"].contains(scalars[end - 1]) { end -= 1 }
        return (start, end)
    }
}
