/// The cells of a CSV file: a header and rows, each cell with the byte offset where it starts.
///
/// RFC 4180 quoting (quoted delimiters, doubled quotes, line breaks inside quotes), CRLF or
/// LF, an optional UTF-8 byte-order mark; the delimiter is the first `;` or tab of the header line
/// outside quotes (Excel's "Unicode Text" is tab-separated), else `,`.
struct CSVTable {
    struct Cell {
        var text: String
        var offset: Int
        /// The typed value of a workbook's cell (a number, a boolean); nil for CSV text.
        var value: Node.Value? = nil
    }

    struct Failure: Error {
        var problem: Problem
        var offset: Int
    }

    var delimiter: UInt8
    var header: [Cell]
    /// The rows after the header, leaving out rows whose cells are all empty.
    var rows: [[Cell]]

    static func parse(_ bytes: [UInt8]) throws(Failure) -> CSVTable {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let delimiter = detectDelimiter(bytes, from: start)
        var reader = Reader(bytes: bytes, position: start, delimiter: delimiter)
        var lines: [[Cell]] = []
        while let row = try reader.nextRow() {
            if row.allSatisfy({ $0.text.isBlank }) { continue }
            lines.append(row)
        }
        guard let header = lines.first else { throw Failure(problem: .emptyFile, offset: start) }
        return CSVTable(delimiter: delimiter, header: header, rows: Array(lines.dropFirst()))
    }

    private static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var inQuotes = false
        for byte in bytes[start...] {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") { return byte }
        }
        return UInt8(ascii: ",")
    }

    private struct Reader {
        let bytes: [UInt8]
        var position: Int
        let delimiter: UInt8

        mutating func nextRow() throws(Failure) -> [Cell]? {
            guard position < bytes.count else { return nil }
            var cells: [Cell] = []
            while true {
                let (cell, endOfRow) = try nextCell()
                cells.append(cell)
                if endOfRow { return cells }
            }
        }

        /// Reads one cell and the separator after it; says whether the row ended there.
        private mutating func nextCell() throws(Failure) -> (Cell, Bool) {
            let start = position
            var content: [UInt8] = []
            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                position += 1
                while true {
                    guard position < bytes.count else { throw Failure(problem: .csvUnterminatedQuote, offset: start) }
                    let byte = bytes[position]
                    position += 1
                    if byte == UInt8(ascii: "\"") {
                        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                            content.append(byte)
                            position += 1
                        } else {
                            break
                        }
                    } else {
                        content.append(byte)
                    }
                }
                // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
                while position < bytes.count, !isSeparator(bytes[position]) {
                    content.append(bytes[position])
                    position += 1
                }
            } else {
                while position < bytes.count, !isSeparator(bytes[position]) { position += 1 }
                content.append(contentsOf: bytes[start..<position])
            }
            guard let text = String(validating: content, as: UTF8.self) else {
                throw Failure(problem: .invalidUTF8, offset: start)
            }
            let cell = Cell(text: text, offset: start)
            guard position < bytes.count else { return (cell, true) }
            let separator = bytes[position]
            position += 1
            if separator == UInt8(ascii: "\r"), position < bytes.count, bytes[position] == UInt8(ascii: "\n") {
                position += 1
            }
            return (cell, separator != delimiter)
        }

        private func isSeparator(_ byte: UInt8) -> Bool {
            byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
    }
}
