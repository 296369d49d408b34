extension Spreadsheet {
    /// One cell that holds something: where it is, what it holds, and how it is shown.
    public struct Cell: Sendable, Equatable {
        /// What a cell holds.
        public enum Value: Sendable, Equatable {
            /// Text: a shared string (its rich-text runs joined), an inline string, or a formula's text.
            case text(String)
            /// A number, as Excel stores every number: a double.
            case number(Double)
            case boolean(Bool)
            /// An error value such as `#DIV/0!` or `#N/A`.
            case error(String)
            /// A formula saved without its result (a program that does not calculate wrote it).
            case formulaWithoutValue(formula: String)
        }

        /// How the cell's number format shows a number.
        public enum Format: Sendable, Equatable {
            case general
            /// A percent format (built-in 9 and 10, or a custom one with `%`): 0.947 shows as 94.7 %.
            case percent
            /// A date or time format: the number counts days.
            case date
        }

        public var reference: CellReference
        public var value: Value
        public var format: Format
        /// True when the value is a formula's cached result.
        public var isFormula: Bool

        public init(reference: CellReference, value: Value, format: Format = .general, isFormula: Bool = false) {
            self.reference = reference
            self.value = value
            self.format = format
            self.isFormula = isFormula
        }
    }
}
