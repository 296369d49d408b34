internal import CCairo
import Foundation
import SchoolMetrics

/// What a PDF says about itself.
public struct PDFMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    /// ISO 8601, e.g. `2026-01-01T00:00:00Z`; from `SOURCE_DATE_EPOCH` or a fixed value, never the clock.
    public var creationDate: String

    public init(title: String, author: String = "schooldash", subject: String = "", creationDate: String = PDFMetadata.processDate) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creationDate = creationDate
    }

    /// ``reproducibleDate(environment:)`` of this process, worked out once.
    public static let processDate = reproducibleDate()

    /// `SOURCE_DATE_EPOCH` as an ISO 8601 date when it is set and valid, else 2000-01-01.
    public static func reproducibleDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = SourceDate.seconds(environment: environment)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

/// A PDF being written page by page: each page goes to the file as it is finished, so memory
/// does not grow with the number of pages.
///
/// All pages are drawn through one context, inside one `Document` structure element. Cairo 1.16
/// writes a damaged file (its parent tree names objects it never writes) when a link stands
/// outside any structure element; inside one, links keep their `/Dest` and `qpdf --check` is clean
/// (`../shared/repro/cairo-link-tags.c` shows both). The element begins after the first page's
/// size is set: begun before it, Cairo 1.16 drops the structure tree and the damage returns.
public final class PDFDocument {
    private let surface: CairoSurface
    private let context: CairoContext
    private let fonts: FontSet
    private let path: String
    public private(set) var pageCount = 0
    private var finished = false

    convenience init(path: String, metadata: PDFMetadata, fonts: FontSet) throws {
        try self.init(surface: CairoSurface(cairo_pdf_surface_create(path, Size.a4Landscape.width, Size.a4Landscape.height),
                                            what: "could not create \(path)"),
                      path: path, metadata: metadata, fonts: fonts)
    }

    /// A PDF written into `sink` instead of a file; `name` stands for it in messages.
    convenience init(sink: ByteSink, name: String, metadata: PDFMetadata, fonts: FontSet) throws {
        try self.init(surface: CairoSurface(cairo_pdf_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                                                Size.a4Landscape.width, Size.a4Landscape.height),
                                            what: "could not create \(name)"),
                      path: name, metadata: metadata, fonts: fonts)
    }

    private init(surface: CairoSurface, path: String, metadata: PDFMetadata, fonts: FontSet) throws {
        self.path = path
        self.fonts = fonts
        self.surface = surface
        let pointer = surface.pointer
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATOR, "schooldash")
        // Cairo stamps the current time unless told otherwise; a fixed date keeps files reproducible.
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)
        context = try CairoContext(surface)
    }

    /// The structure element that holds every page's content.
    private static let structure = "Document"

    /// Draws one page of the list's size.
    public func add(_ page: DisplayList) throws {
        cairo_pdf_surface_set_size(surface.pointer, page.size.width, page.size.height)
        if pageCount == 0 { cairo_tag_begin(context.pointer, Self.structure, "") }
        try Painter(context: context, fonts: fonts).play(page)
        cairo_show_page(context.pointer)
        try context.check("could not write page \(pageCount + 1) of \(path)")
        pageCount += 1
    }

    /// Adds an outline (bookmark) entry that opens `destination`; returns its id, to nest entries under it.
    @discardableResult
    public func addOutline(_ title: String, destination: String, parent: Int = 0, open: Bool = false) -> Int {
        let escaped = destination.replacingOccurrences(of: "'", with: "\\'")
        return Int(cairo_pdf_surface_add_outline(surface.pointer, Int32(parent), title, "dest='\(escaped)'",
                                                 open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)))
    }

    /// Completes the file; nothing may be added afterwards.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        if pageCount > 0 { cairo_tag_end(context.pointer, Self.structure) }
        try context.check("could not complete \(path)")
        try surface.finish("could not complete \(path)")
    }
}
