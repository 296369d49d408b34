import SchoolMetrics
/// A figure printed in a sentence: a number, a range (`4- 6`), a share (`94,7%`) or a count
/// out of a total (`661/698`), with its place in the sentence.
struct Figure: Sendable, Equatable {
    var low: Double
    var high: Double?
    var percent: Bool
    /// The total of `661/698`.
    var of: Double?
    /// The place in the sentence, in unicode scalars, total included.
    var range: Range<Int>

    init(low: Double, high: Double? = nil, percent: Bool, of: Double? = nil, range: Range<Int>) {
        self.low = low
        self.high = high
        self.percent = percent
        self.of = of
        self.range = range
    }

    var isWholeNumber: Bool { low.rounded() == low && (high ?? low).rounded() == (high ?? low) }
    var isRange: Bool { high != nil }
}

/// Finds the figures of a sentence and leaves out the numbers that are not results: years and
/// dates, decree and resolution numbers (`02-NQ/ThU`, `Quy định 101`, `Chỉ thị số 16/CT-TTg`),
/// anniversaries (`91 năm ngày thành lập`), counts of rules (`19 điều`, `27 biểu hiện`, `“4 xin”`),
/// class and grade labels (`lớp 10`, `khối 6`), and numbers that are part of a name (`Covid-19`).
enum SentenceFigures {
    /// Words after which a number is a label, not a figure.
    private static let labelWords: Set<String> = [
        "quy dinh", "nghi quyet", "chi thi", "ket luan", "quyet dinh", "cong van", "thong tu", "nghi dinh",
        "dieu", "khoan", "tieu chi", "khoa", "lan thu", "thang", "ngay", "tuan", "lop", "khoi", "muc do", "giai doan",
        "nhiem ky", "phong", "bieu mau", "mau", "hoc ky", "ky", "dot", "tiet", "bai", "chuong", "phan", "muc", "hang muc", "dai hoi", "ban", "bang",
        "nq", "qd", "ct", "kl", "tt", "nd", "cv", "hd", "kh", "bc", "tw", "top",
    ]

    /// Words after which a number counts rules or slogans, not results.
    private static let ruleNouns: Set<String> = ["khoa", "dieu", "bieu", "xin", "luon", "khong", "chu", "chong", "cung", "nen", "dung"]

    /// Words that make a four-digit number a count rather than a year.
    static let countNouns: Set<String> = [
        "em", "hoc", "hs", "giai", "dang", "dong", "d/c", "quan", "nguoi", "luot", "giao", "can", "sang", "skkn",
        "san", "tiet", "chuyen", "cuoc", "lan", "buoi", "de", "cong", "huy", "ban", "tre", "chau", "doan",
    ]

    static func figures(in sentence: ReportSentence) -> [Figure] {
        let found = PrintedNumber.all(in: sentence.text)
        var figures: [Figure] = []
        var index = 0
        while index < found.count {
            let number = found[index]
            // 661/698 and 16/5/2016: numbers joined by slashes.
            var joined = [number]
            while index + joined.count < found.count,
                  isSlash(between: joined.last!.range.upperBound, and: found[index + joined.count].range.lowerBound, in: sentence),
                  joined.last!.high == nil, !joined.last!.percent {
                joined.append(found[index + joined.count])
            }
            index += joined.count
            if joined.count > 2 || (joined.count == 2 && isDate(joined, in: sentence)) { continue }
            if isLabel(number, in: sentence) { continue }
            if joined.count == 2 {
                let total = joined[1]
                figures.append(Figure(low: number.low, high: nil, percent: total.percent, of: total.low,
                                      range: number.range.lowerBound..<total.range.upperBound))
            } else {
                if isYear(number, in: sentence) { continue }
                figures.append(Figure(low: number.low, high: number.high, percent: number.percent, of: nil, range: number.range))
            }
        }
        return figures
    }

    private static func isSlash(between end: Int, and start: Int, in sentence: ReportSentence) -> Bool {
        guard start > end else { return false }
        let between = sentence.scalars[end..<start].filter { $0 != " " }
        return between == ["/"]
    }

    private static func isDate(_ parts: [PrintedNumber.Found], in sentence: ReportSentence) -> Bool {
        let day = parts[0].low, month = parts[1].low
        guard day >= 1, day <= 31, month >= 1, month <= 12, day.rounded() == day, month.rounded() == month else { return false }
        if day > month { return true }
        let before = sentence.foldedWords(max(0, parts[0].range.lowerBound - 40)..<parts[0].range.lowerBound).suffix(6)
        return before.contains("ngay") && !unitFollows(parts[1].range.upperBound, in: sentence)
    }

    /// A count noun right after a place: `661/698 em`.
    static func unitFollows(_ position: Int, in sentence: ReportSentence) -> Bool {
        guard let word = sentence.foldedWords(position..<min(sentence.folded.count, position + 16)).first else { return false }
        return countNouns.contains(word)
    }

    private static func isYear(_ number: PrintedNumber.Found, in sentence: ReportSentence) -> Bool {
        let values = [number.low] + (number.high.map { [$0] } ?? [])
        guard !number.percent, values.allSatisfy({ $0 >= 1900 && $0 <= 2100 && $0.rounded() == $0 }) else { return false }
        return !unitFollows(number.range.upperBound, in: sentence)
    }

    private static func isLabel(_ number: PrintedNumber.Found, in sentence: ReportSentence) -> Bool {
        let start = number.range.lowerBound, end = number.range.upperBound
        let scalars = sentence.scalars
        // Glued to a word, or joined to it by a dash: TW4, Covid-19, COVID – 19.
        if start > 0 && ReportSentence.isWordScalar(scalars[start - 1]) { return true }
        var back = start - 1
        while back >= 0 && scalars[back] == " " { back -= 1 }
        if back >= 0, ["-", "–", "—"].contains(scalars[back]) {
            var wordEnd = back
            while wordEnd > 0 && scalars[wordEnd - 1] == " " { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > 0 && ReportSentence.isWordScalar(scalars[wordStart - 1]) { wordStart -= 1 }
            let word = scalars[wordStart..<wordEnd]
            let touching = wordEnd == back && back == start - 1
            let capitals = word.count >= 2 && word.allSatisfy { $0.properties.isUppercase }
            if !word.isEmpty && (touching || capitals) { return true }
        }
        // Followed by a dash or slash and capitals: 02-NQ/ThU, 29 – KL/TU, 16/CT-TTg.
        var after = end
        while after < scalars.count && scalars[after] == " " { after += 1 }
        if after < scalars.count, ["-", "–", "—", "/"].contains(scalars[after]) {
            var letter = after + 1
            while letter < scalars.count && scalars[letter] == " " { letter += 1 }
            if letter + 1 < scalars.count, scalars[letter].properties.isUppercase, scalars[letter + 1].properties.isUppercase {
                return true
            }
        }
        // Inside quotation marks: “4 xin”.
        if isQuoted(start, in: scalars) { return true }
        // "lớp 10", "Quy định 101", "số 05", "tháng 11": a label word right before, with only a space.
        let before = sentence.foldedWords(max(0, start - 24)..<start)
        if !number.percent, start >= 2, scalars[start - 1] == " ", ReportSentence.isWordScalar(scalars[start - 2]) {
            if let last = before.last, labelWords.contains(last) { return true }
            if before.count >= 2, labelWords.contains(before.suffix(2).joined(separator: " ")) { return true }
            // "Nghị quyết số 15", but not "tổng số 1.512".
            let lowerBefore = String(String.UnicodeScalarView(sentence.lower[max(0, start - 10)..<start])).split(separator: " ").suffix(2)
            if lowerBefore.last == "số" && lowerBefore.first != "tổng" { return true }
        }
        if before.last == "niem" { return true }  // kỷ niệm 91 năm
        let following = sentence.foldedWords(end..<min(scalars.count, end + 40))
        if number.high == nil, !number.percent, let next = following.first {
            if ruleNouns.contains(next) { return true }
            if next == "nam" && following.dropFirst().prefix(3).contains(where: { ["ngay", "thanh", "truyen"].contains($0) }) { return true }
        }
        return false
    }

    private static func isQuoted(_ position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var open = false
        for scalar in scalars[..<position] {
            if scalar == "“" { open = true }
            if scalar == "”" { open = false }
            if scalar == "\"" { open.toggle() }
        }
        guard open else { return false }
        return scalars[position...].contains { $0 == "”" || $0 == "\"" }
    }
}
