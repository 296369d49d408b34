/// The styles part (`word/styles.xml`): Normal in one face and size, real Heading 1–3 (so a
/// user's template restyles the document in one click), Caption, a table text style and a
/// bordered table style.
public struct WordStyles: Sendable {
    /// The style ids paragraphs and tables refer to.
    public enum ID {
        public static let normal = "Normal"
        public static let heading1 = "Heading1"
        public static let heading2 = "Heading2"
        public static let heading3 = "Heading3"
        public static let caption = "Caption"
        /// A paragraph holding a picture: single line spacing (Word multiplies a picture's line
        /// by the spacing too), centred, kept with its caption.
        public static let figure = "Figure"
        public static let tableText = "TableText"
        public static let tableGrid = "TableGrid"
    }

    /// The face of every style, e.g. `Times New Roman`.
    public var font: String
    /// Normal's size in points (13 or 14 for administrative documents).
    public var size: Double
    /// The language of the text, e.g. `vi-VN`.
    public var language: String

    public init(font: String = "Times New Roman", size: Double = 13, language: String = "vi-VN") {
        self.font = font
        self.size = size
        self.language = language
    }

    /// Points as Word's half-points.
    private func half(_ points: Double) -> Int { Int((points * 2).rounded()) }

    private func runProperties(size points: Double, bold: Bool = false, italic: Bool = false) -> String {
        let face = XMLText.escape(font)
        return "<w:rPr><w:rFonts w:ascii=\"\(face)\" w:hAnsi=\"\(face)\" w:eastAsia=\"\(face)\" w:cs=\"\(face)\"/>"
            + (bold ? "<w:b/><w:bCs/>" : "") + (italic ? "<w:i/><w:iCs/>" : "")
            + "<w:sz w:val=\"\(half(points))\"/><w:szCs w:val=\"\(half(points))\"/></w:rPr>"
    }

    private func paragraphStyle(_ id: String, name: String, outline: Int? = nil, paragraph: String, size: Double,
                                bold: Bool = false, italic: Bool = false) -> String {
        "<w:style w:type=\"paragraph\"\(id == ID.normal ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + (id == ID.normal ? "" : "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>")
            + (outline != nil ? "<w:uiPriority w:val=\"9\"/>" : "") + "<w:qFormat/>"
            + "<w:pPr>" + paragraph + (outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "") + "</w:pPr>"
            + runProperties(size: size, bold: bold, italic: italic) + "</w:style>"
    }

    /// The XML of `word/styles.xml`.
    public var xml: String {
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:styles xmlns:w=\"\(WordDocument.Namespace.w)\">"
            + "<w:docDefaults><w:rPrDefault>"
            + runProperties(size: size).replacingOccurrences(of: "</w:rPr>", with: "<w:lang w:val=\"\(XMLText.escape(language))\" w:eastAsia=\"\(XMLText.escape(language))\" w:bidi=\"ar-SA\"/></w:rPr>")
            + "</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + paragraphStyle(ID.normal, name: "Normal", paragraph: "<w:jc w:val=\"both\"/>", size: size)
            + paragraphStyle(ID.heading1, name: "heading 1", outline: 0,
                             paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                             size: size + 3, bold: true)
            + paragraphStyle(ID.heading2, name: "heading 2", outline: 1,
                             paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"left\"/>",
                             size: size + 1, bold: true)
            + paragraphStyle(ID.heading3, name: "heading 3", outline: 2,
                             paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"160\" w:after=\"80\"/><w:jc w:val=\"left\"/>",
                             size: size, bold: true, italic: true)
            + paragraphStyle(ID.caption, name: "caption", paragraph: "<w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                             size: size - 1, italic: true)
            + paragraphStyle(ID.figure, name: "Figure", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
                             size: size)
            + paragraphStyle(ID.tableText, name: "Table Text", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
                             size: size - 1)
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"\(ID.tableGrid)\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>"
            + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders>\(borders)</w:tblBorders></w:tblPr></w:style>"
            + "</w:styles>"
    }
}
