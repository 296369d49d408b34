import SchoolMetrics

/// A headline figure: its label, its value, the change since the previous period and a status.
public struct KPITile: Sendable, Hashable {
    /// Which way a change went and whether that is good.
    public enum Trend: Sendable, Hashable {
        case up(good: Bool), down(good: Bool), flat
    }

    public var label: String
    public var value: String
    /// e.g. "+0,4 điểm so với 2022–2023".
    public var change: String?
    public var trend: Trend?
    public var status: TargetStatus?
    /// A short note under the value, e.g. "ước tính".
    public var note: String?

    public init(label: String, value: String, change: String? = nil, trend: Trend? = nil,
                status: TargetStatus? = nil, note: String? = nil) {
        self.label = label
        self.value = value
        self.change = change
        self.trend = trend
        self.status = status
        self.note = note
    }

    /// The height that shows the label, the value and every line under it (change, status, note).
    public func naturalHeight(theme: Theme) -> Double {
        let lines = [change != nil, status != nil, note != nil].filter { $0 }.count
        return theme.gap * 2 + theme.smallSize * LineMetrics.lineHeight * Double(2 + lines)
            + theme.kpiValueSize * LineMetrics.lineHeight
    }

    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        list.append(.shape(.rect(frame), fill: theme.panel, stroke: nil))
        if let status {
            list.fill(Rect(x: frame.minX, y: frame.minY, width: theme.hairline * 8, height: frame.height), theme.statusColor(status))
        }
        var rest = frame.inset(by: theme.gap)
        let labelHeight = theme.smallSize * LineMetrics.lineHeight * 2
        let (labelBox, afterLabel) = rest.split(top: labelHeight)
        if let fitted = theme.fitter.fit(label, in: labelBox.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 2) {
            list.text(fitted, in: labelBox, color: theme.muted)
        }
        rest = afterLabel
        let valueHeight = min(rest.height, theme.kpiValueSize * LineMetrics.lineHeight)
        let (valueBox, afterValue) = rest.split(top: valueHeight)
        if let fitted = theme.fitter.fit(value, in: valueBox.size, size: theme.kpiValueSize, floor: theme.titleSize,
                                         weight: .bold, maxLines: 1) {
            list.text(fitted, in: valueBox, color: theme.ink, vertical: .middle)
        }
        rest = afterValue
        var lines: [(String, Color, FontWeight)] = []
        if let change {
            let (symbol, color) = trendMark(theme)
            lines.append((symbol + change, color, .regular))
        }
        if let status { lines.append((theme.words.symbol(status) + " " + theme.words.status(status), theme.statusColor(status), .bold)) }
        if let note { lines.append((note, theme.muted, .regular)) }
        for (text, color, weight) in lines {
            let (box, after) = rest.split(top: theme.smallSize * LineMetrics.lineHeight)
            guard box.height >= theme.floorSize * LineMetrics.lineHeight - 0.01,
                  let fitted = theme.fitter.fit(text, in: box.size, size: theme.smallSize, floor: theme.floorSize,
                                                weight: weight, maxLines: 1) else { break }
            list.text(fitted, in: box, color: color)
            rest = after
        }
    }

    private func trendMark(_ theme: Theme) -> (String, Color) {
        let good = Palette.status(.met), bad = Palette.status(.missed)
        switch trend {
        case .up(let isGood): return ("▲ ", isGood ? good : bad)
        case .down(let isGood): return ("▼ ", isGood ? good : bad)
        case .flat, nil: return ("", theme.muted)
        }
    }
}
