import SchoolMetrics

/// The fixed colours: one per category rank (best first) and one per target status.
///
/// The category colours run from deep blue through gold and orange to a light red, and their
/// lightness rises steadily from the best category to the worst (CIE L* 31, 48, 60, 71, 83), so a
/// black-and-white print keeps every category of a chart apart and in order, and colour-blind
/// readers tell them apart by lightness as well as hue.
public enum Palette {
    /// Best to worst; a scheme with fewer categories uses the first ones and the worst colour last.
    static let categories: [Color] = [
        Color(hex: 0x1A4A82), // best: deep blue
        Color(hex: 0x3375B9), // blue
        Color(hex: 0xC2841A), // gold
        Color(hex: 0xEC9B56), // orange
        Color(hex: 0xFDC2BD), // worst: light red
    ]

    /// For counts that belong to no category (unclassified members).
    public static let unclassified = Color(hex: 0xB8BEC6)

    /// The colour of category `index` of a scheme with `count` categories.
    ///
    /// The worst category of any scheme is always the light red and the best always the deep
    /// blue, so "Chưa đạt" and "Yếu" look alike across schemes. Schemes of more than five
    /// categories take colours between these, in order of lightness.
    public static func category(_ index: Int, of count: Int) -> Color {
        guard count > 0, index >= 0, index < count else { return unclassified }
        if index == count - 1 { return categories[categories.count - 1] }
        if count <= categories.count { return categories[index] }
        // Evenly spaced in lightness along the path through the five colours.
        let darkest = categories[0].lightness, lightest = categories[categories.count - 1].lightness
        let target = darkest + (lightest - darkest) * Double(index) / Double(count - 1)
        var low = 0.0, high = Double(categories.count - 1)
        for _ in 0..<40 {
            let middle = (low + high) / 2
            if along(middle).lightness < target { low = middle } else { high = middle }
        }
        return along(low)
    }

    /// The colour at `position` (0 to 4) on the straight path through the five category colours.
    private static func along(_ position: Double) -> Color {
        let lower = min(Int(position), categories.count - 2), fraction = position - Double(lower)
        let a = categories[lower], b = categories[lower + 1]
        return Color(red: a.red + (b.red - a.red) * fraction, green: a.green + (b.green - a.green) * fraction,
                     blue: a.blue + (b.blue - a.blue) * fraction)
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
