import SchoolMetrics

/// Schools as rows and figures as columns of small charts that share those rows (small
/// multiples): a distribution as 100 %-stacked bars, a rate on a 0–100 % axis with a reference
/// rule, targets as status cells. Every block shows every school of the grid in the grid's order,
/// so the names are written once; a school without the figure shows "—".
public struct SchoolGrid: Sendable, Hashable {
    /// What one block draws for each school.
    public enum Content: Sendable, Hashable {
        /// The segments of each school's 100 %-stacked bar; nil where the school gives none.
        case shares([[BarChart.Segment]?], legend: Legend)
        /// Each school's rate in percent as one segment (nil value: not given), and the group's figure.
        case rate([BarChart.Segment], reference: BarChart.Reference?)
        /// Each school's status per target (nil: no such target); the targets are numbered from `first`.
        case statuses([[TargetStatus?]], first: Int)
    }

    /// A titled column of the grid.
    public struct Block: Sendable, Hashable {
        public var title: String
        public var content: Content

        public init(title: String, content: Content) {
            self.title = title
            self.content = content
        }

        /// How many targets a statuses block holds; 0 for the others.
        var statusCount: Int {
            if case .statuses(let cells, _) = content { return cells.map(\.count).max() ?? 0 }
            return 0
        }

        /// Whether any school gives the figure (a targets block always counts: its empty cells say something).
        var hasData: Bool {
            switch content {
            case .shares(let bars, _): bars.contains { $0 != nil }
            case .rate(let values, _): values.contains { $0.value != nil }
            case .statuses: true
            }
        }

        var isFlexible: Bool {
            if case .statuses = content { return false }
            return true
        }

        /// The same block for the schools at `rows`.
        func rows(_ rows: Range<Int>) -> Block {
            switch content {
            case .shares(let bars, let legend): Block(title: title, content: .shares(Array(bars[rows]), legend: legend))
            case .rate(let values, let reference): Block(title: title, content: .rate(Array(values[rows]), reference: reference))
            case .statuses(let cells, let first): Block(title: title, content: .statuses(Array(cells[rows]), first: first))
            }
        }
    }

    public var names: [String]
    public var blocks: [Block]

    public init(names: [String], blocks: [Block]) {
        self.names = names
        self.blocks = blocks
    }

    // MARK: Sizes

    /// The lowest row: one line of small text and air around it.
    public static func minimumRowHeight(_ theme: Theme) -> Double { theme.smallSize * LineMetrics.lineHeight + 3 }
    /// A row with room for a name at the label size.
    public static func comfortableRowHeight(_ theme: Theme) -> Double { theme.labelSize * LineMetrics.lineHeight + 4 }
    /// Rows stop growing here: a few schools get slim bars, not a page of colour.
    public static func largestRowHeight(_ theme: Theme) -> Double { theme.baseSize * 2.4 }
    /// The width of one target's column.
    public static func statusWidth(_ theme: Theme) -> Double { theme.baseSize * 1.8 }
    /// Charts narrower than this do not read.
    public static func minimumBlockWidth(_ theme: Theme) -> Double { theme.baseSize * 9 }
    /// The width a chart reads best at.
    public static func idealBlockWidth(_ theme: Theme) -> Double { theme.baseSize * 22 }

    /// The same grid for the schools at `rows`.
    public func rows(_ rows: Range<Int>) -> SchoolGrid {
        SchoolGrid(names: Array(names[rows]), blocks: blocks.map { $0.rows(rows) })
    }

    /// The widths of the blocks after a names column of `nameWidth`, or nil when a chart would be
    /// narrower than ``minimumBlockWidth(_:)`` or the target columns do not fit.
    public func widths(width: Double, nameWidth: Double, theme: Theme) -> [Double]? {
        let gap = theme.gap * 1.5
        let fixed = blocks.filter { !$0.isFlexible }.reduce(0) { $0 + Double($1.statusCount) * Self.statusWidth(theme) }
        let flexible = blocks.filter(\.isFlexible).count
        let free = width - nameWidth - fixed - gap * Double(blocks.count)
        guard free >= -0.01 else { return nil }
        let each = flexible == 0 ? 0 : free / Double(flexible)
        guard flexible == 0 || each >= Self.minimumBlockWidth(theme) else { return nil }
        return blocks.map { $0.isFlexible ? each : Double($0.statusCount) * Self.statusWidth(theme) }
    }

    private func titleHeight(_ widths: [Double], _ theme: Theme) -> Double {
        zip(blocks, widths).map { block, width in
            theme.fitter.fit(block.title, in: Size(width: width, height: theme.labelSize * LineMetrics.lineHeight * 2),
                             size: theme.labelSize, floor: theme.floorSize, weight: .bold, maxLines: 2)?.height ?? 0
        }.max() ?? 0
    }

    private var hasSubtitles: Bool {
        blocks.contains { block in
            switch block.content {
            case .rate(_, let reference): reference != nil
            case .statuses: true
            case .shares: false
            }
        }
    }

    private var hasAxis: Bool { blocks.contains(where: \.isFlexible) }

    private func legendHeight(_ widths: [Double], _ theme: Theme) -> Double {
        zip(blocks, widths).map { block, width in
            if case .shares(_, let legend) = block.content { return legend.height(width: width, theme: theme) }
            return 0
        }.max() ?? 0
    }

    private func smallLine(_ theme: Theme) -> Double { theme.smallSize * LineMetrics.lineHeight }

    /// The height of everything but the rows: titles, the reference line, the axis and the legends.
    public func overhead(width: Double, nameWidth: Double, theme: Theme) -> Double {
        guard let widths = widths(width: width, nameWidth: nameWidth, theme: theme) else { return .infinity }
        return header(widths, theme) + footer(widths, theme)
    }

    private func header(_ widths: [Double], _ theme: Theme) -> Double {
        titleHeight(widths, theme) + (hasSubtitles ? smallLine(theme) + theme.gap / 3 : 0) + theme.gap / 2
    }

    private func footer(_ widths: [Double], _ theme: Theme) -> Double {
        let legend = legendHeight(widths, theme)
        return (hasAxis ? smallLine(theme) + theme.gap / 3 : 0) + (legend > 0 ? legend + theme.gap / 2 : 0)
    }

    // MARK: Drawing

    /// Draws the grid from the top of `frame` with rows `rowHeight` tall and names in a column of
    /// `nameWidth`; returns the height used.
    @discardableResult
    public func draw(in frame: Rect, rowHeight: Double, nameWidth: Double, theme: Theme, into list: inout DisplayList) -> Double {
        guard let widths = widths(width: frame.width, nameWidth: nameWidth, theme: theme) else { return 0 }
        let headerHeight = header(widths, theme)
        let rowsTop = frame.minY + headerHeight
        let rows = Rect(x: frame.minX, y: rowsTop, width: frame.width, height: rowHeight * Double(names.count))
        for index in names.indices where index % 2 == 1 {
            list.fill(Rect(x: rows.minX, y: rowsTop + Double(index) * rowHeight, width: rows.width, height: rowHeight), theme.panel)
        }
        let nameBox = Size(width: nameWidth - theme.gap, height: rowHeight - 3)
        // Every name at one size: the largest at which all fit whole (else the floor, a long one with "…").
        let fits = theme.fitter.fitTogether(names, in: Array(repeating: nameBox, count: names.count), size: theme.labelSize,
                                            floor: theme.floorSize, maxLines: 2)
        for (index, fit) in fits.enumerated() {
            let box = Rect(x: frame.minX, y: rowsTop + Double(index) * rowHeight + 1.5, width: nameBox.width, height: nameBox.height)
            if let fitted = fit {
                list.text(fitted, in: box, color: theme.ink, vertical: .middle)
            }
        }
        var left = frame.minX + nameWidth + theme.gap * 1.5
        let titleHeight = titleHeight(widths, theme)
        for (block, width) in zip(blocks, widths) {
            let column = Rect(x: left, y: frame.minY, width: width, height: frame.height)
            let plot = Rect(x: left, y: rowsTop, width: width, height: rows.height)
            let titleBox = Rect(x: left, y: frame.minY, width: width, height: titleHeight)
            if let fitted = theme.fitter.fit(block.title, in: titleBox.size, size: theme.labelSize, floor: theme.floorSize,
                                             weight: .bold, maxLines: 2) {
                list.text(fitted, in: titleBox, color: theme.ink)
            }
            let subtitle = Rect(x: left, y: frame.minY + titleHeight + theme.gap / 3, width: width, height: smallLine(theme))
            let drawing = SchoolGridBlock(block: block, plot: plot, rowHeight: rowHeight, theme: theme)
            drawing.drawSubtitle(in: subtitle, into: &list)
            let below = Rect(x: left, y: rows.maxY + theme.gap / 3, width: width, height: max(0, column.maxY - rows.maxY))
            drawing.draw(into: &list, below: below)
            left += width + theme.gap * 1.5
        }
        return headerHeight + rows.height + footer(widths, theme)
    }
}
