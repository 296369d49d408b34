/// A paragraph of a Word document: a style, an alignment, and runs of text or pictures.
public struct WordParagraph: Sendable {
    /// A piece of text with one formatting, or an inline picture.
    public enum Run: Sendable {
        case text(String, bold: Bool = false, italic: Bool = false)
        case picture(WordPicture)
    }

    public enum Alignment: String, Sendable {
        case left, center, right, both
    }

    /// The id of a style of ``WordStyles``, e.g. `Heading1`; nil for Normal.
    public var style: String?
    public var alignment: Alignment?
    public var runs: [Run]
    /// Keep with the next paragraph (a picture with its caption, a heading with its text).
    public var keepWithNext: Bool

    public init(style: String? = nil, alignment: Alignment? = nil, keepWithNext: Bool = false, runs: [Run]) {
        self.style = style
        self.alignment = alignment
        self.keepWithNext = keepWithNext
        self.runs = runs
    }

    /// A paragraph of plain text.
    public init(_ text: String, style: String? = nil, alignment: Alignment? = nil, keepWithNext: Bool = false) {
        self.init(style: style, alignment: alignment, keepWithNext: keepWithNext, runs: [.text(text)])
    }
}
