import SchoolMetrics

/// Every chart kind drawn on a stress set — 8 slices with three under 1 %, 40 bars, 30 targets,
/// a 200-character school name — one page each, for looking at and for tests.
public enum Gallery {
    /// A 200-character school name with Vietnamese letters in every position.
    public static let longName = String(repeating: "Trường Trung học cơ sở Nguyễn Thị Ưởng – Hỹ Đạt ", count: 5).prefix(200)
        .trimmingCharacters(in: .whitespaces)

    /// The pages, by name.
    public static func pages(theme: Theme, size: Size = .a4Landscape) -> [(name: String, page: DisplayList)] {
        [("bars-vertical", page(size, theme, "Hạnh kiểm · cột đứng", verticalBars)),
         ("bars-horizontal-40", page(size, theme, "Tỉ lệ lên lớp · 40 trường, so với mức của phường", horizontalBars)),
         ("bars-grouped", page(size, theme, "Học lực theo năm học · cột nhóm", groupedBars)),
         ("bars-stacked-100", page(size, theme, "Hạnh kiểm theo trường · cột chồng 100%", stackedBars)),
         ("pie-8-slices", page(size, theme, "Tám phần, ba phần dưới 1%", pie)),
         ("donut", page(size, theme, "Xếp loại đảng viên", donut)),
         ("bullet-30-targets", page(size, theme, "30 chỉ tiêu", bullets)),
         ("kpi-tiles", page(size, theme, "Chỉ số chính", tiles)),
         ("table", page(size, theme, String(longName), table)),
         ("status-matrix", page(size, theme, "Chỉ tiêu theo trường", matrix))]
    }

    private static func page(_ size: Size, _ theme: Theme, _ title: String,
                             _ chart: (Rect, Theme, inout DisplayList) -> Void) -> DisplayList {
        var list = DisplayList(size: size)
        let content = Panel(title: title).draw(in: Rect(size: size).inset(by: 24), theme: theme, into: &list)
        chart(content, theme, &list)
        return list
    }

    private static func share(_ part: Int, _ whole: Int, _ theme: Theme) -> String {
        theme.format.integer(part) + " · " + theme.format.percent(Double(part) / Double(whole) * 100, decimals: 1)
    }

    static func verticalBars(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let counts = [661, 35, 2, 0]
        let names = ["Tốt", "Khá", "Đạt", "Chưa đạt"]
        BarChart(bars: zip(names, counts).enumerated().map { index, pair in
            BarChart.Bar(name: pair.0, segments: [.init(value: Double(pair.1), label: share(pair.1, 698, theme),
                                                        color: theme.categoryColor(index, of: 4))])
        }, orientation: .vertical).draw(in: frame, theme: theme, into: &list)
    }

    static func horizontalBars(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let bars = (0..<40).map { index -> BarChart.Bar in
            let value = index == 7 ? nil : 90 + Double((index * 37) % 100) / 10
            return BarChart.Bar(name: "THCS Số \(index + 1) Phường Kỳ Phương",
                                segments: [.init(value: value, label: value.map { theme.format.percent($0, decimals: 1) },
                                                 color: theme.categoryColor(0, of: 4))])
        }
        BarChart(bars: bars, reference: .init(value: 97.5, label: "Phường 97,5%"), fixedMaximum: 100, tickSuffix: "%")
            .draw(in: frame, theme: theme, into: &list)
    }

    static func groupedBars(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let names = ["Giỏi", "Khá", "Trung bình", "Yếu", "Kém"]
        let years = [[210, 300, 150, 20, 0], [230, 310, 120, 15, 1]]
        let bars = names.enumerated().map { index, name in
            BarChart.Bar(name: name, segments: years.enumerated().map { year, counts in
                .init(value: Double(counts[index]), label: theme.format.integer(counts[index]),
                      color: year == 0 ? theme.categoryColor(1, of: 4) : theme.categoryColor(0, of: 4))
            })
        }
        BarChart(bars: bars, orientation: .vertical, legend: Legend([.init("2022–2023", theme.categoryColor(1, of: 4)),
                                                                      .init("2023–2024", theme.categoryColor(0, of: 4))]))
            .draw(in: frame, theme: theme, into: &list)
    }

    static func stackedBars(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let names = ["Tốt", "Khá", "Đạt", "Chưa đạt"]
        let bars = (0..<12).map { school -> BarChart.Bar in
            let good: Int = 500 + school * 13
            let fair: Int = 80 - school * 3
            let counts: [Int] = [good, fair, 6 + school % 4, school % 3]
            let shares = ShareRounding.percents(counts: counts, decimals: 1)
            return BarChart.Bar(name: school == 3 ? String(longName) : "THCS Số \(school + 1)",
                                segments: counts.indices.map { index in
                .init(value: Double(counts[index]), label: theme.format.percent(shares[index], decimals: 1),
                      color: theme.categoryColor(index, of: 4))
            })
        }
        BarChart(bars: bars, layout: .percent, tickSuffix: "%",
                 legend: Legend(names.enumerated().map { .init($0.element, theme.categoryColor($0.offset, of: 4)) }))
            .draw(in: frame, theme: theme, into: &list)
    }

    static func pieSlices(_ theme: Theme, counts: [Int], names: [String]) -> [PieChart.Slice] {
        let shares = ShareRounding.percents(counts: counts, decimals: 1)
        return counts.indices.map { index in
            PieChart.Slice(name: names[index], value: Double(counts[index]),
                           label: theme.format.percent(shares[index], decimals: 1),
                           color: theme.categoryColor(index, of: counts.count),
                           legendLabel: names[index] + " " + theme.format.integer(counts[index]) + " · "
                               + theme.format.percent(shares[index], decimals: 1))
        }
    }

    static func pie(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let counts = [5200, 2100, 1300, 800, 0, 40, 30, 20]
        let names = ["Tốt", "Khá", "Đạt", "Chưa đạt", "Không xếp loại", "Miễn", "Chuyển đi", "Bỏ học"]
        PieChart(slices: pieSlices(theme, counts: counts, names: names), innerRatio: 0).draw(in: frame, theme: theme, into: &list)
    }

    static func donut(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let names = ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành"]
        PieChart(slices: pieSlices(theme, counts: [6, 21, 1, 0], names: names), centerLabel: "28 đảng viên")
            .draw(in: frame, theme: theme, into: &list)
    }

    static func bullets(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let rows = (0..<30).map { index -> BulletChart.Row in
            switch index % 5 {
            case 0: .init(name: "Học sinh giỏi tỉnh \(index + 1)", minimum: 4, maximum: 6, actual: Double(index % 8),
                          lowerIsBetter: false, status: index % 8 < 4 ? .missed : index % 8 > 6 ? .exceeded : .met,
                          figure: "\(index % 8) / 4–6 giải")
            case 1: .init(name: "Tỉ lệ lên lớp", minimum: 97, maximum: nil, actual: 99.86, lowerIsBetter: false,
                          status: .met, figure: "99,86% / ≥ 97%", isPercent: true)
            case 2: .init(name: "Xếp hạng thi vào lớp 10 của huyện (thứ hạng càng nhỏ càng tốt)", minimum: nil, maximum: 4,
                          actual: 3, lowerIsBetter: true, status: .met, figure: "3 / ≤ 4")
            case 3: .init(name: "Chi bộ đạt trong sạch vững mạnh", minimum: nil, maximum: nil, actual: nil,
                          lowerIsBetter: false, status: index % 2 == 0 ? .met : .missed, figure: index % 2 == 0 ? "Có" : "Không")
            default: .init(name: String(longName), minimum: 96, maximum: 98, actual: nil, lowerIsBetter: false,
                           status: .pending, figure: "— / 96–98%", isPercent: true)
            }
        }
        BulletChart(rows: rows).draw(in: frame, theme: theme, into: &list)
    }

    static func tiles(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let tiles = [
            KPITile(label: "Học sinh", value: "1.438", change: "+12 so với năm trước", trend: .up(good: true)),
            KPITile(label: "Tỉ lệ lên lớp", value: "99,86%", change: "+0,4 điểm", trend: .up(good: true), status: .exceeded),
            KPITile(label: "Tỉ lệ đỗ vào lớp 10 công lập (ước tính theo trường có số liệu)", value: "84,2%",
                    change: "−1,2 điểm", trend: .down(good: false), status: .missed, note: "ước tính"),
            KPITile(label: "Đảng viên", value: "28"),
            KPITile(label: "Hoàn thành tốt nhiệm vụ trở lên", value: "96,43%", status: .pending),
            KPITile(label: String(longName), value: "1.000.000"),
        ]
        for (tile, cell) in zip(tiles, frame.grid(rows: 2, columns: 3, gutter: theme.gap)) {
            tile.draw(in: cell, theme: theme, into: &list)
        }
    }

    static func table(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let rows = (0..<14).map { index in
            [String(index + 1), index == 2 ? String(longName) : "THCS Kỳ Phương \(index + 1)", "1.\(400 + index)",
             "99,\(index)%", "9\(index % 10),5%", index % 3 == 0 ? "—" : "\(20 + index)"]
        }
        TableChart(columns: [.init("Hạng", weight: 0.5), .init("Trường", weight: 4, alignment: .left), .init("Học sinh"),
                             .init("Lên lớp"), .init("Tốt nghiệp"), .init("Đảng viên")], rows: rows)
            .draw(in: frame, theme: theme, into: &list)
    }

    static func matrix(_ frame: Rect, _ theme: Theme, _ list: inout DisplayList) {
        let statuses = TargetStatus.allCases
        let cells = (0..<20).map { row in (0..<12).map { column -> TargetStatus? in
            (row + column) % 7 == 0 ? nil : statuses[(row * 3 + column) % 4]
        } }
        StatusMatrix(rowNames: (0..<20).map { $0 == 4 ? String(longName) : "THCS Số \($0 + 1)" },
                     columnNames: (0..<12).map { "Chỉ tiêu số \($0 + 1) về chất lượng giáo dục" }, cells: cells)
            .draw(in: frame, theme: theme, into: &list)
    }
}
