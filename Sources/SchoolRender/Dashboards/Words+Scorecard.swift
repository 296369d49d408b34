import SchoolMetrics

/// The words of the scorecard and of the comparison's order, in Vietnamese or English.
extension Words {
    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    public var scorecard: String { pick("Bảng so sánh các trường", "Scorecard of the schools") }
    public var goodConduct: String { pick("Hạnh kiểm tốt, khá", "Good conduct") }
    public var goodOrBetterShort: String { pick("ĐV tốt trở lên", "Members good+") }

    /// The name of a rank key as a figure: `tỉ lệ lên lớp`.
    public func rankKey(_ key: RankKey) -> String {
        switch key {
        case .promotion: pick("tỉ lệ lên lớp", "promotion rate")
        case .graduation: pick("tỉ lệ tốt nghiệp", "graduation rate")
        case .admission: pick("tỉ lệ đỗ vào lớp 10", "upper-secondary admission")
        case .goodOrBetter: pick("đảng viên hoàn thành tốt nhiệm vụ trở lên", "party members rated good or better")
        case .targets: pick("tỉ lệ chỉ tiêu đạt", "share of targets met")
        }
    }

    /// What orders the schools, said on the page: `Xếp theo: tỉ lệ lên lớp, cao trước`.
    public func order(_ scorecard: Scorecard) -> String {
        guard let key = scorecard.key else {
            return pick("Xếp theo tên trường (không số liệu nào phân biệt các trường)",
                        "In order of name (no figure tells the schools apart)")
        }
        guard scorecard.isRanked else {
            return pick("Xếp theo: \(rankKey(key)) — các trường bằng nhau, nên theo tên",
                        "Ranked by: \(rankKey(key)) — the schools are level, so in order of name")
        }
        return pick("Xếp theo: \(rankKey(key)), cao trước; bằng nhau cùng hạng",
                    "Ranked by: \(rankKey(key)), highest first; ties share a rank")
            + (scorecard.asked ? "" : pick(" (số liệu phân biệt các trường rõ nhất)", " (the figure that best separates the schools)"))
    }

    /// The order of the schools on a comparison page: `Thứ tự: tỉ lệ lên lớp, cao trước`.
    public func comparisonOrder(_ scorecard: Scorecard) -> String {
        guard let key = scorecard.key, scorecard.isRanked else { return pick("Thứ tự: tên trường", "In order of name") }
        return pick("Thứ tự: \(rankKey(key)), cao trước", "In order of \(rankKey(key)), highest first")
    }

    /// How the scorecard marks a figure against the ward's.
    public var scorecardMarks: String {
        pick("nền xanh: cao hơn mức chung, nền đỏ: thấp hơn; vạch: mức chung", "green: above the ward, red: below; tick: the ward figure")
    }

    /// `Trường 1–20 / 60`, for a comparison that continues over pages.
    public func schoolRange(_ range: ClosedRange<Int>, of total: Int) -> String {
        pick("Trường", "Schools") + " \(range.lowerBound)–\(range.upperBound) / \(total)"
    }
}
