import Foundation

/// The geometry of one pie or donut in one frame.
struct PieChartDrawing {
    let chart: PieChart
    let frame: Rect
    let theme: Theme

    private var lineHeight: Double { theme.smallSize * LineMetrics.lineHeight }
    private var leader: Double { theme.baseSize * 1.2 }

    func draw(into list: inout DisplayList) {
        var rest = frame
        let legend = Legend(chart.slices.map { Legend.Entry($0.legendLabel, $0.color) })
        let widest = chart.slices.map { theme.fitter.width($0.legendLabel, size: theme.smallSize) }.max() ?? 0
        let legendWidth = min(frame.width * 0.45, widest + theme.smallSize * 2)
        if frame.width > frame.height * 1.3 {
            let split = rest.split(right: legendWidth, gap: theme.gap)
            let height = legend.height(width: split.0.width, theme: theme)
            legend.draw(in: Rect(x: split.0.minX, y: split.0.midY - height / 2, width: split.0.width, height: height),
                        theme: theme, into: &list)
            rest = split.1
        } else {
            let split = rest.split(bottom: legend.height(width: rest.width, theme: theme), gap: theme.gap)
            legend.draw(in: split.0, theme: theme, into: &list)
            rest = split.1
        }
        let angles = chart.angles
        guard angles.contains(where: { $0 != nil }) else {
            if let fitted = theme.fitter.fit(theme.words.noData, in: rest.size, size: theme.labelSize, floor: theme.floorSize) {
                list.text(fitted, in: rest, color: theme.muted, align: .center, vertical: .middle)
            }
            return
        }
        let center = rest.center
        let labelWidth = chart.slices.map { theme.fitter.width($0.label, size: theme.smallSize) }.max() ?? 0
        let fullRadius = max(0, min(rest.height / 2 - lineHeight / 2, rest.width / 2))
        let inside = insideLabels(angles: angles, center: center, radius: fullRadius)
        let needsOutside = zip(angles, inside).contains { $0 != nil && !$1 }
        let outsideRadius = max(0, min(rest.height / 2 - lineHeight, (rest.width - 2 * (labelWidth + leader + theme.gap)) / 2))
        // When outside labels would shrink the pie below a readable size, the legend alone
        // carries the small slices' shares and the pie keeps its full size.
        let minimum = theme.baseSize * 3
        let outsideFits = !needsOutside || outsideRadius >= minimum
        let radius = needsOutside && outsideFits ? outsideRadius : fullRadius
        let readable = radius >= minimum
        let placedInside = readable ? insideLabels(angles: angles, center: center, radius: radius) : angles.map { _ in false }
        let inner = radius * chart.innerRatio

        for (slice, angle) in zip(chart.slices, angles) {
            guard let angle else { continue }
            list.append(.shape(.sector(center: center, inner: inner, outer: radius, start: angle.start, end: angle.end),
                               fill: slice.color, stroke: Stroke(.white, width: theme.hairline * 3)))
        }
        var labels = LabelSpace(bounds: rest, clearance: theme.labelClearance)
        for index in chart.slices.indices where placedInside[index] {
            guard let angle = angles[index] else { continue }
            let box = insideBox(index, angle: angle, center: center, radius: radius)
            if labels.claim(box) {
                list.text(single(chart.slices[index].label), in: box, color: theme.textColor(over: chart.slices[index].color))
            }
        }
        if readable && outsideFits {
            placeOutside(angles: angles, inside: placedInside, center: center, radius: radius, labels: &labels, into: &list)
        }
        if let text = chart.centerLabel, inner > 0, readable {
            let side = inner * 2.0.squareRoot() * 0.95
            let box = Rect(x: center.x - side / 2, y: center.y - side / 2, width: side, height: side)
            if let fitted = theme.fitter.fit(text, in: box.size, size: theme.labelSize * 1.2, floor: theme.floorSize,
                                             weight: .bold, maxLines: 3) {
                list.text(fitted, in: box, color: theme.ink, align: .center, vertical: .middle)
            }
        }
    }

    private func single(_ text: String) -> FittedText {
        FittedText(lines: [text], size: theme.smallSize, weight: .regular,
                   widths: [theme.fitter.width(text, size: theme.smallSize)])
    }

    private func insideBox(_ index: Int, angle: (start: Double, end: Double), center: Point, radius: Double) -> Rect {
        let inner = radius * chart.innerRatio
        let middle = chart.innerRatio > 0 ? (inner + radius) / 2 : radius * 0.62
        let anchor = center.polar(radius: middle, angle: (angle.start + angle.end) / 2)
        let width = theme.fitter.width(chart.slices[index].label, size: theme.smallSize)
        return Rect(x: anchor.x - width / 2, y: anchor.y - lineHeight / 2, width: width, height: lineHeight)
    }

    /// Whether each slice's label fits wholly inside its own slice.
    private func insideLabels(angles: [(start: Double, end: Double)?], center: Point, radius: Double) -> [Bool] {
        let inner = radius * chart.innerRatio
        return angles.indices.map { index in
            guard let angle = angles[index] else { return false }
            let box = insideBox(index, angle: angle, center: center, radius: radius)
            let corners = [Point(box.minX, box.minY), Point(box.maxX, box.minY), Point(box.minX, box.maxY), Point(box.maxX, box.maxY)]
            return corners.allSatisfy { corner in
                let dx = corner.x - center.x, dy = corner.y - center.y
                let distance = (dx * dx + dy * dy).squareRoot()
                guard distance <= radius - 1, distance >= inner + 1 else { return false }
                var theta = atan2(dy, dx)
                while theta < angle.start { theta += 2 * .pi }
                return theta <= angle.end
            }
        }
    }

    /// Labels of small slices beside the pie, pushed apart vertically so none overlap, each
    /// joined to its slice by a leader line.
    private func placeOutside(angles: [(start: Double, end: Double)?], inside: [Bool], center: Point, radius: Double,
                              labels: inout LabelSpace, into list: inout DisplayList) {
        struct Pending { var index: Int; var mid: Double; var y: Double; var width: Double }
        var sides: [[Pending]] = [[], []]
        for (index, angle) in angles.enumerated() where !inside[index] {
            guard let angle else { continue }
            let mid = (angle.start + angle.end) / 2
            let width = theme.fitter.width(chart.slices[index].label, size: theme.smallSize)
            let y = center.y + (radius + leader / 2) * sin(mid) - lineHeight / 2
            sides[cos(mid) >= 0 ? 0 : 1].append(Pending(index: index, mid: mid, y: y, width: width))
        }
        let area = labels.bounds
        for (side, var column) in sides.enumerated() {
            column.sort { $0.y < $1.y }
            for i in column.indices {
                column[i].y = max(column[i].y, area.minY, i > 0 ? column[i - 1].y + lineHeight : -.infinity)
            }
            for i in column.indices.reversed() {
                column[i].y = min(column[i].y, area.maxY - lineHeight,
                                  i < column.count - 1 ? column[i + 1].y - lineHeight : .infinity)
            }
            for item in column {
                let right = side == 0
                // Hug the circle: the label's near edge sits `leader` outside the pie at its height.
                let reach = radius + leader
                let dy = item.y + lineHeight / 2 - center.y
                let dx = max(leader, (max(0, reach * reach - dy * dy)).squareRoot())
                let x = right ? center.x + dx : center.x - dx - item.width
                let box = Rect(x: x, y: item.y, width: item.width, height: lineHeight)
                guard labels.claim(box) else { continue }
                let slice = chart.slices[item.index]
                let start = center.polar(radius: radius, angle: item.mid)
                let elbow = Point(right ? box.minX - leader * 0.4 : box.maxX + leader * 0.4, box.midY)
                let end = Point(right ? box.minX - 1 : box.maxX + 1, box.midY)
                list.append(.shape(.polyline([start, elbow, end]), fill: nil, stroke: Stroke(theme.muted, width: theme.hairline * 2)))
                list.text(single(slice.label), in: box, color: theme.ink)
            }
        }
    }
}
