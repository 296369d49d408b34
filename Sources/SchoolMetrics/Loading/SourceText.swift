import OfficeContainer

/// The bytes of one input file and the way from a byte offset to a line and column; or, for a
/// sheet of a workbook, the way from a cell's ``cellOffset(row:column:)`` to the cell.
///
/// Places are mostly asked for in increasing order, so the last answer is kept and the next
/// column counted on from it: a one-line file of 45,000 records stays linear.
final class SourceText {
    let name: String
    let bytes: [UInt8]
    private let lineStarts: [Int]
    private var last: (line: Int, offset: Int, column: Int) = (0, 0, 1)
    /// One copy of each text read from the file: a file of 45,000 records names the same wards,
    /// levels and targets thousands of times.
    private var texts: Set<String> = []
    /// The sheet, when the offsets are cells of a workbook's sheet.
    let sheet: String?

    /// True for text a converter made from another file (a report): places name the file alone.
    let converted: Bool

    init(name: String, bytes: [UInt8], converted: Bool = false) {
        self.name = name
        self.bytes = bytes
        self.converted = converted
        self.sheet = nil
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// A text sharing another's bytes and lines, with caches of its own.
    private init(sharing other: SourceText) {
        name = other.name
        bytes = other.bytes
        lineStarts = other.lineStarts
        sheet = other.sheet
        converted = other.converted
    }

    /// The cells of a workbook's sheet, placed by ``cellOffset(row:column:)``.
    init(name: String, sheet: String) {
        self.name = name
        self.bytes = []
        self.lineStarts = [0]
        self.sheet = sheet
        self.converted = false
    }

    /// The offset that stands for a cell of a sheet (1-based row and column).
    static func cellOffset(row: Int, column: Int) -> Int {
        (row - 1) * columnsPerRow + (column - 1)
    }

    private static let columnsPerRow = 16_384

    /// The 1-based line and column (in characters) of a byte offset; the row, column and cell of a
    /// sheet's cell offset.
    func place(of offset: Int) -> SourcePlace {
        if converted { return SourcePlace(file: name) }
        if let sheet {
            let row = max(0, offset) / Self.columnsPerRow + 1, column = max(0, offset) % Self.columnsPerRow + 1
            return SourcePlace(file: name, line: row, column: column, sheet: sheet,
                               cell: CellReference(row: row, column: column).description)
        }
        let offset = Swift.max(0, Swift.min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        if last.line == low && last.offset <= offset && last.offset >= index {
            column = last.column
            index = last.offset
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        last = (low, offset, column)
        // A byte-order mark at the start of the file is not a column anyone sees.
        if low == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) && offset >= 3 { column -= 1 }
        return SourcePlace(file: name, line: low + 1, column: column)
    }

    /// The copy of `text` already kept, or `text`, kept from now on.
    func shared(_ text: String) -> String {
        texts.insert(text).memberAfterInsert
    }

    /// This text for each of `workers` workers, itself for the first: the caches of a
    /// ``SourceText`` belong to one thread at a time.
    func forWorkers(_ workers: Int) -> PerWorker {
        PerWorker(texts: [self] + (1..<max(1, workers)).map { _ in SourceText(sharing: self) })
    }

    /// The copies of one text that workers use, worker `i` of ``Parallel`` only ever the `i`-th.
    final class PerWorker: @unchecked Sendable {
        private let texts: [SourceText]

        fileprivate init(texts: [SourceText]) { self.texts = texts }

        var count: Int { texts.count }

        subscript(worker: Int) -> SourceText { texts[worker] }
    }
}
