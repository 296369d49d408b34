import SchoolMetrics
import SchoolRender

/// `schooldash gallery`: every chart kind on the stress set, as PNG and SVG files and one PDF.
struct GalleryCommand {
    var options: GalleryOptions
    var console: Console

    func run() -> ExitCode {
        do {
            let folder = try OutputFolder(options.out)
            let renderer = try Renderer()
            let pages = Gallery.pages(theme: Theme(language: options.language, measurer: renderer.measurer))
            for (name, page) in pages {
                try folder.write(try renderer.png(page, dpi: Double(options.dpi)), to: "\(name).png")
                try folder.write(try renderer.svg(page), to: "\(name).svg")
            }
            try folder.produce("gallery.pdf") { path in
                let document = try renderer.pdf(at: path, metadata: PDFMetadata(title: "schooldash gallery"))
                for (_, page) in pages { try document.add(page) }
                try document.finish()
            }
            console.err("\(pages.count) charts written to \(options.out)")
            return .ok
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
    }
}
