import SchoolMetrics

/// Targets as bullet rows: the target band, the actual as a bar (higher is better) or a marker
/// (lower is better), yes/no targets as a mark, and the status by colour, symbol and word.
public struct BulletChart: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var name: String
        /// The band's ends; one may be nil (a minimum or a maximum only); both nil for yes/no.
        public var minimum: Double?
        public var maximum: Double?
        public var actual: Double?
        public var lowerIsBetter: Bool
        public var status: TargetStatus
        /// The figure as printed, e.g. "3 / 4–6 giải" or "Có".
        public var figure: String
        /// Whether the figures are percentages, whose scale ends at 100.
        public var isPercent: Bool

        public init(name: String, minimum: Double?, maximum: Double?, actual: Double?, lowerIsBetter: Bool,
                    status: TargetStatus, figure: String, isPercent: Bool = false) {
            self.isPercent = isPercent
            self.name = name
            self.minimum = minimum
            self.maximum = maximum
            self.actual = actual
            self.lowerIsBetter = lowerIsBetter
            self.status = status
            self.figure = figure
        }

        public var isYesNo: Bool { minimum == nil && maximum == nil }

        /// The scale of this row: zero to a round number above the band and the actual.
        public var scale: NiceScale {
            let top = [minimum, maximum, actual].compactMap { $0 }.max() ?? 0
            if isPercent && top <= 100 { return NiceScale(fixed: 100, step: 25) }
            return NiceScale(covering: [minimum, maximum, actual].compactMap { $0 }.max().map { $0 * 1.1 } ?? 1, tickCount: 4)
        }

        /// The band in data units: from the minimum (or zero) to the maximum (or the scale's end).
        public var band: (low: Double, high: Double)? {
            guard !isYesNo else { return nil }
            return (minimum ?? 0, maximum ?? scale.maximum)
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    /// The smallest height one row can take.
    public static func minimumRowHeight(_ theme: Theme) -> Double {
        theme.floorSize * LineMetrics.lineHeight + 2
    }

    /// How many rows fit in `height`.
    public static func rowsThatFit(_ height: Double, theme: Theme) -> Int {
        Int(height / minimumRowHeight(theme))
    }

    public func draw(in frame: Rect, theme: Theme, into list: inout DisplayList) {
        guard !rows.isEmpty else { return }
        let shown = min(rows.count, Self.rowsThatFit(frame.height, theme: theme))
        let rowHeight = min(frame.height / Double(max(1, shown)), theme.labelSize * LineMetrics.lineHeight * 2.6)
        let textSize = max(theme.floorSize, min(theme.labelSize, rowHeight / LineMetrics.lineHeight / 1.1))
        let statusWidth = TargetStatus.allCases.map {
            theme.fitter.width(theme.words.symbol($0) + " " + theme.words.status($0), size: textSize, weight: .bold)
        }.max() ?? 0
        let figureWidth = min(frame.width * 0.22, rows.map { theme.fitter.width($0.figure, size: textSize) }.max() ?? 0)
        for (index, row) in rows.prefix(shown).enumerated() {
            let line = Rect(x: frame.minX, y: frame.minY + Double(index) * rowHeight, width: frame.width, height: rowHeight)
            if index % 2 == 1 { list.fill(line, theme.panel) }
            let parts = line.inset(left: theme.gap / 2, right: theme.gap / 2)
            let (nameBox, rest1) = parts.split(left: parts.width * 0.36, gap: theme.gap)
            let (statusBox, rest2) = rest1.split(right: statusWidth, gap: theme.gap)
            let (figureBox, barBox) = rest2.split(right: figureWidth, gap: theme.gap)
            if let fitted = theme.fitter.fit(row.name, in: nameBox.size, size: textSize, floor: theme.floorSize, maxLines: 2) {
                list.text(fitted, in: nameBox, color: theme.ink, vertical: .middle)
            }
            if let fitted = theme.fitter.fit(row.figure, in: figureBox.size, size: textSize, floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: figureBox, color: theme.ink, align: .right, vertical: .middle)
            }
            let status = theme.words.symbol(row.status) + " " + theme.words.status(row.status)
            if let fitted = theme.fitter.fit(status, in: statusBox.size, size: textSize, floor: theme.floorSize,
                                             weight: .bold, maxLines: 1) {
                list.text(fitted, in: statusBox, color: theme.statusColor(row.status), vertical: .middle)
            }
            drawBar(row, in: barBox.inset(top: rowHeight * 0.18, bottom: rowHeight * 0.18), theme: theme, into: &list)
        }
        if shown < rows.count {
            let note = theme.language == .vi ? "… và \(rows.count - shown) chỉ tiêu khác" : "… and \(rows.count - shown) more targets"
            let box = Rect(x: frame.minX, y: frame.minY + Double(shown) * rowHeight, width: frame.width,
                           height: frame.maxY - frame.minY - Double(shown) * rowHeight)
            if let fitted = theme.fitter.fit(note, in: box.size, size: theme.floorSize, floor: theme.floorSize, maxLines: 1) {
                list.text(fitted, in: box, color: theme.muted, align: .right)
            }
        }
    }

    private func drawBar(_ row: Row, in box: Rect, theme: Theme, into list: inout DisplayList) {
        let color = theme.statusColor(row.status)
        guard let band = row.band else {
            // Yes/no: a filled square for yes, an empty one for no, a dashed one while pending.
            let side = min(box.height, box.width)
            let mark = Rect(x: box.minX, y: box.midY - side / 2, width: side, height: side)
            switch row.status {
            case .pending:
                list.append(.shape(.rect(mark), fill: nil, stroke: Stroke(color, width: theme.hairline * 4, dash: [2, 2])))
            case .missed:
                list.append(.shape(.rect(mark), fill: .white, stroke: Stroke(color, width: theme.hairline * 6)))
            case .met, .exceeded:
                list.fill(mark, color)
            }
            return
        }
        let scale = row.scale
        func x(_ value: Double) -> Double { box.minX + scale.fraction(value) * box.width }
        list.fill(Rect(x: box.minX, y: box.minY, width: box.width, height: box.height), theme.grid.tint(0.4))
        list.fill(Rect(x: x(band.low), y: box.minY, width: max(theme.hairline * 6, x(band.high) - x(band.low)),
                       height: box.height), Color(hex: 0xC9CED5))
        guard let actual = row.actual else {
            // Pending: the band alone, crossed by a dashed outline of the missing measure.
            list.append(.shape(.rect(box.inset(top: box.height * 0.3, bottom: box.height * 0.3)), fill: nil,
                               stroke: Stroke(color, width: theme.hairline * 4, dash: [2, 2])))
            return
        }
        if row.lowerIsBetter {
            let center = Point(x(actual), box.midY)
            let r = box.height * 0.45
            list.append(.shape(.polyline([Point(center.x, center.y - r), Point(center.x + r, center.y),
                                          Point(center.x, center.y + r), Point(center.x - r, center.y)], closed: true),
                               fill: color, stroke: Stroke(.white, width: theme.hairline * 2)))
        } else {
            let measure = box.inset(top: box.height * 0.3, bottom: box.height * 0.3)
            list.fill(Rect(x: measure.minX, y: measure.minY, width: max(theme.hairline * 6, x(actual) - box.minX),
                           height: measure.height), color)
        }
    }
}
