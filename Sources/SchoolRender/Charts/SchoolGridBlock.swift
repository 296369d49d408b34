import SchoolMetrics

/// The drawing of one block of a ``SchoolGrid``: its rows of bars or cells inside `plot`, the axis
/// and legend under it, the reference line over it.
struct SchoolGridBlock {
    let block: SchoolGrid.Block
    let plot: Rect
    let rowHeight: Double
    let theme: Theme

    private var thickness: Double { min(rowHeight * 0.72, theme.baseSize * 1.6) }
    private var pad: Double { theme.gap / 2 }

    private func row(_ index: Int) -> Rect {
        Rect(x: plot.minX, y: plot.minY + Double(index) * rowHeight, width: plot.width, height: rowHeight)
    }

    private func bar(_ index: Int, from low: Double, to high: Double) -> Rect {
        let band = row(index)
        return Rect(x: plot.minX + plot.width * low / 100, y: band.midY - thickness / 2,
                    width: plot.width * (high - low) / 100, height: thickness)
    }

    /// The ticks of the percent axis: fewer on a narrow block, so their labels stay apart.
    var ticks: [Double] {
        plot.width >= theme.baseSize * 18 ? [0, 25, 50, 75, 100] : plot.width >= theme.baseSize * 6 ? [0, 50, 100] : [0, 100]
    }

    /// The line under the title: the reference rule's figure, or the targets' numbers.
    func drawSubtitle(in box: Rect, into list: inout DisplayList) {
        switch block.content {
        case .rate(_, let reference?):
            let swatch = theme.baseSize * 1.2
            let y = box.midY
            list.line(Point(box.minX, y), Point(box.minX + swatch, y), referenceStroke)
            let textBox = box.inset(left: swatch + theme.gap / 2)
            if let fitted = theme.fitter.fit(reference.label, in: textBox.size, size: theme.smallSize, floor: theme.floorSize,
                                             weight: .bold, maxLines: 1) {
                list.text(fitted, in: textBox, color: theme.reference, vertical: .middle)
            }
        case .statuses(let cells, let first):
            let width = SchoolGrid.statusWidth(theme)
            for column in 0..<(cells.map(\.count).max() ?? 0) {
                let cell = Rect(x: box.minX + Double(column) * width, y: box.minY, width: width, height: box.height)
                if let fitted = theme.fitter.fit("\(first + column)", in: cell.size, size: theme.smallSize, floor: theme.floorSize,
                                                 weight: .bold, maxLines: 1) {
                    list.text(fitted, in: cell, color: theme.muted, align: .center, vertical: .middle)
                }
            }
        default:
            break
        }
    }

    private var referenceStroke: Stroke {
        Stroke(theme.reference, width: theme.hairline * 4, dash: [theme.baseSize / 3, theme.baseSize / 4])
    }

    /// The rows, then the axis and the legend in `below`.
    func draw(into list: inout DisplayList, below: Rect) {
        switch block.content {
        case .shares(let bars, let legend):
            drawGrid(into: &list)
            for (index, segments) in bars.enumerated() {
                guard let segments, segments.contains(where: { ($0.value ?? 0) > 0 }) else {
                    missing(index, into: &list)
                    continue
                }
                let extents = BarChart(bars: [.init(name: "", segments: segments)], layout: .percent).extents(of: .init(name: "", segments: segments))
                for (segment, extent) in zip(segments, extents) {
                    guard let extent, extent.end > extent.start else { continue } // a zero share draws nothing
                    let shape = bar(index, from: extent.start, to: extent.end)
                    list.fill(shape, segment.color)
                    if let label = segment.label { placeInside(label, in: shape, over: segment.color, into: &list) }
                }
            }
            drawAxis(below, into: &list)
            let legendBox = below.split(top: theme.smallSize * LineMetrics.lineHeight + theme.gap / 3).1
            legend.draw(in: legendBox, theme: theme, into: &list)
        case .rate(let segments, let reference):
            drawGrid(into: &list)
            for (index, segment) in segments.enumerated() {
                guard let value = segment.value else {
                    missing(index, into: &list)
                    continue
                }
                let shape = bar(index, from: 0, to: min(100, max(0, value)))
                if shape.width > 0 { list.fill(shape, segment.color) }
                if let label = segment.label, !placeInside(label, in: shape, over: segment.color, leading: true, into: &list) {
                    placeAfter(label, shape, into: &list)
                }
            }
            if let reference {
                let x = plot.minX + plot.width * min(100, max(0, reference.value)) / 100
                // A white halo keeps the dark rule visible where it crosses a dark bar.
                list.line(Point(x, plot.minY), Point(x, plot.maxY), Stroke(.white, width: theme.hairline * 10))
                list.line(Point(x, plot.minY), Point(x, plot.maxY), referenceStroke)
            }
            drawAxis(below, into: &list)
        case .statuses(let cells, _):
            let width = SchoolGrid.statusWidth(theme)
            for (index, statuses) in cells.enumerated() {
                let band = row(index)
                for (column, status) in statuses.enumerated() {
                    let cell = Rect(x: plot.minX + Double(column) * width, y: band.minY, width: width, height: rowHeight).inset(by: 1)
                    StatusMatrix.drawCell(status, in: cell, theme: theme, into: &list)
                }
            }
        }
    }

    private func drawGrid(into list: inout DisplayList) {
        for tick in ticks where tick > 0 {
            let x = plot.minX + plot.width * tick / 100
            list.line(Point(x, plot.minY), Point(x, plot.maxY), Stroke(theme.grid, width: theme.hairline * 2))
        }
        list.line(Point(plot.minX, plot.minY), Point(plot.minX, plot.maxY), Stroke(theme.axis, width: theme.hairline * 3))
    }

    private func drawAxis(_ below: Rect, into list: inout DisplayList) {
        let line = Rect(x: below.minX, y: below.minY, width: below.width, height: theme.smallSize * LineMetrics.lineHeight)
        for (position, tick) in ticks.enumerated() {
            let text = theme.format.number(tick) + "%"
            guard let fitted = theme.fitter.fit(text, in: Size(width: plot.width, height: line.height), size: theme.smallSize,
                                                floor: theme.floorSize, maxLines: 1) else { continue }
            let x = plot.minX + plot.width * tick / 100
            let left = position == 0 ? x : position == ticks.count - 1 ? x - fitted.width : x - fitted.width / 2
            list.text(fitted, in: Rect(x: left, y: line.minY, width: fitted.width, height: line.height), color: theme.muted)
        }
    }

    private func missing(_ index: Int, into list: inout DisplayList) {
        let band = row(index).inset(left: pad)
        if let fitted = theme.fitter.fit("—", in: band.size, size: theme.smallSize, floor: theme.floorSize, maxLines: 1) {
            list.text(fitted, in: band, color: theme.muted, vertical: .middle)
        }
    }

    /// Sets the label inside the bar (centred, or at its start when `leading`) at the largest size
    /// that leaves `pad` on either side; returns false when none fits.
    @discardableResult
    private func placeInside(_ label: String, in shape: Rect, over color: Color, leading: Bool = false,
                             into list: inout DisplayList) -> Bool {
        var size = theme.smallSize
        while size >= theme.floorSize - 0.001 {
            let width = theme.fitter.width(label, size: size)
            let height = size * LineMetrics.lineHeight
            if width + 2 * pad <= shape.width && height <= min(shape.height + 2, rowHeight - 1.5) {
                let x = leading ? shape.minX + pad : shape.midX - width / 2
                list.text(FittedText(lines: [label], size: size, weight: .regular, widths: [width]),
                          in: Rect(x: x, y: shape.midY - height / 2, width: width, height: height), color: theme.textColor(over: color))
                return true
            }
            size -= 0.5
        }
        return false
    }

    /// Sets the label just past the bar's end, inside the block.
    private func placeAfter(_ label: String, _ shape: Rect, into list: inout DisplayList) {
        var size = theme.smallSize
        while size >= theme.floorSize - 0.001 {
            let width = theme.fitter.width(label, size: size)
            let height = size * LineMetrics.lineHeight
            if shape.maxX + pad + width <= plot.maxX && height <= rowHeight - 1.5 {
                list.text(FittedText(lines: [label], size: size, weight: .regular, widths: [width]),
                          in: Rect(x: shape.maxX + pad, y: shape.midY - height / 2, width: width, height: height), color: theme.ink)
                return
            }
            size -= 0.5
        }
    }
}
