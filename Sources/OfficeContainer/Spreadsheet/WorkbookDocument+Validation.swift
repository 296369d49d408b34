extension WorkbookDocument {
    /// What may be typed into a block of cells; anything else is refused with `message`.
    public struct Validation: Sendable, Hashable {
        /// The rule a cell's value must follow. An empty cell always passes.
        public enum Rule: Sendable, Hashable {
            /// One of these texts, offered in a drop-down list.
            case list([String])
            /// A whole number no smaller than this.
            case wholeNumber(atLeast: Int)
            /// Any number in this range.
            case decimal(ClosedRange<Double>)
        }

        public var rows: ClosedRange<Int>
        public var columns: ClosedRange<Int>
        public var rule: Rule
        /// Title and text of the message shown when a value breaks the rule (up to 32 and 255 characters).
        public var title: String
        public var message: String

        public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>, rule: Rule, title: String = "", message: String = "") {
            self.rows = rows
            self.columns = columns
            self.rule = rule
            self.title = title
            self.message = message
        }
    }
}
