import Foundation

/// A WordprocessingML document (`.docx`) the project writes: sections of paragraphs, tables
/// and inline PNG pictures over ``WordStyles``, with its title and dates in the document
/// properties, packed by ``ZipWriter`` so that the same document gives the same bytes.
public struct WordDocument: Sendable {
    /// The XML namespaces of the parts.
    public enum Namespace {
        public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        public static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        public static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
        public static let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
        public static let pic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
        static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    }

    public var sections: [WordSection]
    public var styles: WordStyles
    public var title: String
    public var subject: String
    /// Seconds since 1970 for the created and modified dates and the zip entries' times:
    /// from `SOURCE_DATE_EPOCH` or another fixed value, never the clock.
    public var date: Int

    public init(sections: [WordSection], styles: WordStyles = WordStyles(), title: String, subject: String = "", date: Int) {
        self.sections = sections
        self.styles = styles
        self.title = title
        self.subject = subject
        self.date = date
    }

    /// The `.docx` file's bytes.
    public func package() throws(ZipWriter.Failure) -> [UInt8] {
        let body = Body(self)
        let zip = try ZipWriter(entryTime: date)
        try zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        try zip.add("_rels/.rels", Array(packageRelationships.utf8))
        try zip.add("docProps/core.xml", Array(coreProperties.utf8))
        try zip.add("docProps/app.xml", Array(appProperties.utf8))
        try zip.add("word/document.xml", Array(body.xml.utf8))
        try zip.add("word/styles.xml", Array(styles.xml.utf8))
        try zip.add("word/settings.xml", Array(settings.utf8))
        try zip.add("word/_rels/document.xml.rels", Array(body.relationships.utf8))
        for (index, picture) in body.pictures.enumerated() {
            try zip.add("word/media/" + Body.mediaName(index), picture.png)
        }
        return try zip.finish()
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>"
    }

    private var packageRelationships: String {
        Self.declaration + "<Relationships xmlns=\"\(Namespace.relationships)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(Namespace.officeDocument)/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(Namespace.officeDocument)/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    /// The date as W3C date-time, `2000-01-01T00:00:00Z`.
    var isoDate: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(date)))
    }

    private var coreProperties: String {
        Self.declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:subject>\(XMLText.escape(subject))</dc:subject>"
            + "<dc:creator>schooldash</dc:creator><cp:lastModifiedBy>schooldash</cp:lastModifiedBy>"
            + "<dc:language>\(XMLText.escape(styles.language))</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(isoDate)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(isoDate)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    private var appProperties: String {
        Self.declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>schooldash</Application></Properties>"
    }

    private var settings: String {
        Self.declaration + "<w:settings xmlns:w=\"\(Namespace.w)\"><w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(XMLText.escape(styles.language))\"/></w:settings>"
    }
}
