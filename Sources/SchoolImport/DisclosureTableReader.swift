import SchoolMetrics
/// Reads the yearly public-disclosure form of a school (*Thông báo công khai … chất lượng giáo
/// dục*, *cam kết chất lượng giáo dục*: the forms of Circulars 09/2009, 36/2017 and 09/2024) as a
/// table — one row a line, cells apart by tabs, `|` or wide spaces — or flattened from a web
/// page, one cell a line. Rows Tốt/Khá/Trung bình/Yếu (conduct), Giỏi/Khá/Trung bình/Yếu/Kém
/// (academic), or the 2021 schemes' Tốt/Khá/Đạt/Chưa đạt, under the section that names them;
/// columns Tổng số, then the grades. The school's figures are the Tổng số column: each
/// category's count and the share printed beside it in parentheses; the section's own total
/// is the number of students, and "Lên lớp" the promotion count. The grade columns split the
/// same totals by grade and are not read.
struct DisclosureTableReader {
    /// Whether a report is such a form: its opening lines say so.
    static func reads(_ lines: [ReportLine]) -> Bool {
        lines.prefix(25).contains { line in
            line.whole.contains("cong khai") && line.whole.containsAny(["chat luong giao duc", "cam ket"])
                || line.whole.contains("cam ket chat luong")
        }
    }

    private enum Token {
        case label(ReportSentence)
        case number(Figure, ReportSentence)
    }

    private var section: (kind: DistributionKind, schemes: [Scheme])?
    /// The row whose numbers come next: a category, the section's total, or promotion.
    private enum Row { case category(Scheme, String), total, promoted, candidates, graduated }
    private var row: Row?
    private var totalColumnLast = false
    private var rowNumbers: [(Figure, ReportSentence)] = []

    mutating func read(_ lines: [ReportLine], into draft: inout ImportDraft) {
        for line in lines {
            for token in Self.tokens(of: line) { read(token, into: &draft) }
        }
        closeRow(into: &draft)
    }

    /// The cells of a line, as labels and numbers.
    private static func tokens(of line: ReportLine) -> [Token] {
        let cells = line.cells.count > 1 ? line.cells : [line.whole]
        return cells.flatMap { cell -> [Token] in
            let figures = SentenceFigures.figures(in: cell)
            let letters = cell.folded.filter { $0.properties.isAlphabetic }
            // "(tỷ lệ so với tổng số)" and "400 (78,1%)" are numbers; a cell with words is a label.
            if figures.isEmpty { return [.label(cell)] }
            if letters.isEmpty || isOnlyNumbers(cell) { return figures.map { .number($0, cell) } }
            // "Số học sinh chia theo năng lực, phẩm chất 953 194 187": a label, then the row's numbers.
            let lastLetter = cell.scalars.lastIndex { $0.properties.isAlphabetic } ?? 0
            let trailing = figures.filter { $0.range.lowerBound > lastLetter }
            guard let first = trailing.first, trailing.count == figures.count else { return [.label(cell)] }
            let label = ReportSentence(line: cell.line, offset: cell.offset, scalars: Array(cell.scalars[..<first.range.lowerBound]))
            return [.label(label)] + trailing.map { .number($0, cell) }
        }
    }

    private static func isOnlyNumbers(_ cell: ReportSentence) -> Bool {
        cell.foldedWords(0..<cell.folded.count).allSatisfy { $0.first?.isNumber == true || $0 == "hs" || $0 == "em" }
    }

    private mutating func read(_ token: Token, into draft: inout ImportDraft) {
        switch token {
        case .label(let cell):
            guard cell.wordCount <= 14 else { closeRow(into: &draft); return }
            if cell.containsAny(["tong so", "so luong"]) && cell.containsAny(["lop 6", "khoi 6", "lop 1", "khoi 1", "lop 10", "khoi 10"]) {
                totalColumnLast = (cell.find("tong so") ?? 0) > (cell.firstOf(["lop", "khoi"])?.at ?? Int.max)
            }
            if cell.contains("ty le so voi tong so") || cell.contains("ti le so voi tong so") {
                if cell.foldedWords(0..<cell.folded.count).count <= 6 { return }  // the row's own note
            }
            closeRow(into: &draft)
            // "Tổng số học sinh 900 …": the school's number of students, before any section.
            if cell.contains("tong so hoc sinh") && Self.section(in: cell) == nil {
                (section, row) = (nil, .total)
                return
            }
            if let opened = Self.section(in: cell) {
                section = opened
                row = cell.containsAny(["so hoc sinh", "so hs", "tong so"]) || cell.contains("chia theo") ? .total : nil
                return
            }
            // The rows after the distributions: categories below them ("Giỏi" of the graduates) are not the year's.
            if (cell.contains("len lop") || cell.contains("hoan thanh chuong trinh lop hoc")) && !cell.containsAny(["khong", "chua"]) {
                (section, row) = (nil, .promoted)
                return
            }
            if cell.containsAny(["cong nhan tot nghiep", "hoan thanh chuong trinh tieu hoc", "cong nhan hoan thanh chuong trinh"]),
               !cell.containsAny(["khong", "chua"]) {
                (section, row) = (nil, .graduated)
                return
            }
            if cell.containsAny(["du xet", "du thi"]) && cell.contains("tot nghiep") {
                (section, row) = (nil, .candidates)
                return
            }
            if let section, let category = Self.category(in: cell, schemes: section.schemes) {
                row = .category(category.scheme, category.id)
                return
            }
            if cell.containsAny(["tong hop ket qua", "thi lai", "luu ban", "bo hoc", "chuyen truong", "dat giai", "tot nghiep",
                                 "ren luyen lai", "duoi hoc", "danh hieu"]) {
                section = nil
            }
            row = nil
        case .number(let figure, let cell):
            rowNumbers.append((figure, cell))
        }
    }

    /// The numbers of the row just ended: the Tổng số column and the share beside it.
    private mutating func closeRow(into draft: inout ImportDraft) {
        defer { rowNumbers = []; row = nil }
        guard let row else { return }
        let counts = rowNumbers.filter { !$0.0.percent && $0.0.isWholeNumber && !$0.0.isRange && !Self.inParentheses($0.0, $0.1) }
        guard let (count, cell) = totalColumnLast ? counts.last : counts.first else { return }
        let share = rowNumbers.first { figure, place in
            (figure.percent || Self.inParentheses(figure, place)) && figure.low <= 100 && !figure.isRange
                && (place.line > cell.line || (place.line == cell.line && figure.range.lowerBound > count.range.lowerBound))
        }
        // The grade columns split the same total: read, not placed, not listed.
        for (figure, place) in rowNumbers { draft.use(figure, in: place) }
        switch row {
        case .total:
            draft.set("students.enrolled", count: count.low, from: cell, figure: count)
        case .promoted:
            draft.set("students.promotion.count", count: count.low, from: cell, figure: count)
            if case .int(let enrolled)? = draft.value("students.enrolled"), Double(enrolled) >= count.low {
                draft.set("students.promotion.of", .int(enrolled), from: cell, derived: true)
            }
            if let (share, place) = share { draft.set("students.promotion.percent", .double(share.low), from: place, figure: share) }
        case .candidates:
            draft.set("students.graduation.of", count: count.low, from: cell, figure: count)
        case .graduated:
            if let of = draft.number("students.graduation.of"), of < count.low { draft.withdraw("students.graduation.of", because: "fewer candidates than graduates") }
            draft.set("students.graduation.count", count: count.low, from: cell, figure: count)
            if let (share, place) = share { draft.set("students.graduation.percent", .double(share.low), from: place, figure: share) }
        case .category(let scheme, let id):
            guard let section else { return }
            let path = "students.\(section.kind.rawValue)"
            if !draft.has("\(path).scheme") { draft.set("\(path).scheme", .string(scheme.id), from: cell) }
            draft.set("\(path).\(scheme.id).counts.\(id)", count: count.low, from: cell, figure: count)
            if let (share, place) = share {
                draft.set("\(path).\(scheme.id).reportedPercent.\(id)", .double(share.low), from: place, figure: share)
            }
        }
    }

    private static func inParentheses(_ figure: Figure, _ cell: ReportSentence) -> Bool {
        let before = cell.scalars[..<figure.range.lowerBound].lastIndex(of: "(")
        let closed = cell.scalars[..<figure.range.lowerBound].lastIndex(of: ")")
        return before != nil && (closed == nil || closed! < before!)
    }

    /// The section a label opens: "Số học sinh chia theo hạnh kiểm", "Kết quả học tập".
    private static func section(in cell: ReportSentence) -> (kind: DistributionKind, schemes: [Scheme])? {
        if cell.containsAny(["hanh kiem"]) { return (.conduct, [.conduct2011]) }
        if cell.containsAny(["hoc luc"]) { return (.academic, [.academic2011]) }
        if cell.containsAny(["ren luyen"]) && !cell.contains("ren luyen lai") { return (.conduct, [.training2021]) }
        if cell.containsAny(["ket qua hoc tap", "xep loai hoc tap"]) { return (.academic, [.learning2021]) }
        if cell.containsAny(["pham chat"]) { return (.conduct, [.primary2020]) }
        return nil
    }

    /// A category named at the start of a short label: "Tốt (tỷ lệ so với tổng số)", "2. Khá".
    private static func category(in cell: ReportSentence, schemes: [Scheme]) -> (scheme: Scheme, id: String)? {
        let words = cell.foldedWords(0..<cell.folded.count).filter { $0.first?.isNumber != true }
        let text = words.prefix(4).joined(separator: " ")
        for scheme in schemes {
            let labels = (StudentResultsReader.labels[scheme.id] ?? []).sorted { $0.phrase.count > $1.phrase.count }
            if let label = labels.first(where: { text == $0.phrase || text.hasPrefix($0.phrase + " ") }) {
                let rest = words.dropFirst(label.phrase.split(separator: " ").count)
                // "Tốt nghiệp" is not Tốt; only the row's note may follow the category.
                guard rest.isEmpty || ["ty", "ti", "loai", "tl"].contains(rest.first!) else { return nil }
                return (scheme, label.id)
            }
        }
        return nil
    }
}
