internal import CCairo
import Foundation

/// One font file found through fontconfig, or our own symbol font, opened as a Cairo face, with
/// the characters it has.
final class FontFace: @unchecked Sendable {
    let family: String
    /// The font file; empty for the symbol font, which has none.
    let file: String
    let face: OpaquePointer
    private let coverage: Coverage
    /// A scaled font at 100 pt without hinting, for measuring advances that scale linearly.
    private let measuringFont: OpaquePointer

    /// The best match for `request` (a fontconfig name such as `Noto Sans:bold`), or nil when
    /// fontconfig finds nothing or only a font of another family.
    init?(matching request: String, family wanted: String) {
        guard let config = FontFace.configuration,
              let query = FcNameParse(request) else { return nil }
        defer { FcPatternDestroy(query) }
        FcConfigSubstitute(config, query, FcMatchPattern)
        FcDefaultSubstitute(query)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(config, query, &result), result == FcResultMatch else { return nil }
        var familyValue: UnsafeMutablePointer<FcChar8>?
        var fileValue: UnsafeMutablePointer<FcChar8>?
        var charsetValue: OpaquePointer?
        guard FcPatternGetString(match, FC_FAMILY, 0, &familyValue) == FcResultMatch, let familyValue,
              FcPatternGetString(match, FC_FILE, 0, &fileValue) == FcResultMatch, let fileValue,
              FcPatternGetCharSet(match, FC_CHARSET, 0, &charsetValue) == FcResultMatch, let charsetValue else {
            FcPatternDestroy(match)
            return nil
        }
        family = String(cString: familyValue)
        file = String(cString: fileValue)
        guard family.lowercased() == wanted.lowercased() else {
            FcPatternDestroy(match)
            return nil
        }
        coverage = .fontconfig(charset: charsetValue, pattern: match)
        face = cairo_ft_font_face_create_for_pattern(match)
        measuringFont = FontFace.measuringFont(face)
    }

    /// The symbols of ``SymbolFont`` in `weight`.
    init(symbols weight: FontWeight) {
        family = "schooldash symbols"
        file = ""
        coverage = .scalars(SymbolFont.scalars)
        face = cairo_font_face_reference(SymbolFont.face(weight))
        measuringFont = FontFace.measuringFont(face)
    }

    /// What the font has: a fontconfig character set (owned by its pattern) or a list.
    private enum Coverage {
        case fontconfig(charset: OpaquePointer, pattern: OpaquePointer)
        case scalars(Set<UInt32>)
    }

    private static func measuringFont(_ face: OpaquePointer) -> OpaquePointer {
        var matrix = cairo_matrix_t(), identity = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, 100, 100)
        cairo_matrix_init_identity(&identity)
        let options = FontFace.unhinted()
        defer { cairo_font_options_destroy(options) }
        return cairo_scaled_font_create(face, &matrix, &identity, options)
    }

    deinit {
        cairo_scaled_font_destroy(measuringFont)
        cairo_font_face_destroy(face)
        if case .fontconfig(_, let pattern) = coverage { FcPatternDestroy(pattern) }
    }

    /// Whether the font has a glyph for every scalar of `character`.
    func covers(_ character: Character) -> Bool {
        covers(character.unicodeScalars)
    }

    /// Whether the font has a glyph for every one of `scalars`.
    func covers(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        switch coverage {
        case .fontconfig(let charset, _): scalars.allSatisfy { FcCharSetHasChar(charset, $0.value) != 0 }
        case .scalars(let covered): scalars.allSatisfy { covered.contains($0.value) }
        }
    }

    /// The advance of `text` at `size` points.
    func advance(_ text: String, size: Double) -> Double {
        var extents = cairo_text_extents_t()
        cairo_scaled_font_text_extents(measuringFont, text, &extents)
        return extents.x_advance / 100 * size
    }

    /// Font options without hinting, so advances are the same at every size and on every surface
    /// (Cairo's default hints metrics on image surfaces, which would make PNG text drift from
    /// the measured layout).
    static func unhinted() -> OpaquePointer {
        let options = cairo_font_options_create()!
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        return options
    }

    /// Fontconfig's configuration, loaded once for the process (Swift runs this initialiser
    /// once, under a lock); fontconfig only reads it afterwards.
    nonisolated(unsafe) private static let configuration: OpaquePointer? = {
        FcInit() != 0 ? FcConfigGetCurrent() : nil
    }()
}
