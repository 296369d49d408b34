/// A row-flowing legend: a swatch and a label per entry.
public struct Legend: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var color: Color

        public init(_ label: String, _ color: Color) {
            self.label = label
            self.color = color
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The height the legend needs at `width`.
    public func height(width: Double, theme: Theme) -> Double {
        Double(layout(width: width, theme: theme).rows) * rowHeight(theme)
    }

    /// Draws the legend from the top of `frame`; entries that do not fit are left out.
    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        let placement = layout(width: frame.width, theme: theme)
        let swatch = theme.smallSize * 0.9
        for (entry, spot) in zip(entries, placement.spots) {
            let top = frame.minY + Double(spot.row) * rowHeight(theme)
            guard top + rowHeight(theme) <= frame.maxY + 0.01 else { break }
            let left = frame.minX + spot.x
            list.fill(Rect(x: left, y: top + (rowHeight(theme) - swatch) / 2, width: swatch, height: swatch), entry.color)
            let box = Rect(x: left + swatch + theme.gap / 2, y: top, width: spot.width - swatch - theme.gap / 2,
                           height: rowHeight(theme))
            if let fitted = theme.fitter.fit(entry.label, in: box.size, size: theme.smallSize, floor: theme.floorSize,
                                             maxLines: 1) {
                list.text(fitted, in: box, color: theme.ink, vertical: .middle)
            }
        }
    }

    private func rowHeight(_ theme: Theme) -> Double { theme.smallSize * LineMetrics.lineHeight + theme.gap / 2 }

    private struct Spot { var row: Int; var x: Double; var width: Double }

    private func layout(width: Double, theme: Theme) -> (spots: [Spot], rows: Int) {
        let swatch = theme.smallSize * 0.9
        var spots: [Spot] = []
        var row = 0
        var x = 0.0
        for entry in entries {
            let needed = min(width, swatch + theme.gap / 2 + theme.fitter.width(entry.label, size: theme.smallSize))
            if x > 0 && x + needed > width {
                row += 1
                x = 0
            }
            spots.append(Spot(row: row, x: x, width: needed))
            x += needed + theme.gap * 1.5
        }
        return (spots, entries.isEmpty ? 0 : row + 1)
    }
}
