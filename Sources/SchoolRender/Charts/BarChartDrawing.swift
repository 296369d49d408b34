/// The geometry of one bar chart in one frame: computed once, then drawn.
struct BarChartDrawing {
    let chart: BarChart
    let frame: Rect
    let theme: Theme
    let scale: NiceScale
    let plot: Rect
    let categoryArea: Rect
    let tickArea: Rect
    let referenceArea: Rect?
    let legendArea: Rect?

    private var horizontal: Bool { chart.orientation == .horizontal }
    private var lineHeight: Double { theme.smallSize * LineMetrics.lineHeight }

    init(chart: BarChart, frame: Rect, theme: Theme) {
        self.chart = chart
        self.frame = frame
        self.theme = theme
        scale = chart.scale
        var rest = frame
        if let legend = chart.legend, !legend.entries.isEmpty {
            let split = rest.split(bottom: legend.height(width: rest.width, theme: theme), gap: theme.gap)
            legendArea = split.0
            rest = split.1
        } else {
            legendArea = nil
        }
        let tickWidth = scale.ticks.map { theme.fitter.width(Self.tickText($0, chart, theme), size: theme.smallSize) }.max() ?? 0
        let referenceWidth = chart.reference.map { theme.fitter.width($0.label, size: theme.smallSize) + theme.gap } ?? 0
        let lineHeight = theme.smallSize * LineMetrics.lineHeight
        // Grouped bars carry their labels past their ends: room for them beyond the longest bar,
        // so the tallest bar keeps its label too.
        let outsideLabels = chart.layout == .grouped ? chart.bars.flatMap(\.segments).compactMap(\.label) : []
        let widestLabel = outsideLabels.map { theme.fitter.width($0, size: theme.smallSize) }.max() ?? 0
        let labelRoom = outsideLabels.isEmpty ? 0 : theme.gap / 2 + (chart.orientation == .horizontal ? widestLabel : lineHeight)
        if chart.orientation == .horizontal {
            let labelWidth = chart.bars.map { theme.fitter.width($0.name, size: theme.labelSize) }.max() ?? 0
            var split = rest.split(left: min(labelWidth + theme.gap, rest.width * 0.38))
            categoryArea = split.0
            rest = split.1
            if chart.reference != nil {
                split = rest.split(top: lineHeight, gap: theme.gap / 3)
                referenceArea = split.0
                rest = split.1
            } else {
                referenceArea = nil
            }
            split = rest.split(bottom: lineHeight + theme.gap / 2)
            tickArea = split.0.inset(right: tickWidth / 2)
            plot = split.1.inset(right: max(tickWidth / 2, min(labelRoom, split.1.width * 0.4)))
        } else {
            var split = rest.split(left: tickWidth + theme.gap)
            let tickColumn = split.0
            rest = split.1
            if chart.reference != nil {
                split = rest.split(right: min(referenceWidth, rest.width * 0.3))
                referenceArea = split.0.inset(left: theme.gap / 2)
                rest = split.1
            } else {
                referenceArea = nil
            }
            let labelLines = chart.bars.count > 12 ? 3.0 : 2.0
            split = rest.split(bottom: theme.labelSize * LineMetrics.lineHeight * labelLines + theme.gap / 2)
            categoryArea = split.0.inset(top: theme.gap / 2)
            // A label wider than its bar's band goes above it on two lines ("193" over "40,4%").
            let band = split.1.width / Double(max(1, chart.bars.count))
            plot = split.1.inset(top: max(lineHeight / 2, widestLabel + theme.labelClearance > band ? labelRoom + lineHeight : labelRoom))
            tickArea = Rect(x: tickColumn.minX, y: plot.minY - lineHeight / 2, width: tickColumn.width - theme.gap / 2,
                            height: plot.height + lineHeight)
        }
    }

    static func tickText(_ value: Double, _ chart: BarChart, _ theme: Theme) -> String {
        theme.format.number(value) + chart.tickSuffix
    }

    // MARK: Positions along the two axes

    /// The band of bar `index` along the category axis: `(start, length)` in page points.
    func band(_ index: Int) -> (start: Double, length: Double) {
        let count = Double(max(1, chart.bars.count))
        let length = (horizontal ? plot.height : plot.width) / count
        return ((horizontal ? plot.minY : plot.minX) + Double(index) * length, length)
    }

    /// The rectangle covering `category` (page points along the category axis) and `value`
    /// (data units along the value axis).
    func rect(category: (start: Double, length: Double), from low: Double, to high: Double) -> Rect {
        let axisLength = horizontal ? plot.width : plot.height
        let a = scale.fraction(low) * axisLength, b = scale.fraction(high) * axisLength
        if horizontal {
            return Rect(x: plot.minX + a, y: category.start, width: b - a, height: category.length)
        }
        return Rect(x: category.start, y: plot.maxY - b, width: category.length, height: b - a)
    }

    /// The sub-band of segment `segment` of bar `index`: grouped segments sit side by side.
    func segmentBand(_ index: Int, _ segment: Int) -> (start: Double, length: Double) {
        let whole = band(index)
        // Few bars stay slim rather than swelling to fill the panel.
        let thickness = min(whole.length * 0.72, theme.baseSize * 3.2 * Double(max(1, chart.layout == .grouped ? chart.bars[index].segments.count : 1)))
        let start = whole.start + (whole.length - thickness) / 2
        guard chart.layout == .grouped else { return (start, thickness) }
        let count = Double(max(1, chart.bars[index].segments.count))
        return (start + thickness / count * Double(segment), thickness / count)
    }

    // MARK: Drawing

    func draw(into list: inout DisplayList) {
        guard chart.bars.contains(where: { $0.segments.contains { $0.value != nil } }) else {
            // Nothing measured (a school with no students): say so instead of drawing an empty axis.
            if let fitted = theme.fitter.fit(theme.words.noData, in: frame.size, size: theme.labelSize, floor: theme.floorSize) {
                list.text(fitted, in: frame, color: theme.muted, align: .center, vertical: .middle)
            }
            return
        }
        var labels = LabelSpace(bounds: frame, clearance: theme.labelClearance)
        if let rule = referenceRule { labels.reserve(rule) }
        drawGridAndTicks(into: &list, labels: &labels)
        drawCategoryLabels(into: &list, labels: &labels)
        for (index, bar) in chart.bars.enumerated() {
            for (position, extent) in chart.extents(of: bar).enumerated() {
                drawSegment(bar.segments[position], extent: extent, band: segmentBand(index, position),
                            into: &list, labels: &labels)
            }
        }
        drawAxisLine(into: &list)
        if let reference = chart.reference { drawReference(reference, into: &list, labels: &labels) }
        if let legend = chart.legend, let legendArea { legend.draw(in: legendArea, theme: theme, into: &list) }
    }

    /// A thin strip around the reference rule that value labels keep clear of.
    private var referenceRule: Rect? {
        guard let reference = chart.reference else { return nil }
        let at = rect(category: horizontal ? (plot.minY, plot.height) : (plot.minX, plot.width), from: 0, to: reference.value)
        let half = theme.hairline * 4
        return horizontal ? Rect(x: at.maxX - half, y: plot.minY, width: 2 * half, height: plot.height)
                          : Rect(x: plot.minX, y: at.minY - half, width: plot.width, height: 2 * half)
    }

    private func drawGridAndTicks(into list: inout DisplayList, labels: inout LabelSpace) {
        for tick in scale.ticks {
            let position = rect(category: horizontal ? (plot.minY, plot.height) : (plot.minX, plot.width), from: 0, to: tick)
            let from = horizontal ? Point(position.maxX, plot.minY) : Point(plot.minX, position.minY)
            let to = horizontal ? Point(position.maxX, plot.maxY) : Point(plot.maxX, position.minY)
            if tick > 0 { list.line(from, to, Stroke(theme.grid, width: theme.hairline * 2)) }
            let text = Self.tickText(tick, chart, theme)
            guard let fitted = theme.fitter.fit(text, in: Size(width: 200, height: lineHeight), size: theme.smallSize,
                                                floor: theme.smallSize, maxLines: 1) else { continue }
            let box = horizontal
                ? Rect(x: from.x - fitted.width / 2, y: tickArea.minY + theme.gap / 2, width: fitted.width, height: lineHeight)
                : Rect(x: tickArea.maxX - fitted.width, y: from.y - lineHeight / 2, width: fitted.width, height: lineHeight)
            if labels.claim(box) { list.text(fitted, in: box, color: theme.muted) }
        }
    }

    private func drawAxisLine(into list: inout DisplayList) {
        let stroke = Stroke(theme.axis, width: theme.hairline * 3)
        if horizontal {
            list.line(Point(plot.minX, plot.minY), Point(plot.minX, plot.maxY), stroke)
        } else {
            list.line(Point(plot.minX, plot.maxY), Point(plot.maxX, plot.maxY), stroke)
        }
    }

    /// The category labels, all at one size (``TextFitter/fitTogether``), so "Hoàn thành xuất sắc"
    /// is never smaller than its neighbours.
    private func drawCategoryLabels(into list: inout DisplayList, labels: inout LabelSpace) {
        let boxes = chart.bars.indices.map { index -> Rect in
            let band = band(index)
            return horizontal
                ? Rect(x: categoryArea.minX, y: band.start, width: categoryArea.width - theme.gap, height: band.length)
                : Rect(x: band.start + 1, y: categoryArea.minY, width: band.length - 2, height: categoryArea.height)
        }
        let fits = theme.fitter.fitTogether(chart.bars.map(\.name), in: boxes.map(\.size), size: theme.labelSize,
                                            floor: theme.floorSize, maxLines: horizontal ? 2 : 3)
        for (fit, box) in zip(fits, boxes) {
            guard let fitted = fit else { continue }
            let used = horizontal
                ? list.text(fitted, in: box, color: theme.ink, align: .right, vertical: .middle)
                : list.text(fitted, in: box, color: theme.ink, align: .center, vertical: .top)
            labels.reserve(used)
        }
    }

    private func drawSegment(_ segment: BarChart.Segment, extent: (start: Double, end: Double)?,
                             band: (start: Double, length: Double), into list: inout DisplayList,
                             labels: inout LabelSpace) {
        guard let extent else {
            placeOutside("—", color: theme.muted, from: rect(category: band, from: 0, to: 0), labels: &labels, into: &list)
            return
        }
        let shape = rect(category: band, from: extent.start, to: extent.end)
        // Zero is drawn as zero: no bar at all, only its label ("0 · 0,0%"); missing says "—".
        if extent.end - extent.start > 0 { list.fill(shape, segment.color) }
        guard let label = segment.label else { return }
        if placeInside(label, over: segment.color, in: shape, labels: &labels, into: &list) { return }
        if chart.layout == .grouped {
            placeOutside(label, color: theme.ink, from: shape, labels: &labels, into: &list)
        }
    }

    /// Puts the label inside the bar's end (grouped) or centre (stacked) when it fits there.
    private func placeInside(_ label: String, over color: Color, in shape: Rect, labels: inout LabelSpace,
                             into list: inout DisplayList) -> Bool {
        let pad = theme.gap / 2
        var size = theme.smallSize
        while size >= theme.floorSize - 0.001 {
            let width = theme.fitter.width(label, size: size)
            let height = size * LineMetrics.lineHeight
            if width + 2 * pad <= shape.width && height + (horizontal ? 0 : 2 * pad) <= shape.height {
                var candidates: [Rect]
                if chart.layout != .grouped {
                    candidates = [Rect(x: shape.midX - width / 2, y: shape.midY - height / 2, width: width, height: height)]
                } else if horizontal {
                    candidates = [Rect(x: shape.maxX - pad - width, y: shape.midY - height / 2, width: width, height: height)]
                    if let rule = referenceRule, rule.minX - pad - width >= shape.minX + pad {
                        candidates.append(Rect(x: rule.minX - pad - width, y: shape.midY - height / 2, width: width, height: height))
                    }
                } else {
                    candidates = [Rect(x: shape.midX - width / 2, y: shape.minY + pad, width: width, height: height)]
                    if let rule = referenceRule, rule.maxY + pad + height <= shape.maxY - pad {
                        candidates.append(Rect(x: shape.midX - width / 2, y: rule.maxY + pad, width: width, height: height))
                    }
                }
                if let box = candidates.first(where: { labels.isFree($0) }) {
                    labels.reserve(box)
                    list.text(FittedText(lines: [label], size: size, weight: .regular, widths: [width]), in: box,
                              color: theme.textColor(over: color))
                    return true
                }
            }
            size -= 0.5
        }
        return false
    }

    /// Puts the label just past the bar's end, shrinking to the floor; above a vertical bar whose
    /// band is too narrow for one line, as two lines (the count over the share); leaves it out
    /// only if it would still leave the chart or touch another label.
    private func placeOutside(_ label: String, color: Color, from shape: Rect, labels: inout LabelSpace,
                              into list: inout DisplayList) {
        let pad = theme.gap / 2
        var space = labels
        // Past the plot's value end up to the chart's frame: the room kept there for these labels.
        space.bounds = horizontal ? plot.inset(right: plot.maxX - frame.maxX) : plot.inset(top: frame.minY - plot.minY)
        let split = label.components(separatedBy: " · ")
        let layouts = horizontal || split.count != 2 ? [[label]] : [[label], split]
        for lines in layouts {
            var size = theme.smallSize
            while size >= theme.floorSize - 0.001 {
                let widths = lines.map { theme.fitter.width($0, size: size) }
                let width = widths.max()!, height = size * LineMetrics.lineHeight * Double(lines.count)
                // Above a vertical bar the label is centred, but slid to stay inside the chart when
                // it is wider than the bar's band (the first and last bars of a narrow panel).
                let centred = min(max(shape.midX - width / 2, space.bounds.minX), space.bounds.maxX - width)
                let box = horizontal
                    ? Rect(x: shape.maxX + pad, y: shape.midY - height / 2, width: width, height: height)
                    : Rect(x: centred, y: shape.minY - pad - height, width: width, height: height)
                if space.claim(box) {
                    labels.reserve(box)
                    list.text(FittedText(lines: lines, size: size, weight: .regular, widths: widths), in: box, color: color,
                              align: horizontal ? .left : .center)
                    return
                }
                size -= 0.5
            }
        }
    }

    private func drawReference(_ reference: BarChart.Reference, into list: inout DisplayList, labels: inout LabelSpace) {
        let at = rect(category: horizontal ? (plot.minY, plot.height) : (plot.minX, plot.width), from: 0, to: reference.value)
        let stroke = Stroke(theme.reference, width: theme.hairline * 4, dash: [theme.baseSize / 3, theme.baseSize / 4])
        if horizontal {
            list.line(Point(at.maxX, plot.minY - theme.gap / 3), Point(at.maxX, plot.maxY), stroke)
        } else {
            list.line(Point(plot.minX, at.minY), Point(plot.maxX + theme.gap / 2, at.minY), stroke)
        }
        guard let area = referenceArea,
              let fitted = theme.fitter.fit(reference.label, in: area.size, size: theme.smallSize, floor: theme.floorSize,
                                            weight: .bold, maxLines: horizontal ? 1 : 3) else { return }
        let box: Rect
        if horizontal {
            let left = min(max(at.maxX - fitted.width / 2, area.minX), area.maxX - fitted.width)
            box = Rect(x: left, y: area.minY, width: fitted.width, height: area.height)
        } else {
            let top = min(max(at.minY - fitted.height / 2, area.minY), area.maxY - fitted.height)
            box = Rect(x: area.minX, y: top, width: area.width, height: fitted.height)
        }
        if labels.claim(box) { list.text(fitted, in: box, color: theme.reference) }
    }
}
