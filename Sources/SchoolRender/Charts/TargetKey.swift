import SchoolMetrics

/// The key under a targets matrix: the targets numbered in columns (`3. Học sinh giỏi tỉnh`),
/// optionally after a line naming the status symbols (`✓ Đạt · ▲ Vượt · …`).
public struct TargetKey: Sendable, Hashable {
    public var names: [String]
    /// The number of the first name (a matrix split in parts goes on counting).
    public var first: Int
    public var showsStatuses: Bool

    public init(names: [String], first: Int = 1, showsStatuses: Bool = false) {
        self.names = names
        self.first = first
        self.showsStatuses = showsStatuses
    }

    private static func lineHeight(_ theme: Theme) -> Double { theme.smallSize * LineMetrics.lineHeight }

    private func columns(_ width: Double, _ theme: Theme) -> Int {
        max(1, Int(width / (theme.baseSize * 22)))
    }

    /// The height the whole key needs at `width`.
    public func height(width: Double, theme: Theme) -> Double {
        let rows = (names.count + columns(width, theme) - 1) / columns(width, theme)
        return Double(rows + (showsStatuses ? 1 : 0)) * Self.lineHeight(theme)
    }

    /// Draws the key from the top of `box`; lines that do not fit are left out.
    public func draw(in box: Rect, theme: Theme, into list: inout DisplayList) {
        let lineHeight = Self.lineHeight(theme)
        var top = box.minY
        if showsStatuses {
            let line = Rect(x: box.minX, y: top, width: box.width, height: lineHeight)
            // No-break spaces keep the gap between statuses: wrapping joins words with one space.
            let text = TargetStatus.allCases.map { theme.words.symbol($0) + " " + theme.words.status($0) }.joined(separator: "\u{A0}\u{A0} ")
            if line.maxY <= box.maxY + 0.01,
               let fitted = theme.fitter.fit(text, in: line.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: line, color: theme.muted)
            }
            top += lineHeight
        }
        let count = columns(box.width, theme)
        let cells = Rect(x: box.minX, y: top, width: box.width, height: lineHeight).columns(Array(repeating: 1, count: count), gap: theme.gap)
        for (index, name) in names.enumerated() {
            let cell = cells[index % count]
            let y = top + Double(index / count) * lineHeight
            guard y + lineHeight <= box.maxY + 0.01 else { break }
            let frame = Rect(x: cell.minX, y: y, width: cell.width, height: lineHeight)
            if let fitted = theme.fitter.fit("\(first + index). \(name)", in: frame.size, size: theme.smallSize,
                                             floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: frame, color: theme.ink)
            }
        }
    }
}
