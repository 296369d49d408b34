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

    /// A district or province office's summary of its schools, when the report is one.
    var areaSummary: AreaSummary?
    /// The period of the targets, when the report names it: the coming term of a congress report.
    var nextPeriod: String?
    /// A report on one term of the school year ("Sơ kết học kì I"): its students' figures are
    /// the term's, not the year's, and stay for review.
    var isTermReport = false

    /// `given` is the period the caller knows (`--period`), if any.
    init(_ lines: [ReportLine], period given: String? = nil, into draft: inout ImportDraft) {
        let title = Self.titleEnd(lines)
        isTermReport = lines.prefix(max(title, min(lines.count, 3))).contains { line in
            line.whole.containsAny(["so ket hoc ki", "so ket hoc ky", "hoc ki i", "hoc ky i", "hoc ki 1", "hoc ky 1", "giua hoc ki",
                                    "giua hoc ky", "so ket hk"]) && !line.whole.containsAny(["cuoi nam", "ca nam", "hoc ky ii", "hoc ki ii"])
        }
        period = Self.period(in: lines[..<title])
        if period == nil {
            // A congress report: "… nhiệm kỳ 2020 - 2022 trình Đại hội … nhiệm kỳ 2022 - 2025".
            var terms = Self.terms(in: lines[..<max(title, min(lines.count, 6))])
            // A congress report or news item may name the past term further on.
            if terms.count == 1, lines.prefix(6).contains(where: { $0.whole.contains("dai hoi") }) { terms = Self.terms(in: lines[...]) }
            // The past term is the reported period, the coming one the targets'.
            let sorted = terms.sorted { Period.precedes($0.value, $1.value) }
            if sorted.count >= 2 { period = sorted[0] }
            nextPeriod = sorted.last?.value
        }
        if period == nil { period = Self.period(in: lines[...]) ?? Self.periodFromDate(lines) }
        if nextPeriod == period?.value { nextPeriod = nil }
        if let period = given ?? period?.value {
            let next = nextPeriod ?? Period.next(after: period)
            targetsStart = lines.indices.dropFirst(title).first { Self.opensTargets(lines[$0], next: next) }
        } else {
            targetsStart = lines.indices.dropFirst(title).first { Self.opensTargets(lines[$0], next: nil) }
        }
        Self.readPlaces(lines, into: &draft)
        if !draft.has("school.name") { areaSummary = AreaSummary(lines) }
    }

    /// The id a school's name gives: its levels and its name, `thcs-ky-phuong`.
    func schoolID(_ name: String) -> String? {
        let folded = Slug.make(name)
        guard folded.hasPrefix("truong-") else { return Slug.make(name) }
        var rest = String(folded.dropFirst("truong-".count))
        for (long, short) in [("tieu-hoc", "th"), ("mam-non", "mn")] where rest.hasPrefix(long) {
            rest = short + rest.dropFirst(long.count)
        }
        return rest
    }

    /// `năm học 2023 - 2024` or `năm 2021`, the first in `lines`.
    private static func period(in lines: ArraySlice<ReportLine>) -> (String, ReportSentence)? {
        for line in lines {
            let sentence = line.whole
            var from = 0
            while let at = sentence.find("nam", from: from) {
                from = at + 1
                for number in PrintedNumber.all(in: sentence.text) where number.range.lowerBound > at {
                    guard number.low >= 1945, number.low <= 2100, number.low.rounded() == number.low, !number.percent else { continue }
                    let words = sentence.foldedWords(at..<number.range.lowerBound)
                    guard words.count <= 2 else { break }
                    guard !isCited(at, in: sentence), !isFurniture(number, in: sentence) else { break }
                    if let high = number.high, high == number.low + 1 { return ("\(Int(number.low))-\(Int(high))", sentence) }
                    if number.high == nil { return ("\(Int(number.low))", sentence) }
                }
            }
        }
        return nil
    }

    /// The terms a title names, `nhiệm kỳ 2020 - 2022`, in order, each once.
    private static func terms(in lines: ArraySlice<ReportLine>) -> [(value: String, sentence: ReportSentence)] {
        var terms: [(value: String, sentence: ReportSentence)] = []
        for line in lines {
            let sentence = line.whole
            var from = 0
            while let at = sentence.find("nhiem ky", from: from) {
                from = at + 1
                guard let number = PrintedNumber.all(in: sentence.text).first(where: { $0.range.lowerBound > at }),
                      sentence.foldedWords((at + 8)..<number.range.lowerBound).isEmpty, let high = number.high,
                      number.low >= 1945, high > number.low, high - number.low <= 5 else { continue }
                let value = "\(Int(number.low))-\(Int(high))"
                if !terms.contains(where: { $0.value == value }) { terms.append((value, sentence)) }
            }
        }
        return terms
    }

    /// A site's visitor counter ("Năm 2019 : 35.412", "Hôm nay : 27"): the page's furniture.
    private static func isFurniture(_ number: PrintedNumber.Found, in sentence: ReportSentence) -> Bool {
        if sentence.containsAny(["truy cap", "truc tuyen", "luot xem", "hom nay"]) { return true }
        let rest = sentence.scalars[number.range.upperBound...].filter { $0 != " " }
        return rest.first == ":" && rest.dropFirst().first.map { ("0"..."9").contains($0) } == true
    }

    /// A year that dates a date ("ngày 07 tháng 5 năm 2009") or a cited document ("Thông tư số
    /// 09/2009/TT-BGDĐT", "Nghị quyết … năm 2019") is not the period of the report; `at` is
    /// the place of its "năm".
    private static func isCited(_ at: Int, in sentence: ReportSentence) -> Bool {
        let before = sentence.foldedWords(max(0, at - 80)..<at)
        if before.count >= 2, before[before.count - 2] == "thang", before.last!.allSatisfy(\.isNumber) { return true }
        let documents = ["thong tu", "nghi quyet", "quyet dinh", "cong van", "chi thi", "nghi dinh", "huong dan so", "ke hoach so",
                         "ban hanh", "thong bao so"]
        let text = before.suffix(8).joined(separator: " ")
        // "được thành lập năm 2004": the school's history, not the report's period.
        if before.suffix(3).joined(separator: " ").contains("thanh lap") || before.suffix(2).contains("doi") { return true }
        return documents.contains { text.contains($0) }
    }

    /// A report whose title names no year: the year of the date it is signed on, when the date
    /// leaves no doubt — "ngày 20 tháng 12 năm 2022" for a year's review (2022), "ngày 25 tháng 5
    /// năm 2023" for a school year's (2022-2023). A derived value, listed in the sources.
    private static func periodFromDate(_ lines: [ReportLine]) -> (String, ReportSentence)? {
        let schoolYear = lines.contains { $0.whole.contains("nam hoc") }
        for line in lines {
            let sentence = line.whole
            guard let day = sentence.find("ngay"), let month = sentence.find("thang", from: day),
                  let year = sentence.find("nam", from: month) else { continue }
            let numbers = PrintedNumber.all(in: sentence.text)
            guard let m = numbers.first(where: { $0.range.lowerBound > month && $0.range.lowerBound < year }),
                  let y = numbers.first(where: { $0.range.lowerBound > year }), y.low >= 1945, y.low <= 2100,
                  sentence.foldedWords(year..<y.range.lowerBound).count == 1, sentence.foldedWords(month..<m.range.lowerBound).count == 1
            else { continue }
            let (monthValue, yearValue) = (Int(m.low), Int(y.low))
            if schoolYear && (5...8).contains(monthValue) { return ("\(yearValue - 1)-\(yearValue)", sentence) }
            if !schoolYear && (11...12).contains(monthValue) { return ("\(yearValue)", sentence) }
            return nil
        }
        return nil
    }

    private static let planWords = ["phuong huong", "nhiem vu trong tam", "chi tieu", "muc tieu", "ke hoach", "nhiem vu nam",
                                    "nhiem vu"]

    /// A heading that opens the part on the next period: "Phương hướng nhiệm vụ năm 2022",
    /// "PHẦN THỨ HAI", or a line announcing the targets set ("Đại hội đề ra các chỉ tiêu:").
    private static func opensTargets(_ line: ReportLine, next: String?) -> Bool {
        let sentence = line.whole
        guard sentence.wordCount <= 14 else { return false }
        if line.endsWithColon, sentence.containsAny(["chi tieu", "muc tieu"]), sentence.containsAny(["de ra", "phan dau", "toi"]),
           !sentence.containsAny(["ket qua", "thuc hien", "da dat"]) { return true }
        // "Báo cáo tổng kết … năm 2017 và phương hướng nhiệm vụ năm 2018": a title over both parts.
        if sentence.containsAny(["bao cao", "tong ket", "kiem diem", "ket qua"]), sentence.contains("va phuong huong") { return false }
        if sentence.containsAny(["phan thu hai", "phan ii", "phan 2"]) { return true }
        guard sentence.containsAny(planWords) else { return false }
        if sentence.contains("phuong huong") { return true }
        // "Kết quả thực hiện nhiệm vụ năm học 2012 – 2013" names the reported period, not the next.
        guard let next, let year = next.split(separator: "-").first.flatMap({ Double($0) }) else { return false }
        return PrintedNumber.all(in: sentence.text).contains { $0.low == year && ($0.high == nil || $0.high == year + 1) }
    }

    // MARK: Places

    private static let levels: [(phrase: String, label: String, short: String)] = [
        ("thcs", "THCS", "thcs"), ("thpt", "THPT", "thpt"), ("tieu hoc", "Tiểu học", "th"), ("th", "Tiểu học", "th"),
        ("mam non", "Mầm non", "mn"), ("mn", "Mầm non", "mn"),
    ]

    /// Kinds of school printed before the level: "Trường PTDTNT THCS …", "PTDTBT TH và THCS …".
    private static let kinds: Set<String> = ["ptdtnt", "ptdtbt", "dtnt", "ptcs", "pt"]

    /// Lines of the national motto: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc".
    static func isMotto(_ sentence: ReportSentence) -> Bool {
        sentence.containsAny(["cong hoa xa hoi chu nghia", "doc lap tu do hanh phuc", "dang cong san viet nam"])
    }

    private static func readPlaces(_ lines: [ReportLine], into draft: inout ImportDraft) {
        for line in lines {
            // A header set in columns names the superior body and the issuing one: each apart.
            for sentence in line.cells.count > 1 ? line.cells : line.sentences {
                if !draft.has("school.name") { readSchool(sentence, into: &draft) }
                // The motto alone names no place; run together with the header, "xã hội" is not one.
                if isMotto(sentence) && sentence.wordCount <= 10 { continue }
                for (prefixes, field, label) in placeKinds where !draft.has(field) {
                    place: for prefix in prefixes {
                        var from = 0
                        while let at = sentence.find(prefix, from: from, in: .lower) {
                            from = at + 1
                            guard let name = properName(after: at + prefix.unicodeScalars.count, in: sentence) else { continue }
                            if prefix == "xã", sentence.find("thị xã", from: max(0, at - 4), in: .lower) == at - 4 { continue }
                            // "xã hội" is society, not a commune.
                            if prefix == "xã", name.lowercased().hasPrefix("hội") { continue }
                            // "TP", "TX" are abbreviations only in capitals.
                            if ["tp", "tx"].contains(prefix), !sentence.scalars[at].properties.isUppercase { continue }
                            if Self.isFormerOrOneOfSeveral(at..<(at + prefix.unicodeScalars.count), name: name, prefixes: prefixes, in: sentence) { continue }
                            draft.set(field, .string(label[prefix].map { "\($0) \(name)" } ?? name), from: sentence)
                            break place
                        }
                    }
                }
            }
        }
    }

    /// "Xã ĐăkLong (nay là thị trấn Măng Đen)": the former name, the present one follows; "học
    /// sinh phường Thắng Lợi và xã Chư Á": one of several places, none of them the school's.
    private static func isFormerOrOneOfSeveral(_ prefix: Range<Int>, name: String, prefixes: [String], in sentence: ReportSentence) -> Bool {
        let end = min(sentence.scalars.count, prefix.upperBound + 1 + name.unicodeScalars.count)
        let after = sentence.foldedWords(end..<min(sentence.folded.count, end + 40)).prefix(3)
        if after.prefix(2) == ["nay", "la"] { return true }
        let folded = prefixes.map { String(String.UnicodeScalarView($0.unicodeScalars.map(ReportSentence.fold))) }
        let before = sentence.foldedWords(max(0, prefix.lowerBound - 40)..<prefix.lowerBound).suffix(6)
        if before.last == "va", folded.contains(where: { kind in before.dropLast().contains(kind.split(separator: " ").map(String.init).last!) }) {
            return true
        }
        // "phường A, quận B" is a place and the one above it; only "và" joins places of one rank.
        guard after.first == "va" else { return false }
        let next = Array(after.dropFirst())
        return folded.contains { kind in next.joined(separator: " ").hasPrefix(kind) }
    }

    /// The words that name a ward, a district or a province, with the word the record writes.
    private static let placeKinds: [([String], String, [String: String])] = [
        (["phường", "xã", "thị trấn"], "school.ward", ["phường": "Phường", "xã": "Xã", "thị trấn": "Thị trấn"]),
        (["thị xã", "huyện", "quận", "thành phố", "tp", "tx"], "school.district",
         ["thị xã": "Thị xã", "huyện": "Huyện", "quận": "Quận", "thành phố": "Thành phố", "tp": "Thành phố", "tx": "Thị xã"]),
        (["tỉnh"], "school.province", [:]),
    ]

    /// "Trường THCS Kỳ Phương", "trường TH số 2 Văn Lăng", "Trường PTDTNT THCS Tịnh Biên",
    /// "TH&THCS Đông Thọ", "Trường PTDTBT TH và THCS Sơn Phú": the school's name, level and id.
    private static func readSchool(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        // "Hai trường có … là trường THPT A và trường THPT B": schools of a summary, not the author.
        if sentence.containsAny(["hai truong", "cac truong", "nhung truong", "ba truong", "va truong"]) { return }
        var from = 0
        while let at = sentence.find("truong", from: from) {
            from = at + 1
            var position = at + "truong".count
            var kindsPrinted: [String] = []
            var found: [(label: String, short: String)] = []
            // Kinds and levels, joined by "&", "và" or "-".
            scan: while true {
                let rest = sentence.folded[min(position, sentence.folded.count)...]
                var skip = 0
                for scalar in rest { if scalar == " " || scalar == "&" || scalar == "-" || scalar == "/" { skip += 1 } else { break } }
                let start = position + skip
                if !found.isEmpty, sentence.find("va", from: start) == start {
                    position = start + 2
                    continue
                }
                if found.isEmpty, let kind = kinds.first(where: { sentence.find($0, from: start) == start }) {
                    kindsPrinted.append(kind.uppercased())
                    position = start + kind.count
                    continue
                }
                for level in levels where sentence.find(level.phrase, from: start) == start {
                    if !found.contains(where: { $0.short == level.short }) { found.append((level.label, level.short)) }
                    position = start + level.phrase.unicodeScalars.count
                    continue scan
                }
                break
            }
            guard !found.isEmpty, let name = properName(after: position, in: sentence, numbered: true) else { continue }
            // One level keeps its full name ("Trường Tiểu học …"); several are written short, joined by "và".
            let level = found.count == 1 ? found[0].label : found.map { $0.short.uppercased() }.joined(separator: " và ")
            let levelText = (kindsPrinted + [found.count == 1 && !kindsPrinted.isEmpty ? found[0].short.uppercased() : level])
                .joined(separator: " ")
            draft.set("school.name", .string("Trường \(levelText) \(name)"), from: sentence)
            draft.set("school.level", .string(level), from: sentence)
            let shorts = kindsPrinted.map { $0.lowercased() } + found.map(\.short)
            draft.set("school.id", .string(Slug.make("\(shorts.joined(separator: " ")) \(name)")), from: sentence, derived: true)
            return
        }
    }

    /// Words that end a name even when capitalised: "… ĐIỀN XÁ CHI BỘ …", "… NĂM HỌC …".
    private static func endsName(_ word: String, next: String?) -> Bool {
        let next = next?.lowercased() ?? ""
        switch word.lowercased() {
        case "ubnd", "hđnd", "năm", "nhiệm", "họp", "lễ": return true
        case "tổ": return next == "chức"
        case "kiểm": return next == "điểm"
        case "đánh": return next == "giá"
        case "xếp": return next == "loại"
        case "sơ": return next == "kết"
        case "hội": return next == "nghị"
        case "chi": return next == "bộ"
        case "đảng": return ["bộ", "uỷ", "ủy", "viên"].contains(next)
        case "phòng": return next.hasPrefix("gd") || next == "giáo"
        case "trường": return ["thcs", "thpt", "th", "tiểu", "mầm", "mn", "ptdtnt", "ptdtbt", "mẫu"].contains(next)
        case "báo": return next == "cáo"
        case "độc": return next == "lập"
        case "cộng": return next == "hoà" || next == "hòa"
        case "đại": return next == "hội"
        case "kết": return next == "quả" || next == "nạp"
        case "tổng": return next == "kết"
        case "uỷ", "ủy": return next == "ban"
        default: return false
        }
    }

    /// The capitalised words (or a number: "Phường 1") after `start`, up to five; with
    /// `numbered`, a school's "số 2" before its name ("TH số 2 Văn Lăng").
    private static func properName(after start: Int, in sentence: ReportSentence, numbered: Bool = false) -> String? {
        var rest = String(String.UnicodeScalarView(sentence.scalars[min(start, sentence.scalars.count)...]))
        if rest.hasPrefix(".") { rest.removeFirst() }  // "TP. Nha Trang"
        guard rest.first == " " else { return nil }
        var words: [String] = []
        let raws = rest.split(separator: " ")
        var index = 0
        if numbered, raws.count > 2, raws[0].lowercased() == "số", raws[1].allSatisfy(\.isNumber) {
            words = ["số", String(raws[1])]
            index = 2
        }
        let named = words.count
        while index < raws.count {
            let raw = raws[index]
            let trailing = raw.last.map { !$0.isLetter && !$0.isNumber } ?? false
            // "Quang Trung (Thị xã Sơn Tây, …)": a remark in parentheses is not the name.
            if raw.first == "(" { break }
            let word = raw.trimmingCharacters(in: .punctuationCharacters)
            // "Đô thị Việt Hưng": "thị" inside a capitalised name.
            if word == "thị", let last = words.last, last == "Đô", index + 1 < raws.count, raws[index + 1].first?.isUppercase == true {
                words.append(word)
                index += 1
                continue
            }
            // "Phường 1"; a school's "Mầm non 25A".
            let numberName = word.allSatisfy(\.isNumber)
                || (numbered && word.drop(while: \.isNumber).count <= 2 && word.drop(while: \.isNumber).allSatisfy(\.isUppercase))
            guard let first = word.first, first.isUppercase || (first.isNumber && words.count == named && numberName) else { break }
            guard !["UBND", "HĐND", "THCS", "THPT", "BCH", "GD", "GD&ĐT"].contains(word), word.count > 0 else { break }
            let next = index + 1 < raws.count ? raws[index + 1].trimmingCharacters(in: .punctuationCharacters) : nil
            if endsName(word, next: next) { break }
            // "HÒA BÌNH" in a heading is the name "Hòa Bình".
            let shouted = word.count > 1 && word.first?.isLetter == true && word.allSatisfy { !$0.isLetter || $0.isUppercase }
            words.append(shouted ? word.prefix(1) + word.dropFirst().lowercased() : word)
            if trailing || words.count == named + 5 { break }
            index += 1
        }
        return words.count == named ? (named > 0 ? words.joined(separator: " ") : nil) : words.joined(separator: " ")
    }
}
