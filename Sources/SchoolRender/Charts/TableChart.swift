/// A small table: a header row, names that wrap, figures aligned right.
public struct TableChart: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var title: String
        public var weight: Double
        public var alignment: HorizontalAlignment

        public init(_ title: String, weight: Double = 1, alignment: HorizontalAlignment = .right) {
            self.title = title
            self.weight = weight
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
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
        for (column, cell) in zip(columns, cells) {
            let box = Rect(x: cell.minX, y: header.minY, width: cell.width, height: height)
            if let fitted = theme.fitter.fit(column.title, in: box.size, size: theme.smallSize, floor: theme.floorSize,
                                             weight: .bold, maxLines: 2) {
                list.text(fitted, in: box, color: theme.muted, align: column.alignment, vertical: .bottom)
            }
        }
        list.line(Point(frame.minX, header.maxY), Point(frame.maxX, header.maxY), Stroke(theme.axis, width: theme.hairline * 3))
        for (index, row) in rows.prefix(Self.rowsThatFit(frame.height, theme: theme)).enumerated() {
            let top = header.maxY + Double(index) * height
            if index % 2 == 1 { list.fill(Rect(x: frame.minX, y: top, width: frame.width, height: height), theme.panel) }
            for (column, (cell, text)) in zip(columns, zip(cells, row)) {
                let box = Rect(x: cell.minX, y: top, width: cell.width, height: height).inset(top: 1, bottom: 1)
                if let fitted = theme.fitter.fit(text, in: box.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 2) {
                    list.text(fitted, in: box, color: theme.ink, align: column.alignment, vertical: .middle)
                }
            }
        }
    }
}
