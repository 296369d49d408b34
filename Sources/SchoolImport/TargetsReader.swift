import SchoolMetrics
import Foundation

/// Reads the targets a report sets for the next period: numeric ones with ranges ("4- 6 giải",
/// "96% - 98%", "2 đến 4"), minimums ("trên 97%", "100%") and maximums ("dưới 1%"), ranks
/// ("xếp thứ 4", "xếp nhì": lower is better), and yes/no titles ("Chi đoàn vững mạnh").
struct TargetsReader {
    private(set) var targets: [(target: Target, sentence: ReportSentence)] = []

    private static let units: [(phrase: String, display: String)] = [
        ("giai", "giải"), ("d/c", "đ/c"), ("dong chi", "đ/c"), ("dang vien", "đảng viên"), ("quan chung", "quần chúng"),
        ("skkn", "SKKN"), ("sang kien", "sáng kiến"), ("san pham", "sản phẩm"), ("lan", "lần"), ("cuoc", "cuộc"),
        ("em", "em"), ("hoc sinh", "học sinh"), ("hs", "học sinh"), ("giao vien", "giáo viên"), ("gv", "giáo viên"),
        ("de tai", "đề tài"), ("luot", "lượt"), ("chuyen de", "chuyên đề"), ("cong trinh", "công trình"), ("buoi", "buổi"),
        ("huy chuong", "huy chương"), ("tiet", "tiết"), ("bai", "bài"), ("diem", "điểm"), ("nguoi", "người"), ("tre", "trẻ"),
        ("tap the", "tập thể"), ("lop", "lớp"), ("ca nhan", "cá nhân"),
    ]

    private static let rankWords: [String: Double] = ["nhat": 1, "nhi": 2, "ba": 3, "tu": 4, "nam": 5]

    /// Words that make a short line a title to reach, not a heading or a remark.
    private static let titleWords = ["vung manh", "manh", "tien tien", "xuat sac", "dat chuan", "trong sach", "danh hieu",
                                     "dam bao", "hoan thanh", "chuan quoc gia"]
    private static let strongTitleWords = ["danh hieu", "vung manh", "tien tien", "dat chuan", "trong sach", "xuat sac", "chuan quoc gia"]

    mutating func read(_ lines: ArraySlice<ReportLine>, into draft: inout ImportDraft) {
        for line in lines {
            if line.closesReport { break }
            for sentence in line.sentences {
                let figures = SentenceFigures.figures(in: sentence)
                if figures.isEmpty && !Self.rankWord(in: sentence) {
                    readTitle(sentence, line: line)
                } else {
                    readNumbers(sentence, figures: figures, into: &draft)
                }
            }
        }
    }

    /// A plan stated among the results: "Theo kế hoạch, … chi bộ sẽ kết nạp thêm 2 đảng viên",
    /// "… phấn đấu xây dựng Chi bộ đạt trong sạch vững mạnh hàng năm", read from its verb on.
    mutating func readPlan(_ sentence: ReportSentence, from start: Int, into draft: inout ImportDraft) {
        let scalars = Array(sentence.scalars[start...])
        let part = ReportSentence(line: sentence.line, offset: sentence.offset + start, scalars: scalars)
        let line = ReportLine(whole: part, sentences: [part], endsWithColon: false, cells: [part])
        read([line][...], into: &draft)
        for figure in SentenceFigures.figures(in: part) where draft.isUsed(figure, in: part) {
            var moved = figure
            moved.range = (figure.range.lowerBound + start)..<(figure.range.upperBound + start)
            draft.use(moved, in: sentence)
        }
    }

    // MARK: Yes/no titles

    private mutating func readTitle(_ sentence: ReportSentence, line: ReportLine) {
        guard !line.endsWithColon || line.sentences.count > 1 || sentence.text.contains(":") else { return }
        if sentence.startsLine && sentence.endsLine && sentence.wordCount <= 12 && sentence.containsAny(Self.titleWords)
            && !line.endsWithColon {
            add(Target(name: Self.titleName(sentence.text)), sentence)
            return
        }
        // "…; chi bộ đạt trong sạch vững mạnh": a short sentence naming a title.
        if sentence.wordCount <= 10 && sentence.containsAny(Self.strongTitleWords) && !line.endsWithColon {
            add(Target(name: Self.titleName(sentence.text)), sentence)
            return
        }
        for opening in ["quyet tam", "phan dau dat", "phan dau"] {
            guard let at = sentence.find(opening), at <= 2, sentence.containsAny(Self.strongTitleWords) else { continue }
            var end = sentence.scalars.count
            for stop in ["trong nam", "nam hoc", "trong giai doan", "hang nam", "ca nhiem ky", "trong nhiem ky"] {
                if let place = sentence.find(stop, from: at), place < end { end = place }
            }
            var start = at + opening.count
            // "phấn đấu xây dựng Chi bộ đạt …": the title is what is built.
            if let build = sentence.find("xay dung", from: start), sentence.foldedWords(start..<build).isEmpty { start = build + "xay dung".count }
            let name = sentence.slice(start..<end)
            guard name.split(separator: " ").count <= 12 else { return }
            add(Target(name: Self.capitalised(name)), sentence)
            return
        }
    }

    /// `Tập thể: Chi bộ …` → `Chi bộ …`; `Liên đội: Liên đội tiên tiến` → `Liên đội tiên tiến`.
    private static func titleName(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return capitalised(text) }
        let head = String(text[..<colon]).trimmedSpaces, tail = String(text[text.index(after: colon)...]).trimmedSpaces
        let fold = { (text: String) in String(String.UnicodeScalarView(text.unicodeScalars.map(ReportSentence.fold))) }
        if ["tap the", "ca nhan"].contains(fold(head)) || fold(tail).hasPrefix(fold(head)) { return capitalised(tail) }
        return capitalised(text)
    }

    // MARK: Numeric targets

    private mutating func readNumbers(_ sentence: ReportSentence, figures: [Figure], into draft: inout ImportDraft) {
        // Remarks in parentheses are not targets.
        var figures = figures
        if let open = sentence.scalars.firstIndex(of: "(") {
            let close = sentence.scalars[open...].firstIndex(of: ")") ?? sentence.scalars.count
            let inside = figures.filter { $0.range.lowerBound > open && $0.range.lowerBound < close }
            if !inside.isEmpty { draft.note(sentence, .inParentheses, figures: inside) }
            figures.removeAll { inside.contains($0) }
        }
        var previousUnit: String?
        for clause in Self.clauses(of: sentence, figures: figures) {
            let parenthesis = sentence.scalars[clause.range].firstIndex(of: "(") ?? clause.range.upperBound
            let body = clause.range.lowerBound..<parenthesis
            var inClause = figures.filter { body.contains($0.range.lowerBound) }
            // "Name 9: 25-30 giải": numbers before the colon belong to the name.
            if let colon = sentence.scalars[body].firstIndex(of: ":"), inClause.contains(where: { $0.range.lowerBound > colon }) {
                for figure in inClause where figure.range.lowerBound < colon { draft.use(figure, in: sentence) }
                inClause.removeAll { $0.range.lowerBound < colon }
            }
            if var target = rank(in: sentence, body: body, figures: inClause) {
                for figure in inClause where StudentResultsReader.isRank(figure, in: sentence) { draft.use(figure, in: sentence) }
                // "Học sinh giỏi thể thao: 35 giải, xếp nhì toàn đoàn": the rank of what came before.
                if target.name.split(separator: " ").count < 3, let last = targets.last, last.sentence.line == sentence.line {
                    target.name = last.target.name + " " + target.name.lowercased()
                }
                add(target, sentence)
                continue
            }
            guard let figure = inClause.first(where: { !StudentResultsReader.isRank($0, in: sentence) }) else { continue }
            draft.use(figure, in: sentence)
            var unit = figure.percent ? "%" : unit(after: figure, in: sentence, before: body.upperBound)
            if unit == nil, clause.within { unit = previousUnit }
            previousUnit = unit
            let words = sentence.foldedWords(max(body.lowerBound, figure.range.lowerBound - 16)..<figure.range.lowerBound).suffix(2)
            let below = words.contains("duoi") || words.suffix(2).joined(separator: " ") == "khong qua" || words.suffix(2).joined(separator: " ") == "toi da"
            var target = Target(name: name(of: figure, unit: unit, in: sentence, body: body), unit: unit)
            if let high = figure.high {
                target.min = figure.low
                target.max = high
            } else if below {
                target.max = figure.low
                target.better = .lower
            } else {
                target.min = figure.low
            }
            target.metric = Self.metric(for: target)
            add(target, sentence)
        }
    }

    /// `xếp thứ 4`, `xếp nhì`: a rank to reach, lower is better.
    private func rank(in sentence: ReportSentence, body: Range<Int>, figures: [Figure]) -> Target? {
        var value: Double?
        var best: Double?
        if let figure = figures.first(where: { StudentResultsReader.isRank($0, in: sentence) }), !figure.percent {
            // "xếp thứ 1 - 3": anywhere from first to third.
            value = figure.high ?? figure.low
            best = figure.high.map { _ in figure.low }
        } else if let xep = sentence.find("xep", from: body.lowerBound), xep < body.upperBound,
                  let number = Self.rankWord(after: xep, in: sentence) {
            value = number
        }
        guard let value else { return nil }
        var name = sentence.slice(body)
        if let colon = name.firstIndex(of: ":") { name = name[..<colon] + " " + name[name.index(after: colon)...] }
        name = Self.cleanName(Self.removingRank(from: name))
        return Target(name: Self.capitalised(name), min: best, max: value, better: .lower)
    }

    private static func rankWord(in sentence: ReportSentence) -> Bool {
        sentence.find("xep").flatMap { rankWord(after: $0, in: sentence) } != nil
    }

    /// "xếp nhì", "xếp thứ nhất": a rank in words.
    private static func rankWord(after xep: Int, in sentence: ReportSentence) -> Double? {
        var words = sentence.foldedWords((xep + 3)..<sentence.scalars.count).prefix(2)
        if words.first == "thu" { words = words.dropFirst() }
        return words.first.flatMap { rankWords[$0] }
    }

    private static func removingRank(from text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if let xep = words.firstIndex(where: { $0.lowercased() == "xếp" }) {
            let end = min(words.count, xep + ((xep + 1 < words.count && words[xep + 1].lowercased() == "thứ") ? 3 : 2))
            words.removeSubrange(xep..<end)
        }
        return words.joined(separator: " ")
    }

    private func unit(after figure: Figure, in sentence: ReportSentence, before end: Int) -> String? {
        let following = sentence.foldedWords(figure.range.upperBound..<end)
        for unit in Self.units {
            let words = unit.phrase.split(separator: " ").map(String.init)
            if Array(following.prefix(words.count)) == words { return unit.display }
        }
        return nil
    }

    /// Units that are also what the target counts, so a name may begin with them: "2 đến 4
    /// quần chúng tham gia lớp cảm tình Đảng".
    private static let nounUnits: Set<String> = ["quần chúng", "sản phẩm", "học sinh", "giáo viên", "đảng viên", "sáng kiến",
                                                 "đề tài", "công trình", "tập thể", "cá nhân", "em", "trẻ", "SKKN"]

    /// The clause without the figure, its unit (unless the unit is what the name is about) and
    /// filler words; after "Label:" the label comes first.
    private func name(of figure: Figure, unit: String?, in sentence: ReportSentence, body: Range<Int>) -> String {
        var start = body.lowerBound
        if let strive = sentence.find("phan dau", from: start), strive < figure.range.lowerBound { start = strive + "phan dau".count }
        let colon = sentence.scalars[start..<figure.range.lowerBound].lastIndex(of: ":")
        // "Cá nhân: …", "Tập thể: …" say whom the target is for, not what it is.
        let label = colon.map { sentence.slice(start..<$0) } ?? ""
        let head = ["tap the", "ca nhan"].contains(Slug.make(label).replacingOccurrences(of: "-", with: " ")) ? "" : label
        let before = sentence.slice((colon.map { $0 + 1 } ?? start)..<figure.range.lowerBound)
        let leading = Self.cleanName(before).isEmpty
        var after = figure.range.upperBound
        if let unit, unit != "%", !(leading && Self.nounUnits.contains(unit)) {
            let words = sentence.foldedWords(after..<body.upperBound)
            if let spoken = Self.units.first(where: { entry in
                entry.display == unit && Array(words.prefix(entry.phrase.split(separator: " ").count)) == entry.phrase.split(separator: " ").map(String.init)
            }) {
                while after < body.upperBound && sentence.scalars[after] == " " { after += 1 }
                after += spoken.phrase.unicodeScalars.count
            }
        }
        let parts = [head, before, sentence.slice(min(after, body.upperBound)..<body.upperBound)]
        return Self.capitalised(parts.map(Self.cleanName).filter { !$0.isEmpty }.joined(separator: " "))
    }

    private static let fillers: Set<String> = ["có", "đạt", "là", "khoảng", "trên", "từ", "trong", "đó", "phấn", "đấu", "ít", "nhất",
                                               "tối", "thiểu", "dưới", "không", "quá", "đa", "với", "tỉ", "lệ", "tỷ", "mức", "trở", "lên"]

    /// Drops the fillers at both ends, "(trong) năm 2022", colons and doubled spaces.
    static func cleanName(_ text: String) -> String {
        var words = text.replacingOccurrences(of: ":", with: " ").split(separator: " ").map(String.init)
        // "trong năm 2022", "năm học 2021 - 2022": a time, not part of the name.
        var index = 0
        while index < words.count {
            if words[index].lowercased() == "năm", index + 1 < words.count,
               words[index + 1].first?.isNumber == true || words[index + 1].lowercased() == "học" {
                var end = index + 1
                while end < words.count, words[end].first?.isNumber == true || ["học", "-", "–"].contains(words[end].lowercased()) { end += 1 }
                let start = index > 0 && words[index - 1].lowercased() == "trong" ? index - 1 : index
                words.removeSubrange(start..<end)
                index = start
            } else {
                index += 1
            }
        }
        if words.count > 2, ["tập thể", "cá nhân"].contains(words.prefix(2).joined(separator: " ").lowercased()) { words.removeFirst(2) }
        while let first = words.first, fillers.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, fillers.contains(last.lowercased()) || last.allSatisfy({ !$0.isLetter && !$0.isNumber }) { words.removeLast() }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–"))
    }

    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The figure in the record that the target's actual will be, where the name says it.
    private static func metric(for target: Target) -> String? {
        let name = String(String.UnicodeScalarView(target.name.unicodeScalars.map(ReportSentence.fold)))
        if target.unit == "%" {
            if name.contains("tot nghiep") { return "graduation" }
            if name.contains("len lop") { return "promotion" }
            if ["vao lop 10", "vao thpt", "trung tuyen", "do vao"].contains(where: name.contains) { return "admission" }
            if name.contains("dang vien") && name.contains("hoan thanh tot") { return "party.goodOrBetter" }
            if name.contains("hanh kiem tot") { return "conduct.tot" }
            if name.contains("hoc luc gioi") { return "academic.gioi" }
        }
        if target.unit == "đ/c" || target.unit == "đảng viên" {
            if name.contains("xuat sac") { return "party.excellent" }
        }
        return nil
    }

    // MARK: Clauses

    /// A sentence cut at a comma after a figure, at a spaced dash and at "trong đó"; `within`
    /// marks the part after "trong đó", which may take the unit of the part before.
    private static func clauses(of sentence: ReportSentence, figures: [Figure]) -> [(range: Range<Int>, within: Bool)] {
        var cuts: [(Int, Bool)] = []
        var index = 0
        let scalars = sentence.scalars
        while index < scalars.count {
            if scalars[index] == ",", figures.contains(where: { $0.range.upperBound <= index && $0.range.lowerBound >= (cuts.last?.0 ?? 0) }) {
                cuts.append((index, false))
            } else if index > 0, scalars[index - 1] == " ", sentence.find("va", from: index) == index,
                      figures.contains(where: { $0.range.upperBound <= index && $0.range.lowerBound >= (cuts.last?.0 ?? 0) }),
                      figures.contains(where: { $0.range.lowerBound > index }) {
                // "kết nạp thêm 2 đảng viên và cử 3 quần chúng …": two targets.
                cuts.append((index + 2, false))
            } else if ["-", "–", "—"].contains(scalars[index]), index > 0, scalars[index - 1] == " ", index + 1 < scalars.count,
                      scalars[index + 1] == " ", !figures.contains(where: { $0.range.contains(index) }) {
                cuts.append((index, false))
            }
            index += 1
        }
        var from = 0
        while let within = sentence.find("trong do", from: from) {
            cuts.append((within, true))
            from = within + 1
        }
        cuts.sort { $0.0 < $1.0 }
        var result: [(Range<Int>, Bool)] = []
        var start = 0
        var within = false
        for (cut, opensWithin) in cuts where cut > start {
            result.append((start..<cut, within))
            start = opensWithin ? cut : cut + 1
            within = opensWithin
        }
        result.append((start..<scalars.count, within))
        return result
    }

    /// Takes out the targets named by `refusals` (`targets[3].max`) and lists them for review.
    mutating func drop(_ refusals: [(field: String, reason: String)], into draft: inout ImportDraft) {
        var indexes: [Int: String] = [:]
        for (field, reason) in refusals {
            guard field.hasPrefix("targets["), let close = field.firstIndex(of: "]"),
                  let index = Int(field[field.index(field.startIndex, offsetBy: 8)..<close]) else { continue }
            indexes[index] = reason
        }
        for (index, reason) in indexes.sorted(by: { $0.key > $1.key }) where index < targets.count {
            let (target, sentence) = targets.remove(at: index)
            draft.review.append(ImportReview(line: sentence.line, sentence: sentence.text, reason: .failsCheck,
                                             figures: [RecordJSON.target(target).serialized(indent: nil)], field: "targets",
                                             kept: nil, explanation: reason))
        }
    }

    private mutating func add(_ target: Target, _ sentence: ReportSentence) {
        guard !target.name.isEmpty else { return }
        targets.append((target, sentence))
    }
}
