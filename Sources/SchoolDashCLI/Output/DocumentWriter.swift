import SchoolRender

/// Writes one publication in the asked formats: one PDF with every page, and one PNG or SVG
/// per page (`_p1`, `_p2` … when there are several).
struct DocumentWriter: Sendable {
    let renderer: Renderer
    let folder: OutputFolder
    let formats: [BuildOptions.Format]
    let dpi: Double
    let metadata: @Sendable (Publication) -> PDFMetadata

    /// The files written, in a fixed order, with the number of pages drawn.
    func write(_ publication: Publication) throws -> (entries: [Manifest.Entry], pages: Int) {
        let pages = publication.pages()
        var entries: [Manifest.Entry] = []
        for format in formats {
            switch format {
            case .pdf:
                let path = publication.name + ".pdf"
                try folder.produce(path) { temporary in
                    let document = try renderer.pdf(at: temporary, metadata: metadata(publication))
                    for page in pages { try document.add(page) }
                    try document.finish()
                }
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
