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
        layout(width: width, theme: theme).height
    }

    /// Draws the legend from the top of `frame`; an entry too long for its row wraps (up to three
    /// lines) before anything is shortened; entries below the frame are left out.
    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        let swatch = theme.smallSize * 0.9
        for spot in layout(width: frame.width, theme: theme).spots {
            guard frame.minY + spot.y + spot.text.height <= frame.maxY + 0.01 else { break }
            let left = frame.minX + spot.x, top = frame.minY + spot.y
            let firstLine = theme.smallSize * LineMetrics.lineHeight
            list.fill(Rect(x: left, y: top + (firstLine - swatch) / 2, width: swatch, height: swatch), spot.entry.color)
            let box = Rect(x: left + swatch + theme.gap / 2, y: top, width: spot.text.width, height: spot.text.height)
            list.text(spot.text, in: box, color: theme.ink)
        }
    }

    /// Where an entry goes; an entry too long for even one shortened line has no spot, so each
    /// swatch keeps the colour of its own label.
    private struct Spot { var entry: Entry; var x: Double; var y: Double; var text: FittedText }

    /// Entries flow in rows; one that does not fit a row of its own wraps within the full width.
    private func layout(width: Double, theme: Theme) -> (spots: [Spot], height: Double) {
        let swatch = theme.smallSize * 0.9
        let room = max(1, width - swatch - theme.gap / 2)
        let rowGap = theme.gap / 2
        var spots: [Spot] = []
        var x = 0.0, rowTop = 0.0, rowHeight = 0.0
        for entry in entries {
            guard let text = theme.fitter.fit(entry.label, in: Size(width: room, height: theme.smallSize * LineMetrics.lineHeight * 3),
                                              size: theme.smallSize, floor: theme.floorSize, maxLines: 3) else { continue }
            let needed = swatch + theme.gap / 2 + text.width
            if x > 0 && x + needed > width {
                rowTop += rowHeight + rowGap
                x = 0
                rowHeight = 0
            }
            spots.append(Spot(entry: entry, x: x, y: rowTop, text: text))
            rowHeight = max(rowHeight, text.height)
            x += needed + theme.gap * 1.5
        }
        return (spots, spots.isEmpty ? 0 : rowTop + rowHeight + rowGap)
    }
}
