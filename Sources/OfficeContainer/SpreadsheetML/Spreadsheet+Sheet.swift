extension Spreadsheet {
    /// One worksheet: its name as the tab shows it and its rows that hold cells.
    public struct Sheet: Sendable {
        public var name: String
        /// The rows holding at least one cell, in order; empty rows are not kept.
        public var rows: [Row]

        public init(name: String, rows: [Row]) {
            self.name = name
            self.rows = rows
        }

        /// The cell at a reference, or nil when it is empty.
        public func cell(_ reference: CellReference) -> Cell? {
            rows.first { $0.number == reference.row }?.cells.first { $0.reference.column == reference.column }
        }
    }

    /// One row of a sheet: its 1-based number and its cells left to right.
    public struct Row: Sendable {
        public var number: Int
        public var cells: [Cell]

        public init(number: Int, cells: [Cell]) {
            self.number = number
            self.cells = cells
        }
    }
}
