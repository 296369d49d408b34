/// A section of a Word document: its page and margins, and what it holds.
public struct WordSection: Sendable {
    /// A page's size and margins in twentieths of a point (twips, 1,440 to the inch).
    public struct Page: Sendable, Equatable {
        public var width: Int
        public var height: Int
        public var top: Int
        public var bottom: Int
        public var left: Int
        public var right: Int

        public init(width: Int, height: Int, top: Int, bottom: Int, left: Int, right: Int) {
            self.width = width
            self.height = height
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
        }

        /// A4 portrait (210 × 297 mm) with margins in millimetres.
        public static func a4Portrait(top: Double, bottom: Double, left: Double, right: Double) -> Page {
            Page(width: 11906, height: 16838, top: twips(top), bottom: twips(bottom), left: twips(left), right: twips(right))
        }

        /// Millimetres as twips, rounded.
        public static func twips(_ millimetres: Double) -> Int { Int((millimetres / 25.4 * 1440).rounded()) }

        /// The width between the margins, in twips.
        public var textWidth: Int { width - left - right }

        /// The width between the margins in EMU (635 to the twip), the most a picture may take.
        public var textWidthEMU: Int { textWidth * 635 }
    }

    /// What a section holds, in order.
    public enum Block: Sendable {
        case paragraph(WordParagraph)
        case table(WordTable)
    }

    public var page: Page
    public var blocks: [Block]

    public init(page: Page, blocks: [Block] = []) {
        self.page = page
        self.blocks = blocks
    }
}
