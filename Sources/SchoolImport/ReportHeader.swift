import SchoolMetrics
import Foundation

/// Who wrote the report and for when: the school, its ward, district and province where the
/// report names them, the reporting period from the title, and where the part on the next
/// period (its targets) begins.
struct ReportHeader {
    var period: (value: String, sentence: ReportSentence)?
    /// The index of the first line of the part on the next period, or nil.
    var targetsStart: Int?

    /// Lines before the first long line: the title block, where the period is named.
    private static func titleEnd(_ lines: [ReportLine]) -> Int {
        lines.firstIndex { $0.whole.wordCount > 15 } ?? min(lines.count, 15)
    }

    init(_ lines: [ReportLine], into draft: inout ImportDraft) {
        let title = Self.titleEnd(lines)
        period = Self.period(in: lines[..<title]) ?? Self.period(in: lines[...])
        if let period {
            let next = Period.next(after: period.value)
            targetsStart = lines.indices.dropFirst(title).first { Self.opensTargets(lines[$0].whole, next: next) }
        }
        Self.readPlaces(lines, into: &draft)
    }

    /// `năm học 2023 - 2024` or `năm 2021`, the first in `lines`.
    private static func period(in lines: ArraySlice<ReportLine>) -> (String, ReportSentence)? {
        for line in lines {
            let sentence = line.whole
            guard let at = sentence.find("nam") else { continue }
            for number in PrintedNumber.all(in: sentence.text) where number.range.lowerBound > at {
                guard number.low >= 1945, number.low <= 2100, number.low.rounded() == number.low, !number.percent else { continue }
                let words = sentence.foldedWords(at..<number.range.lowerBound)
                guard words.count <= 2 else { continue }
                if let high = number.high, high == number.low + 1 { return ("\(Int(number.low))-\(Int(high))", sentence) }
                if number.high == nil { return ("\(Int(number.low))", sentence) }
            }
        }
        return nil
    }

    private static let planWords = ["phuong huong", "nhiem vu trong tam", "chi tieu", "muc tieu", "ke hoach", "nhiem vu nam",
                                    "nhiem vu"]

    /// A heading that opens the part on the next period.
    private static func opensTargets(_ sentence: ReportSentence, next: String?) -> Bool {
        guard sentence.wordCount <= 14 else { return false }
        if sentence.containsAny(["phan thu hai", "phan ii", "phan 2"]) { return true }
        guard sentence.containsAny(planWords) else { return false }
        if sentence.contains("phuong huong") { return true }
        guard let next, let year = next.split(separator: "-").first else { return false }
        return sentence.text.contains(year)
    }

    // MARK: Places

    private static let levels: [(phrase: String, label: String, short: String)] = [
        ("thcs", "THCS", "thcs"), ("thpt", "THPT", "thpt"), ("tieu hoc", "Tiểu học", "th"), ("th", "Tiểu học", "th"),
        ("mam non", "Mầm non", "mn"), ("mn", "Mầm non", "mn"),
    ]

    private static func readPlaces(_ lines: [ReportLine], into draft: inout ImportDraft) {
        for line in lines {
            for sentence in line.sentences {
                if !draft.has("school.name") { readSchool(sentence, into: &draft) }
                for (prefixes, field, label) in placeKinds where !draft.has(field) {
                    place: for prefix in prefixes {
                        var from = 0
                        while let at = sentence.find(prefix, from: from, in: .lower) {
                            from = at + 1
                            guard let name = properName(after: at + prefix.unicodeScalars.count, in: sentence) else { continue }
                            if prefix == "xã", sentence.find("thị xã", from: max(0, at - 4), in: .lower) == at - 4 { continue }
                            draft.set(field, .string(label[prefix].map { "\($0) \(name)" } ?? name), from: sentence)
                            break place
                        }
                    }
                }
            }
        }
    }

    /// The words that name a ward, a district or a province, with the word the record writes.
    private static let placeKinds: [([String], String, [String: String])] = [
        (["phường", "xã", "thị trấn"], "school.ward", ["phường": "Phường", "xã": "Xã", "thị trấn": "Thị trấn"]),
        (["thị xã", "huyện", "quận", "thành phố"], "school.district",
         ["thị xã": "Thị xã", "huyện": "Huyện", "quận": "Quận", "thành phố": "Thành phố"]),
        (["tỉnh"], "school.province", [:]),
    ]

    private static func readSchool(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        var from = 0
        while let at = sentence.find("truong", from: from) {
            from = at + 1
            let after = at + "truong".count
            for level in levels {
                guard let place = sentence.find(level.phrase, from: after), sentence.foldedWords(after..<place).isEmpty,
                      let name = properName(after: place + level.phrase.unicodeScalars.count, in: sentence) else { continue }
                draft.set("school.name", .string("Trường \(level.label) \(name)"), from: sentence)
                draft.set("school.level", .string(level.label), from: sentence)
                draft.set("school.id", .string(Slug.make("\(level.short) \(name)")), from: sentence, derived: true)
                return
            }
        }
    }

    /// The capitalised words (or a number: "Phường 1") after `start`, up to five.
    private static func properName(after start: Int, in sentence: ReportSentence) -> String? {
        let rest = String(String.UnicodeScalarView(sentence.scalars[min(start, sentence.scalars.count)...]))
        guard rest.first == " " else { return nil }
        var words: [String] = []
        for raw in rest.split(separator: " ") {
            let trailing = raw.last.map { !$0.isLetter && !$0.isNumber } ?? false
            let word = raw.trimmingCharacters(in: .punctuationCharacters)
            guard let first = word.first, first.isUppercase || (first.isNumber && words.isEmpty && word.allSatisfy(\.isNumber)) else { break }
            guard !["UBND", "HĐND", "THCS", "THPT", "BCH", "GD", "GD&ĐT"].contains(word), word.count > 0 else { break }
            // "HÒA BÌNH" in a heading is the name "Hòa Bình".
            let shouted = word.count > 1 && word.allSatisfy { !$0.isLetter || $0.isUppercase } && word.contains { $0.isLetter }
            words.append(shouted ? word.prefix(1) + word.dropFirst().lowercased() : word)
            if trailing || words.count == 5 { break }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
