import SchoolMetrics
/// Reads the party cell: the number of members, official and probationary, women and men, the
/// classification of the members (with the abbreviations HTXSNV, HTTNV, HTNV, XS, and inclusive
/// counts: "09/09 … hoàn thành tốt nhiệm vụ trong đó có 02 … xuất sắc" is 2 excellent, 7 good),
/// and the cell's own rating.
struct PartyReader {
    /// Inside a "phân loại đảng viên" block, lines need not name the members again.
    private var inClassificationBlock = false
    /// A table whose header row named the levels, waiting for its row of numbers.
    private var table: PartyTable?

    private static let levelKeys: [(phrase: String, level: Party.Level)] = [
        ("khong hoan thanh nhiem vu", .failed), ("khong hoan thanh", .failed), ("khtnv", .failed),
        ("hoan thanh xuat sac nhiem vu", .excellent), ("hoan thanh xuat sac", .excellent), ("htxsnv", .excellent),
        ("htxs", .excellent), ("xuat sac", .excellent), ("xs", .excellent),
        ("hoan thanh tot nhiem vu", .good), ("hoan thanh tot", .good), ("httnv", .good), ("htt", .good),
        ("hoan thanh nhiem vu", .completed), ("htnv", .completed),
    ]

    /// Shorter words that name a level only in a sentence that already classifies members.
    private static let shortLevelKeys: [(phrase: String, level: Party.Level)] = [("tot", .good), ("hoan thanh", .completed)]

    private static let partyWords = ["dang vien", "d/c", "dong chi", "dv"]
    /// The words that may stand between a count and what it counts: "25 đồng chí chính thức".
    private static let memberWords: Set<String> = ["dang", "vien", "d/c", "dong", "chi", "dv"]

    private static let ratings = ["trong sach vung manh tieu bieu", "trong sach vung manh", "hoan thanh xuat sac nhiem vu",
                                  "hoan thanh tot nhiem vu", "khong hoan thanh nhiem vu", "hoan thanh nhiem vu"]

    mutating func read(_ line: ReportLine, into draft: inout ImportDraft) {
        let whole = line.whole
        guard !whole.isEmpty else { return }
        if let header = PartyTable.header(line) {
            table = header
            return
        }
        if let table {
            self.table = nil
            if table.read(line, into: &draft) { return }
        }
        if whole.containsAny(["phan loai dang vien", "xep loai dang vien", "danh gia dang vien", "phan loai chat luong dang vien"]) {
            inClassificationBlock = true
        } else if line.whole.wordCount <= 12 && SentenceFigures.figures(in: whole).isEmpty && !Self.hasLevel(whole) {
            inClassificationBlock = false
        }
        // "Toàn Đảng bộ có 1.200 đảng viên. Tổng số … 1.150 đồng chí": the ward's party committee,
        // not the school's cell, for the whole paragraph it opens.
        if let first = line.sentences.first, first.containsAny(["dang bo", "toan dang"]), !first.contains("chi bo"),
           SentenceFigures.figures(in: first).contains(where: { !$0.percent }) {
            return
        }
        for sentence in line.sentences {
            if sentence.containsAny(["dang bo", "toan dang"]) && !sentence.contains("chi bo") { continue }
            let aboutMembers = sentence.containsAny(Self.partyWords) || inClassificationBlock
            guard aboutMembers else { readCellRating(sentence, into: &draft); continue }
            readCounts(sentence, into: &draft)
            readClassification(sentence, into: &draft)
            readCellRating(sentence, into: &draft)
        }
    }

    private static func hasLevel(_ sentence: ReportSentence) -> Bool {
        levelKeys.contains { sentence.contains($0.phrase) }
    }

    // MARK: Members

    private func readCounts(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        var figures = SentenceFigures.figures(in: sentence).filter { !draft.isUsed($0, in: sentence) && !$0.percent && $0.isWholeNumber && !$0.isRange }
        let totalKeys = ["tong so dang vien", "tong so dv", "tong so"] + (Self.hasLevel(sentence) ? [] : ["so luong dang vien", "so dang vien"])
        if let total = sentence.firstOf(totalKeys),
           sentence.containsAny(["dang vien", "dv"]), let first = figures.first(where: { $0.range.lowerBound > total.at }) {
            draft.set("party.members", count: first.of ?? first.low, from: sentence, figure: first)
            figures.removeAll { $0 == first }
        } else if let (first, total) = Self.cellTotal(sentence, figures: figures) {
            draft.set("party.members", count: total, from: sentence, figure: first)
            figures.removeAll { $0 == first }
        }
        let keys: [(String, String, ReportSentence.Form)] = [
            ("party.official", "chinh thuc", .folded), ("party.probationary", "du bi", .folded),
            ("party.women", "nữ", .lower), ("party.men", "nam", .lower),
        ]
        // "xét chuyển đảng chính thức cho 2 đồng chí", "kết nạp 3 đảng viên dự bị": events of the
        // year, not how many members are official or probationary.
        let events = sentence.containsAny(["chuyen dang", "chuyen chinh thuc", "cong nhan chinh thuc", "cong nhan dang vien chinh thuc",
                                           "ket nap", "quyet dinh"])
        let places = keys.filter { !events || !["party.official", "party.probationary"].contains($0.0) }
            .compactMap { key in sentence.find(key.1, in: key.2).map { (key.0, $0 + key.1.unicodeScalars.count) } }
            .sorted { $0.1 < $1.1 }
        // "chính thức: 09 đ/c", or "14 đảng viên chính thức".
        for (index, (field, end)) in places.enumerated() {
            let stop = index + 1 < places.count ? places[index + 1].1 : sentence.scalars.count
            let start = end - (keys.first { $0.0 == field }?.1.unicodeScalars.count ?? 0)
            let after = figures.first { $0.range.lowerBound >= end && $0.range.lowerBound < stop && $0.of == nil
                && sentence.foldedWords(end..<$0.range.lowerBound).count <= 4 }
            let before = figures.last { $0.range.upperBound <= start && $0.of == nil && !draft.isUsed($0, in: sentence)
                && Set(sentence.foldedWords($0.range.upperBound..<start)).isSubset(of: Self.memberWords) }
            guard let figure = before ?? after else { continue }
            draft.set(field, count: figure.low, from: sentence, figure: figure)
        }
    }

    /// The cell's total as reports state it: "chi bộ (trường …) (hiện nay) có 14 đảng viên",
    /// "tập thể đảng viên của chi bộ gồm 11 đồng chí", "toàn thể 09 đồng chí đảng viên",
    /// "17/19 đồng chí đảng viên trong chi bộ" (19), "sự có mặt của 38 đảng viên … tham dự đầy
    /// đủ". Attendance alone ("cùng 15 đồng chí") is not the total.
    private static func cellTotal(_ sentence: ReportSentence, figures: [Figure]) -> (Figure, Double)? {
        func followedByMembers(_ figure: Figure, exact: Bool = false) -> Bool {
            let after = sentence.foldedWords(figure.range.upperBound..<sentence.folded.count).prefix(5)
            let members = after.prefix { memberWords.contains($0) }
            guard !members.isEmpty else { return false }
            // "3 đảng viên dự bị", "5 đảng viên nữ": part of the cell, not all of it.
            let next = after.dropFirst(members.count).first ?? ""
            // Unless a bracket or colon sets it apart: "13 đảng viên (nữ: 11 đ/c)".
            let glued = sentence.find(next, from: figure.range.upperBound).map { at in
                at >= 2 && sentence.scalars[at - 1] == " " && ReportSentence.isWordScalar(sentence.scalars[at - 2])
            } ?? false
            if glued, ["du", "chinh", "nu", "nam", "moi", "hoan", "xep", "dat", "vang", "tre"].contains(next) { return false }
            // "Chi bộ có 3 đồng chí là cấp ủy viên", "… có 2 đồng chí được khen thưởng": some of them.
            let continuing: Set<String> = ["trong", "sinh", "cua", "thuoc", "tai", "o", "ve", "dang", "hien", "voi", "va", "deu", "chiem"]
            if !exact && glued && !next.isEmpty && !continuing.contains(next) { return false }
            return !exact || members.joined(separator: " ").contains("dang vien")
        }
        // "17/19 đồng chí đảng viên": the total of the cell, in a sentence that classifies no one.
        if !hasLevel(sentence), let counted = figures.first(where: { $0.of != nil && $0.low <= $0.of! && followedByMembers($0, exact: true) }) {
            return (counted, counted.of!)
        }
        let plain = figures.filter { $0.of == nil }
        if let all = sentence.find("toan the"),
           let first = plain.first(where: { $0.range.lowerBound > all && sentence.foldedWords((all + 8)..<$0.range.lowerBound).isEmpty }),
           followedByMembers(first, exact: true) || sentence.find("dang vien", from: first.range.upperBound).map({ $0 - first.range.upperBound < 20 }) == true {
            return (first, first.low)
        }
        if let present = sentence.find("co mat cua"), sentence.containsAny(["day du", "du 100"]),
           let first = plain.first(where: { $0.range.lowerBound > present && sentence.foldedWords((present + 10)..<$0.range.lowerBound).isEmpty }),
           followedByMembers(first, exact: true) {
            return (first, first.low)
        }
        // "chi bộ … có N đảng viên", "… gồm N đồng chí": the cell (with its school's name) as subject.
        guard let cell = sentence.find("chi bo") else { return nil }
        // "bầu cấp ủy chi bộ gồm 3 đ/c", "Ban Chấp hành chi bộ gồm 03 đ/c": the committee, not the cell.
        let subject = sentence.foldedWords(max(0, cell - 24)..<cell).suffix(3)
        if !Set(subject).isDisjoint(with: ["uy", "chap", "hanh", "bau", "ban"]) { return nil }
        for verb in ["hien co", "co", "gom", "hien nay co"] {
            var from = cell
            while let at = sentence.find(verb, from: from) {
                from = at + 1
                guard sentence.foldedWords(cell..<at).count <= 10,
                      let first = plain.first(where: { $0.range.lowerBound > at }),
                      sentence.foldedWords((at + verb.count)..<first.range.lowerBound).isEmpty, followedByMembers(first) else { continue }
                return (first, first.low)
            }
        }
        return nil
    }

    // MARK: Classification

    private struct Mention {
        var level: Party.Level
        var at: Int
        var end: Int
        var inclusive: Bool
        var count: Figure?
        var share: Figure?
    }

    private func readClassification(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        var mentions = Self.mentions(in: sentence)
        guard !mentions.isEmpty else { return }
        let figures = SentenceFigures.figures(in: sentence).filter { !draft.isUsed($0, in: sentence) }
        for figure in figures where !StudentResultsReader.isRank(figure, in: sentence) {
            let isShare = figure.percent
            guard isShare || (figure.isWholeNumber && !figure.isRange) else { continue }
            let previous = mentions.indices.last { mentions[$0].end <= figure.range.lowerBound }
            let next = mentions.indices.first { mentions[$0].at >= figure.range.upperBound }
            var chosen: Int?
            // "hoàn thành tốt nhiệm vụ: 20 đồng chí": the count right after its level and a colon.
            let followsItsLevel = previous.map { previous in
                let between = sentence.scalars[mentions[previous].end..<figure.range.lowerBound]
                let words = sentence.foldedWords(mentions[previous].end..<figure.range.lowerBound)
                return between.contains(":") && words.count <= 3 || (words.count <= 1 && Set(words).isSubset(of: ["la", "co", "gom", "chiem"]))
            } ?? false
            // "3/19 đồng chí được đề nghị xếp loại hoàn thành xuất sắc …": the count before its level,
            // with nothing but the members and a verb between (a comma would end the count's clause).
            let leadsToNext = next.map { next in
                let words = sentence.foldedWords(figure.range.upperBound..<mentions[next].at)
                let between = sentence.scalars[figure.range.upperBound..<mentions[next].at]
                return !words.isEmpty && words.count <= 8 && Self.memberWords.contains(words[0])
                    && Set(words).isSubset(of: Self.memberWords.union(["xep", "loai", "dat", "duoc", "muc", "danh", "gia", "de", "nghi", "cong", "nhan"]))
                    && !between.contains { [",", ";", ":", "(", ")"].contains($0) }
            } ?? false
            if !followsItsLevel || (previous.map { (isShare ? mentions[$0].share : mentions[$0].count) != nil } ?? true),
               leadsToNext, let next, mentions[next].count == nil || isShare {
                chosen = next
            } else if let previous, (isShare ? mentions[previous].share : mentions[previous].count) == nil {
                chosen = previous
            } else if let next, sentence.foldedWords(figure.range.upperBound..<mentions[next].at).count <= 6 {
                chosen = next
            }
            guard let chosen else { continue }
            if isShare { mentions[chosen].share = figure } else { mentions[chosen].count = figure }
        }
        // "trong đó": the first mention counts everyone at its level or better.
        if let within = sentence.find("trong do"), let first = mentions.first, first.at < within,
           mentions.contains(where: { $0.at > within }) {
            mentions[0].inclusive = true
        }
        place(mentions, in: sentence, into: &draft)
    }

    private func place(_ mentions: [Mention], in sentence: ReportSentence, into draft: inout ImportDraft) {
        for (index, mention) in mentions.enumerated() {
            let field = mention.level.rawValue
            if let count = mention.count {
                if let of = count.of { draft.set("party.members", count: of, from: sentence, figure: count) }
                if !mention.inclusive || mention.level == .excellent {
                    draft.set("party.classification.\(field)", count: count.low, from: sentence, figure: count)
                } else {
                    // At this level or better: the better levels named after it are taken out.
                    let better = mentions[(index + 1)...].filter { $0.level.index < mention.level.index && $0.count != nil }
                    let covered = Set(better.map(\.level))
                    let allBetter = Party.Level.allCases.filter { $0.index < mention.level.index }
                    if Set(allBetter) == covered {
                        let rest = count.low - better.reduce(0) { $0 + $1.count!.low }
                        if rest >= 0 {
                            draft.set("party.classification.\(field)", count: rest, from: sentence, figure: count, derived: true)
                        }
                    } else {
                        draft.note(sentence, .notPlaced, figures: [count])
                    }
                }
            }
            if let share = mention.share {
                // "100% đảng viên … hoàn thành tốt nhiệm vụ": a share with no count of the level may
                // count that level or everyone at it or better; it is left to review.
                if mention.count == nil && !draft.has("party.classification.\(field)") {
                    draft.note(sentence, .sharesWithoutCounts, figures: [share])
                } else if mention.inclusive && mention.level != .excellent {
                    draft.note(sentence, .notPlaced, figures: [share])
                } else {
                    draft.set("party.reportedPercent.\(field)", .double(share.low), from: sentence, figure: share)
                }
            }
        }
    }

    /// The levels named in a sentence, in order, the longest name at each place; a level
    /// followed by "trở lên" counts that level or better.
    private static func mentions(in sentence: ReportSentence) -> [Mention] {
        var found: [Mention] = []
        var position = 0
        let keys = levelKeys + (hasLevel(sentence) ? shortLevelKeys : [])
        while position < sentence.folded.count {
            var best: (phrase: String, level: Party.Level, at: Int)?
            for key in keys {
                guard let at = sentence.find(key.phrase, from: position) else { continue }
                if best == nil || at < best!.at || (at == best!.at && key.phrase.count > best!.phrase.count) {
                    best = (key.phrase, key.level, at)
                }
            }
            guard let best else { break }
            let end = best.at + best.phrase.unicodeScalars.count
            position = end
            let after = sentence.foldedWords(end..<min(sentence.folded.count, end + 24)).prefix(4).joined(separator: " ")
            if best.phrase == "tot" && after.hasPrefix("nghiep") { continue }
            // "xếp loại Chi bộ hoàn thành xuất sắc nhiệm vụ": the cell's own rating, not its members'.
            let before = Array(sentence.foldedWords(max(0, best.at - 30)..<best.at).suffix(3))
            if (before.count == 3 && before[1...] == ["chi", "bo"] && ["loai", "nhan", "gia"].contains(before[0])) || (before.last == "loai" && before.dropLast().last == "xep" && !sentence.containsAny(partyWords)) { continue }
            found.append(Mention(level: best.level, at: best.at, end: end, inclusive: after.contains("tro len")))
        }
        return found
    }

    // MARK: The cell's rating

    private func readCellRating(_ sentence: ReportSentence, into draft: inout ImportDraft) {
        // "Nhiều năm liền chi bộ đạt …": a rating over many years is not the period's.
        guard !sentence.containsAny(["nhieu nam", "nhung nam qua", "cac nam qua", "qua cac nam"]) else { return }
        guard sentence.contains("chi bo"), sentence.containsAny(["de nghi", "cong nhan", "xep loai", "danh gia", "dat"]),
              let rating = sentence.firstOf(Self.ratings), sentence.find("chi bo").map({ $0 < rating.at }) == true else { return }
        // The cell named last before the rating: "Chi bộ thống nhất đề nghị … xếp loại Chi bộ hoàn thành …".
        var chiBo = sentence.find("chi bo")!
        while let later = sentence.find("chi bo", from: chiBo + 1), later < rating.at { chiBo = later }
        // With figures in the sentence, only a rating right after the cell's name is the cell's:
        // "xếp loại Chi bộ hoàn thành xuất sắc nhiệm vụ, 02 đồng chí …".
        if !SentenceFigures.figures(in: sentence).isEmpty {
            // "chi bộ 3 năm liền được xếp loại hoàn thành tốt nhiệm vụ" too.
            let between = sentence.foldedWords((chiBo + 6)..<rating.at)
            let ratingWords: Set<String> = ["duoc", "xep", "loai", "dat", "danh", "gia", "nam", "lien", "cong", "nhan", "la"]
            guard between.count <= 7, between.allSatisfy({ ratingWords.contains($0) || $0.allSatisfy(\.isNumber) }),
                  // Figures of another clause ("chi bộ có 12 đảng viên, hằng năm chi bộ đạt …") do not matter.
                  SentenceFigures.figures(in: sentence).allSatisfy({ figure in
                      figure.range.lowerBound > chiBo || sentence.scalars[figure.range.upperBound..<chiBo].contains(",")
                  })
            else { return }
        }
        let text = sentence.slice(rating.at..<(rating.at + rating.phrase.unicodeScalars.count))
        let proposed = sentence.contains("de nghi")
        let value = proposed ? "Đề nghị công nhận " + text : text.prefix(1).uppercased() + text.dropFirst()
        draft.set("party.cellRating", .string(value), from: sentence)
    }
}
