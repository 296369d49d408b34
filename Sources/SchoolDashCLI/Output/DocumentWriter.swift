import SchoolRender

/// Writes publications in the asked formats: one PDF with every page, and one PNG or SVG per
/// page (`_p1`, `_p2` … when there are several).
struct DocumentWriter: Sendable {
    let renderer: Renderer
    let folder: OutputFolder
    let formats: [BuildOptions.Format]
    let dpi: Double
    let metadata: @Sendable (Publication) -> PDFMetadata

    /// The files of one publication, in a fixed order, with the number of pages drawn.
    func write(_ publication: Publication) throws -> (entries: [Manifest.Entry], pages: Int) {
        try write([publication])[0]
    }

    /// The files of each publication, in a fixed order per publication, with its number of
    /// pages. The PDFs of a batch are drawn together and cut apart (``Renderer/pdfFiles(_:)``),
    /// so a ward's files share one embedding of the fonts each.
    func write(_ publications: [Publication]) throws -> [(entries: [Manifest.Entry], pages: Int)] {
        let pages = publications.map { $0.pages() }
        let pdfs = formats.contains(.pdf)
            ? try renderer.pdfFiles(zip(publications, pages).map { PDFPart(metadata: metadata($0), pages: $1) })
            : []
        return try publications.indices.map { position in
            let publication = publications[position], pages = pages[position]
            var entries: [Manifest.Entry] = []
            for format in formats {
                switch format {
                case .pdf:
                    let path = publication.name + ".pdf"
                    try folder.write(pdfs[position], to: path)
                    entries.append(.init(path: path, publication: publication, format: "pdf", pages: pages.count))
                case .png, .svg:
                    for (index, page) in pages.enumerated() {
                        let path = publication.name + (pages.count > 1 ? "_p\(index + 1)" : "") + "." + format.rawValue
                        let bytes = format == .png ? try renderer.png(page, dpi: dpi) : try renderer.svg(page)
                        try folder.write(bytes, to: path)
                        entries.append(.init(path: path, publication: publication, format: format.rawValue, pages: nil))
                    }
                case .docx:
                    continue // reports are documents of their own, written by ``ReportFiles``
                }
            }
            return (entries, pages.count)
        }
    }
}
