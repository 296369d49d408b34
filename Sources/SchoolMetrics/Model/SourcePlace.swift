/// A place in an input file: the file, and the line and column when known (1-based).
public struct SourcePlace: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The sheet of a workbook; then `line` is the row and `column` the column number.
    public var sheet: String?
    /// The cell of the sheet, `H3`.
    public var cell: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
        self.cell = cell
    }

    /// `file:line:column`, leaving out what is unknown; `file:sheet!cell` in a workbook.
    public var description: String {
        var text = file
        if let sheet, let cell { return text + ":\(sheet)!\(cell)" }
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}
