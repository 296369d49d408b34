extension WorkbookDocument {
    /// One worksheet: its cells and how it is shown (column widths, frozen panes, comments) and
    /// checked (data validation).
    public struct Sheet: Sendable, Hashable {
        /// A run of columns with one width and, optionally, a style for cells typed into them.
        public struct Columns: Sendable, Hashable {
            public var range: ClosedRange<Int>
            /// In characters of the default font, as Excel counts them.
            public var width: Double
            public var style: Style?

            public init(_ range: ClosedRange<Int>, width: Double, style: Style? = nil) {
                self.range = range
                self.width = width
                self.style = style
            }
        }

        /// Where frozen panes split a sheet: this many rows at the top and columns at the left.
        public struct Pane: Sendable, Hashable {
            public var rows: Int
            public var columns: Int

            public init(rows: Int, columns: Int) {
                self.rows = rows
                self.columns = columns
            }
        }

        /// A note attached to a cell, shown when the pointer rests on it.
        public struct Comment: Sendable, Hashable {
            public var row: Int
            public var column: Int
            public var text: String
            /// The size of the note's box in pixels; nil keeps the program's default.
            public var width: Int?
            public var height: Int?

            public init(row: Int, column: Int, text: String, width: Int? = nil, height: Int? = nil) {
                self.row = row
                self.column = column
                self.text = text
                self.width = width
                self.height = height
            }
        }

        public var name: String
        public var cells: [Cell] = []
        public var columns: [Columns] = []
        /// Row heights in points, for rows that need more than one line.
        public var rowHeights: [Int: Double] = [:]
        /// The rows above and the columns left of this cell stay in view while scrolling.
        public var frozen: Pane?
        public var comments: [Comment] = []
        public var validations: [Validation] = []
        public var showsGridlines = true
        /// The colour of the sheet's tab, as 0xRRGGBB.
        public var tabColor: UInt32?
        /// Printed on A4, scaled to fit the page's width.
        public var fitsPageWidth = false

        public init(name: String) {
            self.name = name
        }

        /// Puts a value in a cell; a later value for the same cell replaces an earlier one.
        public mutating func set(row: Int, column: Int, _ value: Cell.Value, style: Style = Style()) {
            cells.append(Cell(row: row, column: column, value: value, style: style))
        }

        /// The value in a cell, if one was set.
        public func value(row: Int, column: Int) -> Cell.Value? {
            cells.last { $0.row == row && $0.column == column }?.value
        }
    }
}
