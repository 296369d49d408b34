import SchoolMetrics
/// A table whose header row names the categories, with the numbers in a row below it:
///
///     Tổng số HS | Tốt | Khá | TB | Yếu          Khối | Tổng số | Giỏi | Khá | …
///     520        | 450 | 60  | 10 | 0            6    | 130     | 30   | 60  | …
///                                               Toàn trường | 520 | 120 | 250 | …
///
/// with an optional row "SL | TL | SL | TL …" that gives each category a count and a share.
/// A header with a row-label column ("Khối", "Lớp") is read from its total row only.
struct ColumnTable {
    enum Column: Equatable { case label, total, category(String) }

    var scheme: Scheme
    var columns: [Column]
    /// Each category has two cells: its count and its share.
    var pairs = false

    /// The header a line is, for a section of `kind`, or nil.
    static func header(_ line: ReportLine, schemes: [Scheme]) -> ColumnTable? {
        guard line.cells.count >= 3, SentenceFigures.figures(in: line.whole).isEmpty else { return nil }
        for scheme in schemes {
            let labels = (StudentResultsReader.labels[scheme.id] ?? []).sorted { $0.phrase.count > $1.phrase.count }
            var columns: [Column] = []
            for (index, cell) in line.cells.enumerated() {
                let text = cell.foldedWords(0..<cell.folded.count).filter { !["loai", "muc", "xep"].contains($0) }.joined(separator: " ")
                if let label = labels.first(where: { text == $0.phrase }) {
                    columns.append(.category(label.id))
                } else if ["tong", "tong so", "tong so hs", "tong so hoc sinh", "si so", "so hs", "so hoc sinh"].contains(text) {
                    columns.append(.total)
                } else if index == 0 {
                    columns.append(.label)
                } else {
                    columns = []
                    break
                }
            }
            if columns.filter({ if case .category = $0 { true } else { false } }).count >= 2 {
                return ColumnTable(scheme: scheme, columns: columns)
            }
        }
        return nil
    }

    /// "SL | TL | SL | TL": counts and shares under each category.
    static func isPairRow(_ line: ReportLine) -> Bool {
        let cells = line.cells.map { $0.foldedWords(0..<$0.folded.count).joined(separator: " ") }
        return cells.count >= 4 && cells.allSatisfy { ["sl", "tl", "so luong", "ti le", "ty le", "%", "tl %", "ti le %", "ty le %"].contains($0) }
    }

    /// The category counts (and shares) of a row of numbers, or nil when the row does not fit.
    func values(of line: ReportLine) -> [(id: String, count: (Figure, ReportSentence), share: (Figure, ReportSentence)?)]? {
        var cells = line.cells
        if columns.first == .label {
            guard let first = cells.first, first.containsAny(["tong", "toan truong", "cong", "ca truong"]) else { return nil }
            cells.removeFirst()
        }
        let numbers: [(Figure, ReportSentence)] = cells.flatMap { cell in SentenceFigures.figures(in: cell).map { ($0, cell) } }
        guard numbers.count == cells.count, !numbers.isEmpty else { return nil }
        let kinds = columns.filter { $0 != .label }
        let categories = kinds.filter { $0 != .total }.count
        let paired = pairs || numbers.count == kinds.count + categories
        guard numbers.count == (paired ? kinds.count + categories : kinds.count) else { return nil }
        var result: [(id: String, count: (Figure, ReportSentence), share: (Figure, ReportSentence)?)] = []
        var position = 0
        for column in kinds {
            switch column {
            case .total, .label:
                position += 1
            case .category(let id):
                let count = numbers[position]
                let share = paired ? numbers[position + 1] : nil
                position += paired ? 2 : 1
                guard !count.0.percent, count.0.isWholeNumber else { return nil }
                result.append((id, count, share))
            }
        }
        return result
    }

    /// The total column's number in a row, if the header has one.
    func total(of line: ReportLine) -> (Figure, ReportSentence)? {
        var cells = line.cells
        if columns.first == .label { cells.removeFirst() }
        guard let index = columns.filter({ $0 != .label }).firstIndex(of: .total), index < cells.count,
              let figure = SentenceFigures.figures(in: cells[index]).first else { return nil }
        return (figure, cells[index])
    }
}
