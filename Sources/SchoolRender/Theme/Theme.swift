import SchoolMetrics

/// Sizes, colours, words and number formats shared by every chart of a document.
///
/// Every size derives from `baseSize`, as in ggplot2's `half_line`.
public struct Theme: Sendable {
    public var baseSize: Double
    public var language: Language
    public var fitter: TextFitter

    public init(baseSize: Double = 9, language: Language = .vi, measurer: any TextMeasurer) {
        self.baseSize = baseSize
        self.language = language
        self.fitter = TextFitter(measurer: measurer)
    }

    /// A theme for tests: fixed-advance text, so geometry does not depend on installed fonts.
    public static func test(language: Language = .vi) -> Theme {
        Theme(language: language, measurer: FixedAdvanceMeasurer())
    }

    public var format: DisplayFormat { DisplayFormat(language) }
    public var words: Words { Words(language) }

    // Sizes
    public var titleSize: Double { baseSize * 1.25 }
    public var headingSize: Double { baseSize * 1.8 }
    public var labelSize: Double { baseSize }
    public var smallSize: Double { baseSize * 0.85 }
    /// Labels never get smaller than this.
    public var floorSize: Double { baseSize * 0.7 }
    public var kpiValueSize: Double { baseSize * 2.2 }
    public var padding: Double { baseSize * 0.8 }
    public var gap: Double { baseSize * 0.6 }
    public var hairline: Double { baseSize / 18 }
    /// The least room between two labels on one line (1.5 pt at the default size), so neighbours never run together.
    public var labelClearance: Double { baseSize / 6 }

    // Colours
    public var ink: Color { Color(hex: 0x1F2328) }
    public var muted: Color { Color(hex: 0x5F6670) }
    public var grid: Color { Color(hex: 0xE1E4E8) }
    public var axis: Color { Color(hex: 0x8C939C) }
    public var panel: Color { Color(hex: 0xF6F7F9) }
    public var panelBorder: Color { Color(hex: 0xD5D9DE) }
    public var reference: Color { Color(hex: 0x202A36) }
    public var accent: Color { Color(hex: 0x1B4F72) }

    /// The colour of the category at `index` in its scheme's order, best first.
    public func categoryColor(_ index: Int, of count: Int) -> Color {
        Palette.category(index, of: count)
    }

    /// The colour for a target status; always drawn with its symbol or word.
    public func statusColor(_ status: TargetStatus) -> Color {
        Palette.status(status)
    }

    /// The text colour that reads best over `background`.
    public func textColor(over background: Color) -> Color {
        background.luminance > 0.36 ? ink : .white
    }
}
