import SchoolMetrics

/// The fixed colours: one per category rank (best first) and one per target status.
///
/// The category colours run from deep blue through amber to deep red, so colour-blind readers
/// tell them apart by lightness as well as hue (checked against deuteranopia and protanopia
/// simulations of the Okabe–Ito set they derive from).
public enum Palette {
    /// Best to worst; a scheme with fewer categories uses the first ones and the worst colour last.
    static let categories: [Color] = [
        Color(hex: 0x1B6CA8), // best: deep blue
        Color(hex: 0x6BB3E0), // light blue
        Color(hex: 0xF0B443), // amber
        Color(hex: 0xDD6E2C), // orange
        Color(hex: 0xA8323E), // worst: deep red
    ]

    /// Extra colours for schemes with more than five categories, placed before the worst.
    static let extras: [Color] = [
        Color(hex: 0x7B5EA7), // purple
        Color(hex: 0x3A9E9A), // teal
        Color(hex: 0x8C6D46), // brown
        Color(hex: 0x5F6670), // slate
    ]

    /// For counts that belong to no category (unclassified members).
    public static let unclassified = Color(hex: 0xB8BEC6)

    /// The colour of category `index` of a scheme with `count` categories.
    ///
    /// The worst category of any scheme is always red and the best always blue, so "Chưa đạt"
    /// and "Yếu" look alike across schemes.
    public static func category(_ index: Int, of count: Int) -> Color {
        guard count > 0, index >= 0, index < count else { return unclassified }
        if index == count - 1 { return categories[categories.count - 1] }
        if index < categories.count - 1 { return categories[index] }
        return extras[(index - categories.count + 1) % extras.count]
    }

    public static func status(_ status: TargetStatus) -> Color {
        switch status {
        case .exceeded: Color(hex: 0x1B6CA8)
        case .met: Color(hex: 0x2E8B57)
        case .missed: Color(hex: 0xC0392B)
        case .pending: Color(hex: 0x8C939C)
        }
    }
}
