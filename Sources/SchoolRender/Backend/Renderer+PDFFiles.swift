internal import CCairo

/// One PDF file of several drawn together: what it says about itself and its pages.
public struct PDFPart: Sendable {
    public var metadata: PDFMetadata
    public var pages: [DisplayList]

    public init(metadata: PDFMetadata, pages: [DisplayList]) {
        self.metadata = metadata
        self.pages = pages
    }
}

extension PDFPart {
    var canBeCopied: Bool {
        !pages.isEmpty && pages.allSatisfy { page in
            !page.commands.contains { command in
                switch command {
                case .link, .destination: true
                default: false
                }
            }
        }
    }
}

extension Renderer {
    /// The bytes of one PDF file per part, in order. The pages of all parts are drawn into one
    /// document, so Cairo subsets, embeds and compresses the fonts once; each part's file is
    /// then cut from it by copying its pages' objects (``PDFPageCopier``). A part alone, one
    /// without pages, and one with links or destinations (which live in the whole document's
    /// catalog) are drawn as documents of their own.
    public func pdfFiles(_ parts: [PDFPart]) throws -> [[UInt8]] {
        guard parts.count > 1, parts.allSatisfy(\.canBeCopied) else {
            return try parts.map { part in try pdfBytes(part.pages, metadata: part.metadata) }
        }
        let together = try pdfBytes(parts.flatMap(\.pages), metadata: parts[0].metadata)
        let copier: PDFPageCopier
        do {
            copier = try PDFPageCopier(together)
        } catch {
            throw RenderError("could not read back the PDF Cairo wrote for “\(parts[0].metadata.title)” …: \(error)")
        }
        var first = 0
        return try parts.map { part in
            let pages = first..<(first + part.pages.count)
            first = pages.upperBound
            do {
                return try copier.file(pages: pages, information: Self.information(part.metadata))
            } catch {
                throw RenderError("could not copy the pages of “\(part.metadata.title)”: \(error)")
            }
        }
    }

    /// One PDF document of `pages`, in memory.
    func pdfBytes(_ pages: [DisplayList], metadata: PDFMetadata) throws -> [UInt8] {
        let sink = ByteSink()
        do {
            let document = try PDFDocument(sink: sink, name: metadata.title, metadata: metadata, fonts: fonts)
            for page in pages { try document.add(page) }
            try document.finish()
        }
        return sink.bytes
    }

    /// The document information Cairo writes for `metadata`, in its order.
    static func information(_ metadata: PDFMetadata) -> [(key: String, value: String)] {
        let date = "D:" + metadata.creationDate.filter { $0 != "-" && $0 != ":" && $0 != "T" }
        return [("Producer", "cairo \(String(cString: cairo_version_string())) (https://cairographics.org)"),
                ("Title", metadata.title), ("Author", metadata.author), ("Subject", metadata.subject), ("Creator", "schooldash"),
                ("CreationDate", date), ("ModDate", date)]
    }
}
