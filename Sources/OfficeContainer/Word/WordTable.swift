/// A Word table: columns with their share of the width and alignment, a header row that
/// repeats on every page, and body rows of plain text.
public struct WordTable: Sendable {
    /// One column: its relative width and how its cells align.
    public struct Column: Sendable {
        public var header: String
        public var weight: Double
        public var alignment: WordParagraph.Alignment

        public init(_ header: String, weight: Double = 1, alignment: WordParagraph.Alignment = .right) {
            self.header = header
            self.weight = weight
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// Body rows set in bold (a total row).
    public var boldRows: Set<Int>
    /// Keep the table on one page when it fits (each row kept with the next).
    public var keepTogether: Bool

    public init(columns: [Column], rows: [[String]], boldRows: Set<Int> = [], keepTogether: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.boldRows = boldRows
        self.keepTogether = keepTogether
    }

    /// The columns' widths in twentieths of a point, adding up to `total`.
    func widths(total: Int) -> [Int] {
        let sum = columns.reduce(0) { $0 + max($1.weight, 0.01) }
        var widths = columns.map { Int((Double(total) * max($0.weight, 0.01) / sum).rounded(.down)) }
        if !widths.isEmpty { widths[widths.count - 1] += total - widths.reduce(0, +) }
        return widths
    }
}
