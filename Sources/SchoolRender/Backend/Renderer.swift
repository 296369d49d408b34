internal import CCairo
import Foundation

/// The drawing engine: the fonts, a text measurer that matches them, and the three outputs.
///
/// Create one per process and share it between threads; every output call makes its own surface.
public final class Renderer: Sendable {
    let fonts: FontSet
    /// The measurer charts lay text out with; it measures with the same fonts that draw.
    public let measurer: any TextMeasurer

    /// Loads the fonts through fontconfig and checks that they have every Vietnamese letter.
    public init(family: String = "Noto Sans", fallbackFamily: String = "DejaVu Sans") throws {
        fonts = try FontSet(family: family, fallbackFamily: fallbackFamily)
        measurer = CairoTextMeasurer(fonts: fonts)
    }

    /// The file of the main font, e.g. `/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf`.
    public var fontFile: String { fonts.regular.file }

    /// A PNG of the list at `dpi` dots per inch (the page is `size` points, 72 to the inch),
    /// with a `pHYs` chunk recording that resolution.
    public func png(_ list: DisplayList, dpi: Double = 150) throws -> [UInt8] {
        let image = try image(list, dpi: dpi)
        return try PNGEncoder.encode(image, dpi: dpi)
    }

    /// The list drawn into pixels on white.
    public func raster(_ list: DisplayList, dpi: Double = 150) throws -> Raster {
        let image = try image(list, dpi: dpi)
        var rgb = [UInt8](repeating: 0, count: image.width * image.height * 3)
        rgb.withUnsafeMutableBufferPointer { target in
            for row in 0..<image.height {
                for column in 0..<image.width {
                    let pixel = image.pixel(row: row, column: column), at = (row * image.width + column) * 3
                    target[at] = UInt8(truncatingIfNeeded: pixel >> 16)
                    target[at + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    target[at + 2] = UInt8(truncatingIfNeeded: pixel)
                }
            }
        }
        return Raster(width: image.width, height: image.height, rgb: rgb)
    }

    /// The list drawn on white into a Cairo image, whose pixels the PNG encoder reads in place.
    private func image(_ list: DisplayList, dpi: Double) throws -> CairoImage {
        let scale = dpi / 72
        let width = Int((list.size.width * scale).rounded(.up)), height = Int((list.size.height * scale).rounded(.up))
        guard width > 0, height > 0, width <= 30_000, height <= 30_000 else {
            throw RenderError("an image of \(width) × \(height) pixels is out of range; choose a lower DPI")
        }
        let surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)),
                                       what: "could not create a \(width) × \(height) image")
        do {
            let context = try CairoContext(surface)
            cairo_set_source_rgb(context.pointer, 1, 1, 1)
            cairo_paint(context.pointer)
            cairo_scale(context.pointer, scale, scale)
            try Painter(context: context, fonts: fonts).play(list)
        }
        cairo_surface_flush(surface.pointer)
        try surface.check("drawing the image failed")
        guard let data = cairo_image_surface_get_data(surface.pointer) else { throw RenderError("the image has no pixels") }
        return CairoImage(surface: surface, pixels: UnsafeRawPointer(data), stride: Int(cairo_image_surface_get_stride(surface.pointer)),
                          width: width, height: height)
    }

    /// An SVG of the list.
    public func svg(_ list: DisplayList) throws -> [UInt8] {
        let sink = ByteSink()
        do {
            let surface = try CairoSurface(
                cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(),
                                                    list.size.width, list.size.height),
                what: "could not create an SVG")
            do {
                let context = try CairoContext(surface)
                try Painter(context: context, fonts: fonts).play(list)
            }
            try surface.finish("writing the SVG failed")
        }
        return Self.numberedFromOne(sink.bytes)
    }

    /// Cairo names an SVG's top group after a process-wide surface counter (`surface459`);
    /// renaming it `surface1` makes the same page give the same bytes in any run.
    static func numberedFromOne(_ svg: [UInt8]) -> [UInt8] {
        let text = String(decoding: svg, as: UTF8.self)
        let renamed = text.replacingOccurrences(of: #"surface[0-9]+"#, with: "surface1", options: .regularExpression)
        return Array(renamed.utf8)
    }

    /// Starts a PDF at `path`; add pages, then `finish()`.
    public func pdf(at path: String, metadata: PDFMetadata) throws -> PDFDocument {
        try PDFDocument(path: path, metadata: metadata, fonts: fonts)
    }
}

/// Collects what a Cairo stream surface writes.
final class ByteSink {
    var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
