import SchoolMetrics

/// The words of the Word reports, in Vietnamese or English.
extension Words {
    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    public var reportTitle: String { pick("Số liệu tổng kết", "Year-end figures") }
    public var studentResults: String { pick("Kết quả xếp loại học sinh", "Student results") }
    public var ratesHeading: String { pick("Lên lớp, tốt nghiệp, tuyển sinh vào lớp 10", "Promotion, graduation and admission") }
    public var partyHeading: String { pick("Đảng viên và kết quả xếp loại", "Party members and their classification") }
    public var targetsHeading: String { pick("Thực hiện chỉ tiêu", "Targets") }
    public var checksHeading: String { pick("Lưu ý về số liệu", "Notes on the figures") }
    public var scorecardHeading: String { pick("Các trường trong phường/xã", "The schools of the ward") }
    public var perSchoolHeading: String { pick("Từng trường", "School by school") }
    public var table: String { pick("Bảng", "Table") }
    public var figure: String { pick("Hình", "Figure") }
    public var level: String { pick("Xếp loại", "Level") }
    public var studentsColumn: String { pick("Số học sinh", "Students") }
    public var share: String { pick("Tỉ lệ", "Share") }
    public var shareOfClassified: String { pick("Tỉ lệ trên số đã xếp loại", "Share of those classified") }
    public var total: String { pick("Tổng số", "Total") }
    public var figureColumn: String { pick("Chỉ số", "Figure") }
    public var countColumn: String { pick("Số em", "Students") }
    public var valueColumn: String { pick("Kết quả", "Result") }
    public var membersColumn: String { pick("Số đảng viên", "Members") }
    public var targetBand: String { pick("Mức đề ra", "Target") }
    public var actualColumn: String { pick("Thực hiện", "Actual") }
    public var statusColumn: String { pick("Đánh giá", "Status") }
    public var gapColumn: String { pick("Chênh lệch", "Gap") }
    public var noStudentFigures: String { pick("Báo cáo không có số liệu xếp loại học sinh.", "The report gives no student results.") }
    public var noRates: String { pick("Báo cáo không có tỉ lệ lên lớp, tốt nghiệp hay tuyển sinh.", "The report gives no promotion, graduation or admission rate.") }
    public var noParty: String { pick("Báo cáo không có số liệu đảng viên.", "The report gives no party figures.") }
    public var noTargets: String { pick("Kỳ này không có chỉ tiêu.", "No targets for this period.") }
    public var roundingNote: String {
        pick("Tỉ lệ trong các bảng tính từ số lượng (không lấy theo số in trong báo cáo) và được làm tròn để cộng đủ 100%.",
             "Shares in the tables are computed from the counts (not taken from the printed figures) and rounded to add up to 100%.")
    }

    public func since(_ period: String) -> String { pick("So với kỳ \(period)", "Since \(period)") }
    /// Under a table whose change column covers only some of the ward's schools.
    public func changeColumnNote(_ figure: String, since period: String, _ basis: ChangeBasis) -> String {
        figure + ", " + since(period).lowercased() + ": " + changeBasis(basis) + "."
    }
    public func periodColumn(_ period: String) -> String { pick("Kỳ \(period)", period) }
    public func nextTargets(_ period: String) -> String { pick("Chỉ tiêu đề ra cho kỳ \(period)", "Targets set for \(period)") }
    public func enrolledSentence(_ count: String) -> String { pick("Tổng số học sinh: \(count) em.", "Students enrolled: \(count).") }
    public func membersSentence(_ members: String, probationary: String?, women: String?) -> String {
        let details = [probationary.map { pick("\($0) dự bị", "\($0) probationary") }, women.map { pick("\($0) nữ", "\($0) women") }]
            .compactMap { $0 }
        return pick("Chi bộ có \(members) đảng viên", "The cell has \(members) members")
            + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")") + "."
    }
    /// A ward's members, over the cells of its schools.
    public func wardMembersSentence(_ members: String) -> String {
        pick("Các chi bộ trường có tổng số \(members) đảng viên.", "The schools' cells have \(members) members in all.")
    }
    /// The short heading of a rate's column in the schools' table.
    public func rateColumn(_ kind: RateKind) -> String {
        switch kind {
        case .promotion: pick("Lên lớp", "Promoted")
        case .graduation: pick("Tốt nghiệp", "Graduated")
        case .admission: pick("Vào lớp 10", "Admitted")
        }
    }
    public var targetsMetColumn: String { pick("Chỉ tiêu đạt", "Targets met") }
    public func schoolsSentence(_ count: Int, names: [String]) -> String {
        pick("Phường/xã có \(count) trường báo cáo: ", "\(count) schools report: ") + names.joined(separator: ", ") + "."
    }
    public func barChartDescription(_ title: String, _ subject: String) -> String {
        pick("Biểu đồ cột \(title), \(subject)", "Bar chart of \(title), \(subject)")
    }
    public func donutDescription(_ subject: String) -> String {
        pick("Biểu đồ tròn xếp loại đảng viên, \(subject)", "Donut chart of the party member classification, \(subject)")
    }
}
