/// The rows of a CSV file read one at a time, each cell with the byte offset where it starts,
/// so that a file of 45,000 rows is never held as cells all at once.
///
/// RFC 4180 quoting (quoted delimiters, doubled quotes, line breaks inside quotes), CRLF or
/// LF, an optional UTF-8 byte-order mark; the delimiter is the first `;` or tab of the header line
/// outside quotes (Excel's "Unicode Text" is tab-separated), else `,`. Rows whose cells are all
/// empty are left out; the header is the first row that is not.
struct CSVReader: TableRows {
    /// Why the file cannot be read as CSV: what is wrong, and where.
    struct Failure: Error {
        var problem: Problem
        var offset: Int
    }

    let delimiter: UInt8
    private(set) var header: [CSVTable.Cell] = []
    private let bytes: [UInt8]
    private var position: Int
    /// The unquoted content of a quoted cell, kept from cell to cell to save allocations.
    private var quoted: [UInt8] = []
    /// True when the whole file is valid UTF-8 (as it always is after ``CSVEncoding``): each cell
    /// then is too, being cut at ASCII bytes, and needs no check of its own.
    private let isValidUTF8: Bool

    /// Reads up to the header row; throws when the file holds no row, or when the header cannot be read.
    init(_ bytes: [UInt8]) throws(Failure) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.bytes = bytes
        self.position = start
        self.isValidUTF8 = CSVEncoding.firstInvalidUTF8(bytes) == nil
        self.delimiter = Self.detectDelimiter(bytes, from: start)
        var header: [CSVTable.Cell] = []
        guard try nextRow(into: &header) else { throw Failure(problem: .emptyFile, offset: start) }
        self.header = header
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

    mutating func nextRow(into row: inout [CSVTable.Cell]) throws(Failure) -> Bool {
        while position < bytes.count {
            row.removeAll(keepingCapacity: true)
            while true {
                let (cell, endOfRow) = try nextCell()
                row.append(cell)
                if endOfRow { break }
            }
            if !row.allSatisfy({ $0.text.isBlank }) { return true }
        }
        return false
    }

    /// Reads one cell and the separator after it; says whether the row ended there.
    private mutating func nextCell() throws(Failure) -> (CSVTable.Cell, Bool) {
        let start = position
        let text: String?
        if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
            quoted.removeAll(keepingCapacity: true)
            position += 1
            while true {
                guard position < bytes.count else { throw Failure(problem: .csvUnterminatedQuote, offset: start) }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                        quoted.append(byte)
                        position += 1
                    } else {
                        break
                    }
                } else {
                    quoted.append(byte)
                }
            }
            // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
            while position < bytes.count, !isSeparator(bytes[position]) {
                quoted.append(bytes[position])
                position += 1
            }
            text = self.text(quoted[...])
        } else {
            while position < bytes.count, !isSeparator(bytes[position]) { position += 1 }
            text = position == start ? "" : self.text(bytes[start..<position])
        }
        guard let text else { throw Failure(problem: .invalidUTF8, offset: start) }
        let cell = CSVTable.Cell(text: text, offset: start)
        guard position < bytes.count else { return (cell, true) }
        let separator = bytes[position]
        position += 1
        if separator == UInt8(ascii: "\r"), position < bytes.count, bytes[position] == UInt8(ascii: "\n") {
            position += 1
        }
        return (cell, separator != delimiter)
    }

    /// The text of a cell's bytes, nil when they are not UTF-8.
    private func text(_ bytes: ArraySlice<UInt8>) -> String? {
        guard isValidUTF8 else { return String(validating: bytes, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    private func isSeparator(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
