import SchoolMetrics
/// The members' classification as a table whose header row names the levels, with the numbers
/// in the row below: "Tổng số ĐV | HTXSNV | HTTNV | HTNV | KHTNV" then "20 | 4 | 15 | 1 | 0"
/// (each level may have a count and a share, "SL | TL").
struct PartyTable {
    enum Column: Equatable { case total, level(Party.Level) }

    var columns: [Column]

    static let levelNames: [(phrase: String, level: Party.Level)] = [
        ("htxsnv", .excellent), ("hoan thanh xuat sac nhiem vu", .excellent), ("hoan thanh xuat sac", .excellent), ("xuat sac", .excellent),
        ("httnv", .good), ("hoan thanh tot nhiem vu", .good), ("hoan thanh tot", .good),
        ("htnv", .completed), ("hoan thanh nhiem vu", .completed), ("hoan thanh", .completed),
        ("khtnv", .failed), ("khong hoan thanh nhiem vu", .failed), ("khong hoan thanh", .failed),
    ]

    static func header(_ line: ReportLine) -> PartyTable? {
        guard line.cells.count >= 3, SentenceFigures.figures(in: line.whole).isEmpty else { return nil }
        var columns: [Column] = []
        for cell in line.cells {
            let text = cell.foldedWords(0..<cell.folded.count).joined(separator: " ")
            if let name = levelNames.first(where: { $0.phrase == text }) {
                columns.append(.level(name.level))
            } else if ["tong so dv", "tong so dang vien", "tong so", "so dang vien", "tong"].contains(text) {
                columns.append(.total)
            } else {
                return nil
            }
        }
        return columns.filter { $0 != .total }.count >= 2 ? PartyTable(columns: columns) : nil
    }

    /// Reads the row of numbers under the header into the draft; false when the row does not fit.
    func read(_ line: ReportLine, into draft: inout ImportDraft) -> Bool {
        let numbers: [(Figure, ReportSentence)] = line.cells.flatMap { cell in SentenceFigures.figures(in: cell).map { ($0, cell) } }
        let levels = columns.filter { $0 != .total }.count
        guard numbers.count == line.cells.count, numbers.count == columns.count || numbers.count == columns.count + levels else { return false }
        let paired = numbers.count == columns.count + levels
        var position = 0
        for column in columns {
            let (count, cell) = numbers[position]
            switch column {
            case .total:
                draft.set("party.members", count: count.low, from: cell, figure: count)
                position += 1
            case .level(let level):
                draft.set("party.classification.\(level.rawValue)", count: count.low, from: cell, figure: count)
                if paired {
                    let (share, shareCell) = numbers[position + 1]
                    if share.low <= 100 { draft.set("party.reportedPercent.\(level.rawValue)", .double(share.low), from: shareCell, figure: share) }
                }
                position += paired ? 2 : 1
            }
        }
        return true
    }
}
