/// A PNG picture placed inline at its physical size, with the text a screen reader says.
public struct WordPicture: Sendable {
    public var png: [UInt8]
    public var info: PNGInfo
    /// The alternative text (`wp:docPr descr`).
    public var description: String

    /// Reads the picture's size from its bytes.
    public init(png: [UInt8], description: String) throws(PNGInfo.Failure) {
        self.png = png
        info = try PNGInfo(png)
        self.description = description
    }
}
