/// A small table: a header row, names that wrap, figures aligned right; a figure may carry a
/// mark (an in-cell bar with a reference tick, on a shade saying above or below the reference).
public struct TableChart: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var title: String
        public var weight: Double
        public var alignment: HorizontalAlignment
        /// The column the rows are ordered by: its title is drawn in ink, not muted.
        public var isKey: Bool

        public init(_ title: String, weight: Double = 1, alignment: HorizontalAlignment = .right, isKey: Bool = false) {
            self.title = title
            self.weight = weight
            self.alignment = alignment
            self.isKey = isKey
        }
    }

    /// A figure against a reference, both as fractions (0…1) of the cell's bar.
    public struct Mark: Sendable, Hashable {
        public enum Standing: Sendable, Hashable { case above, level, below }

        public var fraction: Double
        public var reference: Double
        public var standing: Standing

        public init(fraction: Double, reference: Double, standing: Standing) {
            self.fraction = min(1, max(0, fraction))
            self.reference = min(1, max(0, reference))
            self.standing = standing
        }
    }

    /// One body row; an emphasized row (a total) is set in bold on a shaded band.
    public struct Row: Sendable, Hashable {
        public var cells: [String]
        /// One per cell, nil where a cell has no mark.
        public var marks: [Mark?]
        public var isEmphasized: Bool

        public init(_ cells: [String], marks: [Mark?] = [], isEmphasized: Bool = false) {
            self.cells = cells
            self.marks = marks
            self.isEmphasized = isEmphasized
        }
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }

    /// A table of plain text rows.
    public init(columns: [Column], rows: [[String]]) {
        self.init(columns: columns, rows: rows.map { Row($0) })
    }

    /// The height of one body row: room for a name wrapped on two lines at the floor size.
    public static func rowHeight(_ theme: Theme) -> Double {
        theme.floorSize * LineMetrics.lineHeight * 2 + 2
    }

    /// How many body rows fit under the header in `height`.
    public static func rowsThatFit(_ height: Double, theme: Theme) -> Int {
        max(0, Int((height - rowHeight(theme)) / rowHeight(theme)))
    }

    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        let height = Self.rowHeight(theme)
        let cells = frame.columns(columns.map(\.weight), gap: theme.gap)
        let header = Rect(x: frame.minX, y: frame.minY, width: frame.width, height: height)
        // The headers at one size, as an axis's labels are.
        let boxes = cells.map { Rect(x: $0.minX, y: header.minY, width: $0.width, height: height) }
        let titles = theme.fitter.fitTogether(columns.map(\.title), in: boxes.map(\.size), size: theme.smallSize,
                                              floor: theme.floorSize, weight: .bold, maxLines: 2)
        for (column, (fitted, box)) in zip(columns, zip(titles, boxes)) {
            if let fitted {
                list.text(fitted, in: box, color: column.isKey ? theme.ink : theme.muted, align: column.alignment, vertical: .bottom)
            }
        }
        list.line(Point(frame.minX, header.maxY), Point(frame.maxX, header.maxY), Stroke(theme.axis, width: theme.hairline * 3))
        var stripe = false
        for (index, row) in rows.prefix(Self.rowsThatFit(frame.height, theme: theme)).enumerated() {
            let top = header.maxY + Double(index) * height
            let band = Rect(x: frame.minX, y: top, width: frame.width, height: height)
            if row.isEmphasized {
                list.fill(band, theme.panel)
                list.line(Point(band.minX, band.maxY), Point(band.maxX, band.maxY), Stroke(theme.axis, width: theme.hairline * 2))
            } else {
                if stripe { list.fill(band, theme.panel) }
                stripe.toggle()
            }
            for (position, (column, (cell, text))) in zip(columns, zip(cells, row.cells)).enumerated() {
                var box = Rect(x: cell.minX, y: top, width: cell.width, height: height).inset(top: 1, bottom: 1)
                if position < row.marks.count, let mark = row.marks[position] {
                    box = drawMark(mark, in: box, theme: theme, into: &list)
                }
                if let fitted = theme.fitter.fit(text, in: box.size, size: theme.smallSize, floor: theme.floorSize,
                                                 weight: row.isEmphasized ? .bold : .regular, maxLines: 2) {
                    list.text(fitted, in: box, color: theme.ink, align: column.alignment, vertical: .middle)
                }
            }
        }
    }

    /// Shades the cell by the mark's standing and draws its bar and reference tick along the
    /// bottom; returns the box left for the text.
    private func drawMark(_ mark: Mark, in box: Rect, theme: Theme, into list: inout DisplayList) -> Rect {
        let shade: Color? = switch mark.standing {
        case .above: theme.statusColor(.met).tint(0.82)
        case .below: theme.statusColor(.missed).tint(0.82)
        case .level: nil
        }
        let cell = box.inset(left: theme.gap / 2)
        if let shade { list.fill(cell, shade) }
        let barHeight = theme.hairline * 4
        let track = cell.inset(left: 2, bottom: 1.5, right: 2)
        let bar = Rect(x: track.minX, y: track.maxY - barHeight, width: track.width * mark.fraction, height: barHeight)
        list.fill(Rect(x: track.minX, y: bar.minY, width: track.width, height: barHeight), theme.grid)
        list.fill(bar, theme.muted)
        let tick = track.minX + track.width * mark.reference
        list.line(Point(tick, bar.minY - barHeight * 0.8), Point(tick, bar.maxY + barHeight * 0.4),
                  Stroke(theme.reference, width: theme.hairline * 4))
        return cell.inset(bottom: barHeight * 1.4 + 1.5, right: 2)
    }
}
