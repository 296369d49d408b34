extension WorkbookDocument {
    /// A value in one cell and how it looks.
    public struct Cell: Sendable, Hashable {
        /// What a cell holds.
        public enum Value: Sendable, Hashable {
            case text(String)
            case number(Double)
            /// A formula without its `=`, with the result stored beside it for readers that do not
            /// compute (Excel and LibreOffice compute it again on opening).
            case formula(String, result: Double)
        }

        public var row: Int
        public var column: Int
        public var value: Value
        public var style: Style

        public init(row: Int, column: Int, value: Value, style: Style = Style()) {
            self.row = row
            self.column = column
            self.value = value
            self.style = style
        }
    }

    /// How a cell looks; equal styles share one format in the file.
    public struct Style: Sendable, Hashable {
        public var bold = false
        public var italic = false
        /// Long text wraps onto more lines inside the cell's width.
        public var wrap = false
        /// Text starts at the top of the cell rather than the bottom.
        public var alignTop = false
        /// Background colour as 0xRRGGBB.
        public var fill: UInt32?
        /// Text colour as 0xRRGGBB.
        public var fontColor: UInt32?
        /// In points; nil keeps the workbook's default (11).
        public var fontSize: Double?
        /// An Excel number format: `0`, `0.0`, `0.00%`, `@` for text.
        public var numberFormat: String?
        /// A thin border on every side.
        public var border = false

        public init(bold: Bool = false, italic: Bool = false, wrap: Bool = false, alignTop: Bool = false, fill: UInt32? = nil,
                    fontColor: UInt32? = nil, fontSize: Double? = nil, numberFormat: String? = nil, border: Bool = false) {
            self.bold = bold
            self.italic = italic
            self.wrap = wrap
            self.alignTop = alignTop
            self.fill = fill
            self.fontColor = fontColor
            self.fontSize = fontSize
            self.numberFormat = numberFormat
            self.border = border
        }

        /// True when the style changes nothing from the default look.
        public var isPlain: Bool { self == Style() }
    }
}
