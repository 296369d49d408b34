import SchoolMetrics

/// Layout shared by the dashboard pages: a row of tiles, then panels in a grid that reflows
/// with however many sections a record has.
enum Dashboard {
    /// A titled panel and what draws inside it.
    struct PanelContent {
        var title: String
        var draw: (Rect, Theme, inout DisplayList) -> Void
    }

    /// Draws the tiles in one row at the top of `body`; returns what is left below.
    static func drawTiles(_ tiles: [KPITile], in body: Rect, theme: Theme, into list: inout DisplayList) -> Rect {
        guard !tiles.isEmpty else { return body }
        // Tall enough for the tile with the most lines under its value: none is ever cut off.
        let height = max(theme.baseSize * 7.2, tiles.map { $0.naturalHeight(theme: theme) }.max() ?? 0)
        let (row, rest) = body.split(top: height, gap: theme.gap * 1.5)
        for (tile, cell) in zip(tiles, row.columns(Array(repeating: 1, count: tiles.count), gap: theme.gap)) {
            tile.draw(in: cell, theme: theme, into: &list)
        }
        return rest
    }

    /// Places the panels in a grid of at most `maxColumns`, with `side` (the targets) as a
    /// full-height column on the right.
    static func arrange(_ panels: [PanelContent], side: PanelContent?, in body: Rect, maxColumns: Int = 3, theme: Theme,
                        into list: inout DisplayList) {
        var area = body
        if let side {
            let width = panels.isEmpty ? body.width : body.width * 0.42
            let (column, rest) = body.split(right: width, gap: theme.gap * 1.5)
            draw(side, in: column, theme: theme, into: &list)
            area = rest
        }
        guard !panels.isEmpty, !area.isEmpty else { return }
        let columns = side == nil ? min(panels.count, maxColumns) : (panels.count == 1 ? 1 : 2)
        let rows = (panels.count + columns - 1) / columns
        let gap = theme.gap * 1.5
        // A panel is at most half the page wide: one or two panels leave room beside them, centred,
        // rather than swelling across the page.
        let largest = (body.width - gap) / 2
        let width = min(largest, (area.width - gap * Double(columns - 1)) / Double(columns))
        let rowFrames = area.rows(Array(repeating: 1, count: rows), gap: gap)
        for (row, rowFrame) in rowFrames.enumerated() {
            let members = Array(panels[(row * columns)..<min(panels.count, (row + 1) * columns)])
            let height = rowFrame.height
            let used = width * Double(members.count) + gap * Double(members.count - 1)
            var left = rowFrame.minX + (rowFrame.width - used) / 2
            for panel in members {
                draw(panel, in: Rect(x: left, y: rowFrame.minY, width: width, height: height), theme: theme, into: &list)
                left += width + gap
            }
        }
    }

    static func draw(_ panel: PanelContent, in frame: Rect, theme: Theme, into list: inout DisplayList) {
        let inside = Panel(title: panel.title).draw(in: frame, theme: theme, into: &list)
        panel.draw(inside, theme, &list)
    }

    /// `5 đạt · 1 vượt · 1 chưa đạt · 2 chờ số liệu`, leaving out statuses that do not occur.
    static func statusCounts(_ statuses: [TargetStatus], theme: Theme) -> String {
        TargetStatus.allCases.compactMap { status in
            let count = statuses.filter { $0 == status }.count
            return count == 0 ? nil : "\(count) " + theme.words.status(status).lowercased()
        }.joined(separator: " · ")
    }
}
