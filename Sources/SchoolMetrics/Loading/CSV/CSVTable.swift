/// The cells of a table held whole: a header and rows, each cell with the offset where it starts.
/// A workbook's sheet is read into one (``WorkbookTables``); a CSV file is read row by row
/// instead (``CSVReader``).
struct CSVTable: TableRows {
    typealias Failure = Never

    struct Cell {
        var text: String
        var offset: Int
        /// The typed value of a workbook's cell (a number, a boolean); nil for CSV text.
        var value: Node.Value? = nil
    }

    var delimiter: UInt8
    var header: [Cell]
    /// The rows after the header.
    var rows: [[Cell]]
    /// The rows ``nextRow(into:)`` has handed out.
    private var rowsRead = 0

    init(delimiter: UInt8, header: [Cell], rows: [[Cell]]) {
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
    }

    mutating func nextRow(into row: inout [Cell]) -> Bool {
        guard rowsRead < rows.count else { return false }
        row = rows[rowsRead]
        rowsRead += 1
        return true
    }
}
