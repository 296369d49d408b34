internal import CCairo
import Foundation

/// The symbols Noto Sans lacks (− ▲ ▼ ✓ ✗ ○ ≤ ≥), drawn as paths by a Cairo user font of our own,
/// in a regular and a bold weight.
///
/// PDF gets it as a small Type 3 font with a ToUnicode map, so the symbols stay text that
/// `pdftotext` reads and a reader copies (a minus must never fall out of “−3”); PNG and SVG get
/// the same outlines. Measures are in ems: the minus is Noto Sans's plus sign without its
/// upright (its width, height and stroke in each weight), ≤ and ≥ its `<` and `>` over such a
/// bar; ▲ ▼ ✓ ✗ ○ keep the advances and the size of the DejaVu Sans glyphs they replace.
/// Cairo writes one small Type 3 font per weight and size that a page uses.
enum SymbolFont {
    /// One symbol: its advance and the filled outline it draws in each weight, in ems, y down.
    struct Glyph: Sendable {
        let scalar: Unicode.Scalar
        let advance: Double
        let regular: [Outline]
        let bold: [Outline]

        init(_ scalar: Unicode.Scalar, advance: Double, regular: [Outline], bold: [Outline]? = nil) {
            self.scalar = scalar
            self.advance = advance
            self.regular = regular
            self.bold = bold ?? regular
        }
    }

    /// A filled piece of a glyph.
    enum Outline: Sendable {
        case rectangle(x: Double, y: Double, width: Double, height: Double)
        case polygon([(Double, Double)])
        /// A stroke from one point to another, `width` thick with round ends.
        case capsule(from: (Double, Double), to: (Double, Double), width: Double)
        case ring(center: (Double, Double), outer: Double, inner: Double)
    }

    /// The stroke of ✓, ✗ and ○ in each weight (Noto Sans's plus is 0.071 and 0.107 thick).
    private static let stroke = (regular: 0.082, bold: 0.115)

    private static func check(_ width: Double) -> [Outline] {
        let corner = (0.315, -0.145)
        return [.capsule(from: (0.195, -0.315), to: corner, width: width), .capsule(from: corner, to: (0.625, -0.590), width: width)]
    }

    private static func cross(_ width: Double) -> [Outline] {
        // A ballot cross: the stroke rising to the right is the longer, as a pen draws it.
        [.capsule(from: (0.195, -0.060), to: (0.640, -0.690), width: width),
         .capsule(from: (0.240, -0.640), to: (0.600, -0.100), width: width)]
    }

    private static func circle(_ width: Double) -> [Outline] {
        [.ring(center: (0.4365, -0.2595), outer: 0.3815, inner: 0.3815 - width * 0.75)]
    }

    /// ≤ as Noto Sans Math draws it: Noto Sans's `<` raised over a bar as thick as the minus;
    /// mirrored, ≥.
    private static func lessOrEqual(bold: Bool, mirrored: Bool) -> [Outline] {
        let chevron = bold
            ? [(0.528, -0.179), (0.043, -0.393), (0.043, -0.463), (0.528, -0.705), (0.528, -0.588), (0.194, -0.433), (0.528, -0.296)]
            : [(0.521, -0.166), (0.050, -0.373), (0.050, -0.423), (0.521, -0.658), (0.521, -0.580), (0.144, -0.402), (0.521, -0.244)]
        let bar: Outline = bold ? .rectangle(x: 0.043, y: -0.130, width: 0.485, height: 0.107)
            : .rectangle(x: 0.050, y: -0.118, width: 0.471, height: 0.071)
        return [.polygon(mirrored ? chevron.map { (0.572 - $0.0, $0.1) } : chevron), bar]
    }

    /// Glyph 1 upward; glyph 0 (asked for nothing else) draws nothing.
    static let glyphs: [Glyph] = [
        // Noto Sans's plus: its bar spans x 0.050–0.520 at y −0.388…−0.317 (bold 0.043–0.528, −0.406…−0.299).
        Glyph("\u{2212}", advance: 0.572, regular: [.rectangle(x: 0.050, y: -0.388, width: 0.470, height: 0.071)],
              bold: [.rectangle(x: 0.043, y: -0.406, width: 0.485, height: 0.107)]),
        Glyph("\u{25B2}", advance: 0.769, regular: [.polygon([(0.003, 0.123), (0.384, -0.643), (0.766, 0.123)])]),
        Glyph("\u{25BC}", advance: 0.769, regular: [.polygon([(0.003, -0.643), (0.766, -0.643), (0.384, 0.123)])]),
        Glyph("\u{2713}", advance: 0.838, regular: check(stroke.regular), bold: check(stroke.bold)),
        Glyph("\u{2717}", advance: 0.838, regular: cross(stroke.regular), bold: cross(stroke.bold)),
        Glyph("\u{25CB}", advance: 0.873, regular: circle(stroke.regular), bold: circle(stroke.bold)),
        Glyph("\u{2264}", advance: 0.572, regular: lessOrEqual(bold: false, mirrored: false), bold: lessOrEqual(bold: true, mirrored: false)),
        Glyph("\u{2265}", advance: 0.572, regular: lessOrEqual(bold: false, mirrored: true), bold: lessOrEqual(bold: true, mirrored: true)),
    ]

    /// The characters the font has.
    static let scalars: Set<UInt32> = Set(glyphs.map(\.scalar.value))

    /// The face of `weight`, made once for the process; Cairo faces may be shared between threads.
    static func face(_ weight: FontWeight) -> OpaquePointer {
        weight == .bold ? bold : regular
    }

    nonisolated(unsafe) private static let regular: OpaquePointer = makeFace(render: { _, glyph, cr, extents in
        SymbolFont.render(glyph: glyph, weight: .regular, cr: cr, extents: extents)
    })
    nonisolated(unsafe) private static let bold: OpaquePointer = makeFace(render: { _, glyph, cr, extents in
        SymbolFont.render(glyph: glyph, weight: .bold, cr: cr, extents: extents)
    })

    private static func makeFace(render: cairo_user_scaled_font_render_glyph_func_t) -> OpaquePointer {
        let face = cairo_user_font_face_create()!
        cairo_user_font_face_set_init_func(face) { _, _, extents in
            // Noto Sans's line: ascent and descent, so a run of symbols sits in the same line box.
            extents?.pointee = cairo_font_extents_t(ascent: 1.069, descent: 0.293, height: 1.362,
                                                    max_x_advance: 0.873, max_y_advance: 0)
            return CAIRO_STATUS_SUCCESS
        }
        cairo_user_font_face_set_unicode_to_glyph_func(face) { _, unicode, glyph in
            let index = SymbolFont.glyphs.firstIndex { UInt(truncatingIfNeeded: $0.scalar.value) == unicode }
            glyph?.pointee = UInt(index.map { $0 + 1 } ?? 0)
            return CAIRO_STATUS_SUCCESS
        }
        cairo_user_font_face_set_render_glyph_func(face, render)
        return face
    }

    private static func render(glyph index: UInt, weight: FontWeight, cr: OpaquePointer?,
                               extents: UnsafeMutablePointer<cairo_text_extents_t>?) -> cairo_status_t {
        guard let cr, index >= 1, Int(index) <= glyphs.count else {
            extents?.pointee.x_advance = 0
            return CAIRO_STATUS_SUCCESS
        }
        let glyph = glyphs[Int(index) - 1]
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        for piece in weight == .bold ? glyph.bold : glyph.regular { trace(piece, cr) }
        cairo_fill(cr)
        extents?.pointee.x_advance = glyph.advance
        return CAIRO_STATUS_SUCCESS
    }

    /// Adds `piece` to the path; pieces that overlap run the same way round, so they fill as one.
    private static func trace(_ piece: Outline, _ cr: OpaquePointer) {
        switch piece {
        case .rectangle(let x, let y, let width, let height):
            cairo_rectangle(cr, x, y, width, height)
        case .polygon(let points):
            for (index, point) in points.enumerated() {
                if index == 0 { cairo_move_to(cr, point.0, point.1) } else { cairo_line_to(cr, point.0, point.1) }
            }
            cairo_close_path(cr)
        case .capsule(let from, let to, let width):
            let angle = atan2(to.1 - from.1, to.0 - from.0)
            cairo_new_sub_path(cr)
            cairo_arc(cr, to.0, to.1, width / 2, angle - .pi / 2, angle + .pi / 2)
            cairo_arc(cr, from.0, from.1, width / 2, angle + .pi / 2, angle + 3 * .pi / 2)
            cairo_close_path(cr)
        case .ring(let center, let outer, let inner):
            cairo_new_sub_path(cr)
            cairo_arc(cr, center.0, center.1, outer, 0, 2 * .pi)
            cairo_close_path(cr)
            cairo_new_sub_path(cr)
            cairo_arc_negative(cr, center.0, center.1, inner, 2 * .pi, 0)
            cairo_close_path(cr)
        }
    }
}
