import SchoolMetrics

/// The words of the dashboard pages, in Vietnamese or English.
extension Words {
    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    public func distribution(_ kind: DistributionKind) -> String {
        kind == .conduct ? pick("Hạnh kiểm / Rèn luyện", "Conduct") : pick("Học lực / Học tập", "Academic results")
    }

    /// The name of a distribution by its scheme: `Hạnh kiểm (TT 58/2011)`, `Rèn luyện (TT 22/2021)` …
    public func distribution(_ kind: DistributionKind, scheme: Scheme) -> String {
        switch scheme.id {
        case Scheme.conduct2011.id: pick("Hạnh kiểm (TT 58)", "Conduct (Circular 58)")
        case Scheme.academic2011.id: pick("Học lực (TT 58)", "Academic (Circular 58)")
        case Scheme.training2021.id: pick("Rèn luyện (TT 22)", "Conduct (Circular 22)")
        case Scheme.learning2021.id: pick("Học tập (TT 22)", "Learning (Circular 22)")
        case Scheme.primary2020.id: (kind == .conduct ? pick("Phẩm chất, năng lực", "Qualities") : pick("Học tập", "Learning"))
            + pick(" (TT 27)", " (Circular 27)")
        default: distribution(kind) + " · " + scheme.id
        }
    }

    public func rate(_ kind: RateKind) -> String {
        switch kind {
        case .promotion: pick("Tỉ lệ lên lớp", "Promotion rate")
        case .graduation: pick("Tỉ lệ tốt nghiệp", "Graduation rate")
        case .admission: pick("Tỉ lệ đỗ vào lớp 10", "Upper-secondary admission")
        }
    }

    public func grades(_ grades: [Int]) -> String {
        pick("khối ", "grades ") + grades.map(String.init).joined(separator: ", ")
    }

    public var enrolled: String { pick("Học sinh", "Students") }
    public var members: String { pick("Đảng viên", "Party members") }
    public var goodOrBetter: String { pick("Hoàn thành tốt nhiệm vụ trở lên", "Good or better") }
    public var classification: String { pick("Xếp loại đảng viên", "Party member classification") }
    public var targets: String { pick("Chỉ tiêu", "Targets") }
    public var period: String { pick("Kỳ báo cáo", "Period") }
    public var schoolYear: String { pick("Năm học", "School year") }
    public var schools: String { pick("Trường", "Schools") }
    public var school: String { pick("Trường", "School") }
    public var rank: String { pick("Hạng", "Rank") }
    public var findings: String { pick("Kiểm tra số liệu", "Data checks") }
    public var noFindings: String { pick("Không có vấn đề về số liệu", "No data problems") }
    public var source: String { pick("Nguồn", "Source") }
    public var page: String { pick("Trang", "Page") }
    public var contents: String { pick("Mục lục", "Contents") }
    public var comparison: String { pick("So sánh các trường", "Schools side by side") }
    public var appendix: String { pick("Phụ lục: kiểm tra số liệu", "Appendix: data checks") }
    public var unclassified: String { pick("Chưa xếp loại", "Not classified") }
    public var sinceWord: String { pick("so với", "since") }
    public var allSchools: String { pick("Tất cả các trường", "All schools") }
    public var ward: String { pick("Phường/xã", "Ward") }
    public var packTitle: String { pick("Tài liệu họp tổng kết năm học", "Year-end meeting pack") }
    public var generated: String { pick("Số liệu lập lúc", "Data produced") }

    /// Over which schools a group's change is measured, short enough for a tile: `so sánh 1/2 trường`.
    public func changeBasisShort(_ basis: ChangeBasis) -> String {
        pick("so sánh \(basis.schools.count)/\(basis.schoolsInEither) trường",
             "over \(basis.schools.count) of \(basis.schoolsInEither) schools")
    }

    /// The same in a sentence: `tính trên 1/2 trường có số liệu cả hai kỳ`.
    public func changeBasis(_ basis: ChangeBasis) -> String {
        pick("tính trên \(basis.schools.count)/\(basis.schoolsInEither) trường có số liệu cả hai kỳ",
             "over the \(basis.schools.count) of \(basis.schoolsInEither) schools that report both periods")
    }

    public func membersCount(_ count: String) -> String { count + pick(" đảng viên", " members") }
    public func schoolsCount(_ count: Int) -> String { "\(count)" + pick(" trường", count == 1 ? " school" : " schools") }
    public func targetsMet(_ met: Int, of total: Int) -> String { "\(met)/\(total)" + pick(" đạt", " met") }
    /// The short name used in legends: `Xuất sắc`, `Tốt`, `Hoàn thành`, `Không hoàn thành`.
    public func classificationShort(_ level: Party.Level) -> String {
        switch level {
        case .excellent: pick("Xuất sắc", "Excellent")
        case .good: pick("Tốt", "Good")
        case .completed: pick("Hoàn thành", "Completed")
        case .failed: pick("Không hoàn thành", "Not completed")
        }
    }

    public func classificationLevel(_ level: Party.Level) -> String {
        switch level {
        case .excellent: pick("Hoàn thành xuất sắc", "Excellent")
        case .good: pick("Hoàn thành tốt", "Good")
        case .completed: pick("Hoàn thành", "Completed")
        case .failed: pick("Không hoàn thành", "Not completed")
        }
    }
}
