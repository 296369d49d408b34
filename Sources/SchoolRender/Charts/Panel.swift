/// A titled box that holds one chart: draws its background and title, gives back the inside.
public struct Panel: Sendable, Hashable {
    public var title: String
    public var subtitle: String?

    public init(title: String, subtitle: String? = nil) {
        self.title = title
        self.subtitle = subtitle
    }

    /// Draws the panel and returns the rectangle left for its content.
    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) -> Rect {
        list.append(.shape(.rect(frame), fill: .white, stroke: Stroke(theme.panelBorder, width: theme.hairline * 1.5)))
        var inside = frame.inset(by: theme.padding)
        let heading = Rect(x: inside.minX, y: inside.minY, width: inside.width, height: theme.titleSize * LineMetrics.lineHeight * 2)
        if let fitted = theme.fitter.fit(title, in: heading.size, size: theme.titleSize, floor: theme.floorSize,
                                         weight: .bold, maxLines: 2) {
            let used = list.text(fitted, in: heading, color: theme.ink)
            inside = inside.split(top: used.height, gap: theme.gap / 2).1
        }
        if let subtitle {
            let box = Rect(x: inside.minX, y: inside.minY, width: inside.width, height: theme.smallSize * LineMetrics.lineHeight)
            if let fitted = theme.fitter.fit(subtitle, in: box.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: box, color: theme.muted)
                inside = inside.split(top: box.height, gap: theme.gap / 2).1
            }
        }
        return inside.split(top: theme.gap / 2).1
    }
}
