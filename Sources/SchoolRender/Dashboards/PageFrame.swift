import SchoolMetrics

/// The frame every dashboard page shares: a header with the title and where and when, a
/// footer with notes, and the body between them.
public struct PageFrame: Sendable {
    public var title: String
    public var subtitle: String
    public var notes: [String]

    public init(title: String, subtitle: String, notes: [String] = []) {
        self.title = title
        self.subtitle = subtitle
        self.notes = notes
    }

    /// The margin around every page.
    public static func margin(_ theme: Theme) -> Double { theme.baseSize * 3 }

    /// Where a pack writes the page number: the bottom-right corner of the footer.
    public static func pageNumberBox(page: Size, theme: Theme) -> Rect {
        let margin = margin(theme)
        let height = theme.smallSize * LineMetrics.lineHeight
        return Rect(x: page.width - margin - theme.baseSize * 10, y: page.height - margin + theme.gap, width: theme.baseSize * 10,
                    height: height)
    }

    /// Draws header and footer on a new page and returns it with the body rectangle.
    public func draw(size: Size = .a4Landscape, theme: Theme) -> (DisplayList, Rect) {
        var list = DisplayList(size: size)
        let margin = Self.margin(theme)
        var body = Rect(size: size).inset(top: margin * 0.8, left: margin, bottom: margin, right: margin)
        let titleHeight = theme.headingSize * LineMetrics.lineHeight
        let (titleBox, afterTitle) = body.split(top: titleHeight)
        if let fitted = theme.fitter.fit(title, in: titleBox.size, size: theme.headingSize, floor: theme.floorSize,
                                         weight: .bold, maxLines: 1) {
            list.text(fitted, in: titleBox, color: theme.accent, vertical: .bottom)
        }
        let (subtitleBox, afterSubtitle) = afterTitle.split(top: theme.labelSize * LineMetrics.lineHeight, gap: theme.gap)
        if let fitted = theme.fitter.fit(subtitle, in: subtitleBox.size, size: theme.labelSize, floor: theme.floorSize, maxLines: 1) {
            list.text(fitted, in: subtitleBox, color: theme.muted)
        }
        list.line(Point(afterSubtitle.minX, afterSubtitle.minY - theme.gap / 2), Point(afterSubtitle.maxX, afterSubtitle.minY - theme.gap / 2),
                  Stroke(theme.accent, width: theme.hairline * 6))
        body = afterSubtitle
        let lineHeight = theme.smallSize * LineMetrics.lineHeight
        let footerHeight = lineHeight * Double(max(1, min(notes.count, 3)))
        let (footer, rest) = body.split(bottom: footerHeight, gap: theme.gap)
        let noteBox = footer.inset(right: theme.baseSize * 11)
        for (index, note) in notes.prefix(3).enumerated() {
            let box = Rect(x: noteBox.minX, y: noteBox.minY + Double(index) * lineHeight, width: noteBox.width, height: lineHeight)
            if let fitted = theme.fitter.fit(note, in: box.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: box, color: theme.muted)
            }
        }
        return (list, rest)
    }

    /// Writes "Trang 3/41" into a finished page's reserved corner.
    public static func number(_ list: inout DisplayList, page: Int, of total: Int, theme: Theme) {
        let box = pageNumberBox(page: list.size, theme: theme)
        let text = theme.words.page + " \(page)/\(total)"
        if let fitted = theme.fitter.fit(text, in: box.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 1) {
            list.text(fitted, in: box, color: theme.muted, align: .right)
        }
    }
}
