/// A workbook to write: its sheets in order and what it says about itself. Plain data, so that
/// what a workbook holds can be tested without opening a file; ``WorkbookWriter`` writes it.
///
/// Rows and columns are counted from 0, as in libxlsxwriter: row 0, column 0 is cell A1.
public struct WorkbookDocument: Sendable, Hashable {
    public var sheets: [Sheet]
    public var title: String
    public var author: String
    /// The creation and modification date, in seconds since 1970 (UTC). Never the clock, so
    /// that the same document gives the same bytes.
    public var created: Int

    public init(sheets: [Sheet] = [], title: String = "", author: String = "", created: Int) {
        self.sheets = sheets
        self.title = title
        self.author = author
        self.created = created
    }

    /// The sheet with this name.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }

    /// The A1-style name of a cell: row 0, column 27 is `AB1`.
    public static func cellName(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// The letters of a column: 0 is `A`, 25 is `Z`, 26 is `AA`.
    public static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(letters)
    }
}
