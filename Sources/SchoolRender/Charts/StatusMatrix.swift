import SchoolMetrics

/// Schools × targets: one cell per pair with the status symbol on a light tint of its colour, so
/// it reads in grey print; columns are numbered and named in a key underneath.
public struct StatusMatrix: Sendable, Hashable {
    public var rowNames: [String]
    public var columnNames: [String]
    /// `cells[row][column]`; nil where the school has no such target.
    public var cells: [[TargetStatus?]]

    public init(rowNames: [String], columnNames: [String], cells: [[TargetStatus?]]) {
        self.rowNames = rowNames
        self.columnNames = columnNames
        self.cells = cells
    }

    /// The height of one row of cells.
    public static func rowHeight(_ theme: Theme) -> Double {
        theme.smallSize * LineMetrics.lineHeight * 1.5
    }

    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        let key = TargetKey(names: columnNames)
        // The key takes what the grid leaves, and at least 40 % of the frame.
        let gridHeight = Double(rowNames.count + 1) * Self.rowHeight(theme)
        let keyHeight = min(max(frame.height * 0.4, frame.height - gridHeight - theme.gap), key.height(width: frame.width, theme: theme))
        let (keyBox, body) = frame.split(bottom: keyHeight, gap: theme.gap)
        key.draw(in: keyBox, theme: theme, into: &list)
        let rowHeight = Self.rowHeight(theme)
        let (header, grid) = body.split(top: rowHeight)
        let nameWidth = min(body.width * 0.35, (rowNames.map { theme.fitter.width($0, size: theme.smallSize) }.max() ?? 0) + theme.gap)
        let cellWidth = columnNames.isEmpty ? 0 : min(rowHeight * 2, (body.width - nameWidth) / Double(columnNames.count))
        for (column, _) in columnNames.enumerated() {
            let box = Rect(x: header.minX + nameWidth + Double(column) * cellWidth, y: header.minY, width: cellWidth, height: rowHeight)
            if let fitted = theme.fitter.fit("\(column + 1)", in: box.size, size: theme.smallSize, floor: theme.floorSize,
                                             weight: .bold, maxLines: 1) {
                list.text(fitted, in: box, color: theme.muted, align: .center, vertical: .middle)
            }
        }
        let shown = min(rowNames.count, Int(grid.height / rowHeight))
        for row in 0..<shown {
            let top = grid.minY + Double(row) * rowHeight
            let nameBox = Rect(x: grid.minX, y: top, width: nameWidth - theme.gap, height: rowHeight)
            if let fitted = theme.fitter.fit(rowNames[row], in: nameBox.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: nameBox, color: theme.ink, align: .right, vertical: .middle)
            }
            for column in columnNames.indices {
                let cell = Rect(x: grid.minX + nameWidth + Double(column) * cellWidth, y: top, width: cellWidth, height: rowHeight)
                    .inset(by: 1)
                let status = row < cells.count && column < cells[row].count ? cells[row][column] : nil
                Self.drawCell(status, in: cell, theme: theme, into: &list)
            }
        }
    }

    /// One cell: the status symbol on a light tint of its colour, or an empty outline without a target.
    static func drawCell(_ status: TargetStatus?, in cell: Rect, theme: Theme, into list: inout DisplayList) {
        guard let status else {
            list.append(.shape(.rect(cell), fill: nil, stroke: Stroke(theme.grid, width: theme.hairline * 2)))
            return
        }
        list.fill(cell, theme.statusColor(status).tint(0.72))
        if let fitted = theme.fitter.fit(theme.words.symbol(status), in: cell.size, size: theme.labelSize, floor: theme.floorSize,
                                         weight: .bold, maxLines: 1) {
            list.text(fitted, in: cell, color: theme.statusColor(status), align: .center, vertical: .middle)
        }
    }
}
