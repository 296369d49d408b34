import SchoolMetrics
/// Reads the students' results: conduct and academic distributions (the 2011 schemes, the
/// 2021 ones, the primary one) line by line after their heading, the promotion, graduation and
/// admission rates, and the number of students.
struct StudentResultsReader {
    private var kind: DistributionKind?
    private var headingScheme: Scheme?
    /// The school year named last before the results, for `students.schoolYear`.
    private var lastSchoolYear: (String, ReportSentence)?
    private var totals: [(Double, ReportSentence, Figure)] = []
    /// Under a table header "Số lượng | Tỉ lệ (%)", the number after a count is its share.
    private var shareColumn = false
    /// The grades a heading names ("Hạnh kiểm (khối 7, 8, 9)"), for mixed-year records.
    private var grades: [Int]?
    private var sharedGrades: [Int]?
    /// The reported period is a party term ("2017-2019"): figures of one school year inside it
    /// are not the term's, and stay for review.
    var termPeriod = false
    /// A table whose header row named the categories, waiting for its row of numbers.
    private var columnTable: ColumnTable?

    private static let headings: [(phrase: String, kind: DistributionKind, scheme: Scheme)] = [
        ("hanh kiem", .conduct, .conduct2011), ("hoc luc", .academic, .academic2011),
        ("ren luyen", .conduct, .training2021), ("ket qua hoc tap", .academic, .learning2021),
        ("xep loai hoc tap", .academic, .learning2021), ("pham chat", .conduct, .primary2020), ("hoc tap", .academic, .learning2021),
    ]

    /// The section a line opens: its words, or "HK:"/"HL:" for hạnh kiểm and học lực (but
    /// "HK I", "HK II" are terms).
    private static func heading(in line: ReportSentence) -> (phrase: String, kind: DistributionKind, scheme: Scheme)? {
        if let heading = headings.first(where: { line.contains($0.phrase) }) { return heading }
        for (abbreviation, kind, scheme) in [("hk", DistributionKind.conduct, Scheme.conduct2011), ("hl", .academic, .academic2011)] {
            guard let at = line.find(abbreviation) else { continue }
            let next = line.foldedWords((at + 2)..<line.scalars.count).first ?? ""
            if !["i", "ii", "1", "2"].contains(next) { return (abbreviation, kind, scheme) }
        }
        return nil
    }

    /// Category words (folded) of each scheme, longest first where one contains another.
    static let labels: [String: [(phrase: String, id: String)]] = [
        "conduct-2011": [("trung binh", "trung-binh"), ("tb", "trung-binh"), ("tot", "tot"), ("kha", "kha"), ("yeu", "yeu")],
        "academic-2011": [("trung binh", "trung-binh"), ("tb", "trung-binh"), ("gioi", "gioi"), ("kha", "kha"), ("yeu", "yeu"), ("kem", "kem")],
        "training-2021": [("chua dat", "chua-dat"), ("tot", "tot"), ("kha", "kha"), ("dat", "dat")],
        "learning-2021": [("chua dat", "chua-dat"), ("tot", "tot"), ("kha", "kha"), ("dat", "dat")],
        "primary-2020": [("chua hoan thanh", "chua-hoan-thanh"), ("hoan thanh xuat sac", "xuat-sac"), ("htxs", "xuat-sac"),
                         ("hoan thanh tot", "tot"), ("htt", "tot"), ("hoan thanh", "hoan-thanh"), ("cht", "chua-hoan-thanh")],
    ]

    private static let rateKeys: [(phrase: String, kind: RateKind)] = [
        ("len lop", .promotion), ("hoan thanh chuong trinh lop hoc", .promotion),
        ("tot nghiep", .graduation), ("hoan thanh chuong trinh tieu hoc", .graduation),
        ("vao lop 10", .admission), ("vao thpt", .admission), ("vao 10", .admission), ("trung tuyen", .admission),
        ("thi tuyen sinh", .admission), ("tuyen sinh vao", .admission), ("do vao", .admission), ("vao truong thpt", .admission),
        ("dau vao", .admission),
    ]

    private static let enrolledKeys = ["tong so hoc sinh", "tong so hs", "si so", "toan truong co", "toan truong", "tong so", "so hoc sinh"]

    mutating func read(_ line: ReportLine, into draft: inout ImportDraft) {
        let whole = line.whole
        guard !whole.isEmpty else { return }
        noteSchoolYear(whole)
        if let heading = Self.heading(in: whole), whole.wordCount <= 40 {
            kind = heading.kind
            headingScheme = heading.scheme
            shareColumn = false
            // "Kết quả rèn luyện và học tập (khối 10, 11)": the grades hold for the parts below it.
            if let named = Self.grades(in: whole, into: &draft) {
                grades = named
                let kinds = Set(Self.headings.filter { whole.contains($0.phrase) }.map(\.kind))
                sharedGrades = kinds.count > 1 ? named : nil
            } else {
                grades = sharedGrades
            }
        }
        if let kind, readColumnTable(line, kind: kind, into: &draft) { return }
        if kind != nil, whole.containsAny(["so luong", "so hoc sinh", "so hs"]), whole.containsAny(["ti le", "ty le"]),
           SentenceFigures.figures(in: whole).isEmpty {
            shareColumn = true
            return
        }
        let isDistribution = kind.map { readDistribution(whole, kind: $0, into: &draft) } ?? false
        if !isDistribution && Self.heading(in: whole) == nil { kind = nil }
        // "Những năm qua, …", "hằng năm đạt …", "trung bình hàng năm …": rates over many years
        // are not the period's; they stay for review.
        let habitual = line.sentences.first.map(Self.isHabitual) ?? false
            || (termPeriod && line.sentences.contains { $0.contains("nam hoc") })
        for sentence in line.sentences {
            if !isDistribution && !habitual && !Self.isHabitual(sentence) { readRates(sentence, into: &draft) }
            readEnrolled(sentence, into: &draft)
        }
    }

    private static func isHabitual(_ sentence: ReportSentence) -> Bool {
        sentence.containsAny(["nhung nam qua", "hang nam", "trung binh hang nam", "nhieu nam", "qua cac nam", "cac nam qua",
                              "moi nam", "trong nhiem ky", "ca nhiem ky"])
    }

    private mutating func noteSchoolYear(_ sentence: ReportSentence) {
        guard let at = sentence.find("nam hoc") else { return }
        let numbers = PrintedNumber.all(in: sentence.text).filter { $0.range.lowerBound > at }
        if let first = numbers.first, let high = first.high, first.low >= 1900, first.low <= 2100, high == first.low + 1 {
            lastSchoolYear = ("\(Int(first.low))-\(Int(high))", sentence)
        }
    }

    // MARK: Distributions

    /// Reads `Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%` or `Tốt 661 (94,7%), Khá 33 …`; false when
    /// the line has no category with a figure.
    private mutating func readDistribution(_ line: ReportSentence, kind: DistributionKind, into draft: inout ImportDraft) -> Bool {
        let figures = SentenceFigures.figures(in: line)
        guard !figures.isEmpty else { return false }
        let path = "students.\(kind.rawValue)"
        var chosen: (scheme: Scheme, items: [Item])?
        let primary = draft.value("school.level") == .string("Tiểu học")
        for scheme in primary ? [.primary2020] : Self.candidates(kind) {
            let items = Self.items(of: scheme, in: line, figures: figures, shareColumn: shareColumn)
            let preferred = draft.value("\(path).scheme") == .string(scheme.id) || (!draft.has("\(path).scheme") && scheme == headingScheme)
            if items.count > chosen?.items.count ?? 0 || (items.count == chosen?.items.count && !items.isEmpty && preferred) {
                chosen = (scheme, items)
            }
        }
        guard let (scheme, items) = chosen else { return false }
        noteResult(into: &draft)
        // Each scheme keeps its own fields; a section with two (mixed years) becomes an array.
        if !draft.has("\(path).scheme") { draft.set("\(path).scheme", .string(scheme.id), from: line) }
        let part = "\(path).\(scheme.id)"
        if let grades { draft.set("\(part).grades", .array(grades.map { .int($0) }), from: line) }
        for item in items {
            if let count = item.count {
                draft.set("\(part).counts.\(item.id)", count: count.low, from: line, figure: count)
                if let of = count.of { totals.append((of, line, count)) }
            }
            if let share = item.share {
                draft.set("\(part).reportedPercent.\(item.id)", .double(share.low), from: line, figure: share)
            }
        }
        return true
    }

    /// A table with the categories in its header row: the header, "SL | TL", then the numbers.
    private mutating func readColumnTable(_ line: ReportLine, kind: DistributionKind, into draft: inout ImportDraft) -> Bool {
        let primary = draft.value("school.level") == .string("Tiểu học")
        if let header = ColumnTable.header(line, schemes: primary ? [.primary2020] : Self.candidates(kind)) {
            columnTable = header
            return true
        }
        guard var table = columnTable else { return false }
        if ColumnTable.isPairRow(line) {
            table.pairs = true
            columnTable = table
            return true
        }
        guard let values = table.values(of: line) else {
            // A row per grade before the total row: read on; anything else ends the table.
            if table.columns.first != .label || SentenceFigures.figures(in: line.whole).isEmpty { columnTable = nil }
            return table.columns.first == .label && !SentenceFigures.figures(in: line.whole).isEmpty
        }
        columnTable = nil
        noteResult(into: &draft)
        let path = "students.\(kind.rawValue)"
        if !draft.has("\(path).scheme") { draft.set("\(path).scheme", .string(table.scheme.id), from: line.whole) }
        let part = "\(path).\(table.scheme.id)"
        if let grades { draft.set("\(part).grades", .array(grades.map { .int($0) }), from: line.whole) }
        for value in values {
            draft.set("\(part).counts.\(value.id)", count: value.count.0.low, from: value.count.1, figure: value.count.0)
            if let (share, cell) = value.share, share.low <= 100 {
                draft.set("\(part).reportedPercent.\(value.id)", .double(share.low), from: cell, figure: share)
            }
        }
        if let (total, cell) = table.total(of: line) {
            totals.append((total.low, cell, total))
            draft.use(total, in: cell)
        }
        for cell in line.cells { for figure in SentenceFigures.figures(in: cell) { draft.use(figure, in: cell) } }
        return true
    }

    private typealias Item = (id: String, count: Figure?, share: Figure?)

    /// "khối 7, 8, 9", "lớp 6": the grades named after the word, each marked as read.
    private static func grades(in line: ReportSentence, into draft: inout ImportDraft) -> [Int]? {
        guard let word = line.firstOf(["khoi", "lop"]) else { return nil }
        let figures = PrintedNumber.all(in: line.text).filter { $0.range.lowerBound > word.at }
        var grades: [Int] = []
        var position = word.at + word.phrase.count
        for number in figures {
            let between = line.scalars[position..<number.range.lowerBound].filter { $0 != " " && $0 != "," }
            guard between.isEmpty || String(String.UnicodeScalarView(between)).lowercased() == "và",
                  number.high == nil, !number.percent, number.low >= 1, number.low <= 12, number.low.rounded() == number.low else { break }
            grades.append(Int(number.low))
            draft.use(Figure(low: number.low, percent: false, range: number.range), in: line)
            position = number.range.upperBound
        }
        return grades.isEmpty ? nil : grades
    }

    private static func candidates(_ kind: DistributionKind) -> [Scheme] {
        kind == .conduct ? [.conduct2011, .training2021, .primary2020] : [.academic2011, .learning2021, .primary2020]
    }

    /// The categories of `scheme` named in the line, each with the count and share after it.
    private static func items(of scheme: Scheme, in line: ReportSentence, figures: [Figure], shareColumn: Bool) -> [Item] {
        let found = mentions(of: labels[scheme.id] ?? [], in: line)
        // "912 em đạt mức Tốt, 98 em mức Khá": each count before its category.
        if let first = found.first, figures.contains(where: { countLeads($0, to: first.at, in: line) }) {
            return found.enumerated().compactMap { index, mention in
                let start = index > 0 ? found[index - 1].end : 0
                // "không có em nào mức Chưa đạt": nobody in it.
                let none = isNone(before: mention.at, in: line) ? Figure(low: 0, percent: false, range: mention.at..<mention.at) : nil
                guard let count = none ?? figures.last(where: { $0.range.lowerBound >= start && countLeads($0, to: mention.at, in: line) })
                else { return nil }
                let end = index + 1 < found.count ? found[index + 1].at : line.scalars.count
                let share = figures.first { $0.percent && !$0.isRange && $0.range.lowerBound >= mention.end && $0.range.lowerBound < end
                    && line.foldedWords(mention.end..<$0.range.lowerBound).count <= 3 }
                return (mention.id, count, share)
            }
        }
        var items: [Item] = []
        for (index, mention) in found.enumerated() {
            let end = index + 1 < found.count ? found[index + 1].at : line.scalars.count
            let inside = figures.filter { $0.range.lowerBound >= mention.end && $0.range.lowerBound < end }
            guard let first = inside.first, line.foldedWords(mention.end..<first.range.lowerBound).count <= 5 else { continue }
            let count = inside.first { !$0.percent && $0.isWholeNumber && !$0.isRange }
            var share = inside.first { $0.percent && !$0.isRange && $0.low <= 100 }
            if shareColumn, share == nil, let count, let next = inside.first(where: { $0.range.lowerBound > count.range.lowerBound }),
               !next.isRange, next.low <= 100 {
                share = next
            }
            if count != nil || share != nil { items.append((mention.id, count, share)) }
        }
        return items
    }

    /// The category words of a line, in order, without overlaps; `đạt` followed by `tỉ lệ` or a
    /// share is the verb "reaches", not the category.
    private static func mentions(of labels: [(phrase: String, id: String)], in line: ReportSentence) -> [(id: String, at: Int, end: Int)] {
        var found: [(id: String, at: Int, end: Int)] = []
        var position = 0
        while position < line.folded.count {
            var best: (id: String, at: Int, end: Int)?
            for label in labels {
                guard let at = line.find(label.phrase, from: position) else { continue }
                if best == nil || at < best!.at || (at == best!.at && label.phrase.count > best!.end - best!.at) {
                    best = (label.id, at, at + label.phrase.unicodeScalars.count)
                }
            }
            guard let mention = best else { break }
            position = mention.end
            let following = line.foldedWords(mention.end..<min(line.folded.count, mention.end + 24))
            // "đạt tỉ lệ 94,7%", "đạt 45%": the verb "reaches", not the category Đạt.
            // "em đạt mức Tốt", "đạt loại Khá": the verb before the category.
            if mention.id == "dat" && (["ti", "ty", "muc", "loai", "danh", "chuan", "giai"].contains(following.first ?? "") || nextIsShare(after: mention.end, in: line)
                                       || Self.isVerb(mention.at..<mention.end, in: line)) { continue }
            if mention.id == "tot" && following.first == "nghiep" { continue }
            // "hoàn thành chương trình lớp học": a rate, not the category Hoàn thành.
            if following.first == "chuong" { continue }
            found.append(mention)
        }
        return found
    }

    /// Words between a count and the category it comes before: "912 em đạt mức Tốt", "98 học sinh xếp loại Khá".
    private static let leadWords: Set<String> = ["em", "hoc", "sinh", "hs", "dat", "muc", "xep", "loai", "duoc", "danh", "gia", "la", "o"]

    /// A whole count right before `position` with only such words between.
    private static func countLeads(_ figure: Figure, to position: Int, in line: ReportSentence) -> Bool {
        guard !figure.percent, figure.isWholeNumber, !figure.isRange, figure.of == nil, figure.range.upperBound <= position else { return false }
        let words = line.foldedWords(figure.range.upperBound..<position)
        return !words.isEmpty && words.count <= 4 && Set(words).isSubset(of: leadWords) && ["em", "hoc", "hs"].contains(words[0])
    }

    /// "không có em nào mức Chưa đạt", "không có học sinh xếp loại Yếu" right before a category.
    private static func isNone(before position: Int, in line: ReportSentence) -> Bool {
        let words = line.foldedWords(max(0, position - 40)..<position)
        guard let at = words.lastIndex(of: "khong"), words.count - at <= 7, words.dropFirst(at + 1).first == "co" else { return false }
        let rest = words[(at + 2)...].filter { $0 != "nao" }
        return !rest.isEmpty && Set(rest).isSubset(of: leadWords) && ["em", "hoc", "hs"].contains(rest.first!)
    }

    /// Words that may stand between the category Đạt and its count: "Đạt: 30 em", "Đạt có 30 em".
    private static let countWords: Set<String> = ["co", "la", "chiem", "gom", "hs", "hoc", "sinh", "em", "so", "luong", "muc"]

    /// "đạt 30 giải học sinh giỏi", "đạt xuất sắc là 22,1%": the verb "reaches", not the
    /// category — other words before the figure, or a figure that counts something else.
    private static func isVerb(_ mention: Range<Int>, in line: ReportSentence) -> Bool {
        let end = mention.upperBound
        let figures = SentenceFigures.figures(in: line)
        if figures.contains(where: { countLeads($0, to: mention.lowerBound, in: line) }) || isNone(before: mention.lowerBound, in: line) { return false }
        guard let next = SentenceFigures.figures(in: line).first(where: { $0.range.lowerBound >= end }) else { return true }
        if !Set(line.foldedWords(end..<next.range.lowerBound)).isSubset(of: countWords) { return true }
        guard !next.percent, let unit = line.foldedWords(next.range.upperBound..<line.folded.count).first else { return false }
        return !(["em", "hs", "hoc", "chau", "tre", "ti", "ty", "tl", "chiem", "nguoi"].contains(unit)) && unit.first?.isLetter == true
            && !labels.values.joined().contains { $0.phrase.hasPrefix(unit) }
    }

    /// The school year the results belong to: the last one named before them.
    private func noteResult(into draft: inout ImportDraft) {
        if let (year, source) = lastSchoolYear, !draft.has("students.schoolYear") {
            draft.set("students.schoolYear", .string(year), from: source)
        }
    }

    private static func nextIsShare(after position: Int, in line: ReportSentence) -> Bool {
        guard let next = SentenceFigures.figures(in: line).first(where: { $0.range.lowerBound >= position }) else { return false }
        return next.percent && line.foldedWords(position..<next.range.lowerBound).isEmpty
    }

    // MARK: Rates and the number of students

    private mutating func readRates(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        let keys = Self.rateKeys.compactMap { key in sentence.find(key.phrase).map { (key.kind, $0) } }
            .sorted { $0.1 < $1.1 }
        guard !keys.isEmpty else { return }
        let figures = SentenceFigures.figures(in: sentence).filter { !draft.isUsed($0, in: sentence) }
        // "Tỉ lệ lên lớp: 99,86%" puts each figure after its key, "100% học sinh hoàn thành chương
        // trình lớp học, 100% học sinh lớp 5 hoàn thành …" before it: the first key says which.
        let figureFirst = figures.last(where: { $0.range.upperBound <= keys[0].1 }).map { before in
            (before.percent || before.of != nil) && sentence.foldedWords(before.range.upperBound..<keys[0].1).count <= 8
        } ?? false
        for (index, (kind, at)) in keys.enumerated() where index == 0 || keys[index - 1].0 != kind {
            if sentence.find("khong", from: max(0, at - 8)).map({ $0 < at }) == true { continue }
            // "trúng tuyển đại học", "đỗ vào trường THPT chuyên": not the admission to grade 10.
            if kind == .admission, !Set(sentence.foldedWords(at..<min(sentence.folded.count, at + 40)).prefix(6))
                .isDisjoint(with: ["dai", "cao", "dh", "chuyen"]) { continue }
            let inside: [Figure]
            if figureFirst {
                let start = index > 0 ? keys[index - 1].1 : 0
                inside = figures.filter { $0.range.lowerBound >= start && $0.range.upperBound <= at }.suffix(1)
            } else {
                let end = keys.dropFirst(index + 1).first { $0.0 != kind }?.1 ?? sentence.scalars.count
                inside = figures.filter { $0.range.lowerBound > at && $0.range.lowerBound < end && !Self.isRank($0, in: sentence) }
            }
            let path = "students.\(kind.rawValue)"
            if let counted = inside.first(where: { $0.of != nil && !$0.percent }), let of = counted.of, counted.low <= of {
                noteResult(into: &draft)
                draft.set("\(path).count", count: counted.low, from: sentence, figure: counted)
                draft.set("\(path).of", count: of, from: sentence, figure: counted)
                if let share = inside.first(where: { $0.percent }) {
                    if abs(share.low - counted.low / of * 100) < 0.06 { draft.use(share, in: sentence) }
                }
            } else if let (count, of) = Self.countOutOfTotal(sentence, key: at, figures: figures) {
                // "87 em đậu vào lớp 10 trên tổng số 102 em dự thi".
                noteResult(into: &draft)
                draft.set("\(path).count", count: count.low, from: sentence, figure: count)
                draft.set("\(path).of", count: of.low, from: sentence, figure: of)
            } else if let share = inside.first(where: { $0.percent && !$0.isRange && $0.low <= 100 }) {
                noteResult(into: &draft)
                draft.set("\(path).percent", .double(share.low), from: sentence, figure: share)
            }
        }
    }

    /// "18 học sinh đạt giải", "5 em bỏ học": a count of some students, not of the school.
    private static func countsSome(_ after: [String]) -> Bool {
        let rest = after.drop { ["hoc", "sinh", "hs", "em"].contains($0) }
        guard let verb = rest.first else { return false }
        // "109 học sinh lớp 5 …": the students of one grade.
        if ["lop", "khoi"].contains(verb) { return true }
        if ["dat", "do", "dau", "tham", "bo", "luu", "o", "thi", "bi"].contains(verb) { return true }
        return verb == "duoc" && ["cong", "khen", "tang", "len"].contains(rest.dropFirst().first ?? "")
    }

    /// A count just before the key and "trên tổng số N" after it.
    private static func countOutOfTotal(_ sentence: ReportSentence, key: Int, figures: [Figure]) -> (Figure, Figure)? {
        guard let count = figures.last(where: { $0.range.upperBound <= key && !$0.percent && $0.of == nil && !$0.isRange }),
              sentence.foldedWords(count.range.upperBound..<key).count <= 3,
              let total = sentence.find("tren tong so", from: key) ?? sentence.find("tren tong", from: key),
              let of = figures.first(where: { $0.range.lowerBound > total && !$0.percent && !$0.isRange }),
              sentence.foldedWords(total..<of.range.lowerBound).count <= 3, count.low <= of.low else { return nil }
        return (count, of)
    }

    /// `xếp thứ 4`, `thứ 124/148`, `hạng 2`: a rank, not a rate.
    static func isRank(_ figure: Figure, in sentence: ReportSentence) -> Bool {
        let before = sentence.foldedWords(max(0, figure.range.lowerBound - 12)..<figure.range.lowerBound)
        return before.last == "thu" || before.last == "hang"
    }

    private mutating func readEnrolled(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        guard !sentence.contains("dang vien"), sentence.containsAny(["hoc sinh", "hs", "em"]) else { return }
        // "Năm học 2021-2022 trường có 624 học sinh", "trường có 12 lớp, 402 học sinh".
        if sentence.contains("truong"), let has = sentence.find("co"),
           let count = SentenceFigures.figures(in: sentence).first(where: { figure in
               let after = sentence.foldedWords(figure.range.upperBound..<sentence.scalars.count)
               return figure.range.lowerBound > has && !figure.percent && figure.of == nil && !figure.isRange
                   && ["hoc", "hs", "em"].contains(after.first ?? "") && !Self.countsSome(after)
           }) {
            noteResult(into: &draft)
            draft.set("students.enrolled", count: count.low, from: sentence, figure: count)
            return
        }
        // "trên tổng số 102 em dự thi" counts candidates, not the school.
        guard let key = sentence.firstOf(Self.enrolledKeys), !sentence.contains("du thi"),
              !Self.rateKeys.contains(where: { sentence.contains($0.phrase) }) else { return }
        let figures = SentenceFigures.figures(in: sentence).filter { !draft.isUsed($0, in: sentence) && $0.range.lowerBound > key.at }
        // "Số học sinh lớp 1 xếp loại khá là …": the students of a grade or a category, not the school's.
        if let first = figures.first,
           !Set(sentence.foldedWords(key.at..<first.range.lowerBound)).isDisjoint(with: ["lop", "khoi", "xep", "loai", "dat", "kha", "gioi", "yeu", "tot",
                                                                                        "tham", "thi", "bo", "luu", "khen"]) {
            return
        }
        // "Toàn trường có 15 học sinh đạt giải": some students, not all of them.
        if let first = figures.first, Self.countsSome(sentence.foldedWords(first.range.upperBound..<sentence.folded.count)) { return }
        guard let count = figures.first, !count.percent, count.of == nil, !count.isRange, count.isWholeNumber,
              SentenceFigures.unitFollows(count.range.upperBound, in: sentence) || sentence.foldedWords(key.at..<count.range.lowerBound).count <= 6
        else { return }
        noteResult(into: &draft)
        draft.set("students.enrolled", count: count.low, from: sentence, figure: count)
    }

    /// After the last line: the number of students from the totals printed beside the counts
    /// (`661/698`), and a check that each distribution's counts add up to them.
    func finish(into draft: inout ImportDraft) {
        // Shares printed without any count cannot make a distribution: they are listed, not dropped.
        for kind in DistributionKind.allCases {
            for (scheme, _) in draft.parts(of: kind) {
                let path = "students.\(kind.rawValue).\(scheme.id)."
                let fields = draft.sources.filter { $0.field.hasPrefix(path) }
                guard !fields.contains(where: { $0.field.hasPrefix(path + "counts.") }),
                      let first = fields.first(where: { $0.field.hasPrefix(path + "reportedPercent.") }) else { continue }
                draft.review.append(ImportReview(line: first.line, sentence: first.sentence, reason: .sharesWithoutCounts,
                                                 figures: fields.filter { $0.field.contains("reportedPercent") }.map { $0.value.serialized(indent: nil) + "%" },
                                                 field: "students.\(kind.rawValue)", kept: nil))
            }
        }
        guard let (total, sentence, figure) = totals.first else { return }
        if totals.allSatisfy({ $0.0 == total }) && !draft.has("students.enrolled") {
            draft.set("students.enrolled", count: total, from: sentence, figure: figure, derived: false)
        }
        for kind in DistributionKind.allCases {
            guard case .string(let id) = draft.value("students.\(kind.rawValue).scheme"),
                  let categories = Scheme.builtIn(id: id)?.categories else { continue }
            let prefix = "students.\(kind.rawValue).\(id).counts."
            let lines = draft.sourceLines(prefixed: prefix)
            let stated = totals.filter { lines.contains($0.1.line) }
            let counts = categories.compactMap { draft.number(prefix + $0.id) }
            guard let (expected, where_, _) = stated.first, stated.allSatisfy({ $0.0 == expected }),
                  counts.count == categories.count, counts.reduce(0, +) != expected else { continue }
            draft.review.append(ImportReview(line: where_.line, sentence: where_.text, reason: .doesNotAddUp,
                                             figures: ["\(Int(counts.reduce(0, +)))", "\(Int(expected))"],
                                             field: "students.\(kind.rawValue).counts", kept: nil))
        }
    }
}
