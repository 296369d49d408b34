/// A column of the CSV files (and of the data-entry workbook): its name, what may be written
/// in it, and its label for people in Vietnamese and English.
///
/// ``records`` is every column a records file may have, made from the model (the built-in
/// schemes, the rates, the party levels), so a new category or rate gets its column here by
/// itself; ``targets`` are ``RecordCSV/targetColumns``.
public struct CSVColumn: Sendable, Hashable {
    /// What a cell of the column holds.
    public enum Kind: Sendable, Hashable {
        case text
        /// A whole number, zero or more.
        case count
        /// A number from 0 to 100.
        case percent
        /// Any number (a target's bounds and result).
        case number
        /// One of these scheme ids.
        case scheme([String])
        /// Grades separated by spaces: `6 7`.
        case grades
        /// `có` / `không` (or `true` / `false`).
        case yesNo
        /// `higher` or `lower`.
        case better
    }

    /// The section of a records file a column belongs to, for grouping and colouring.
    public enum Group: Sendable, Hashable {
        case school, students, conduct, academic, rates, party, mixedYears, target
    }

    public let name: String
    public let kind: Kind
    public let group: Group
    /// Short labels for the row above the header, and longer notes (what to write), in Vietnamese and English.
    private let labels: [String]
    private let notes: [String]

    init(_ name: String, _ kind: Kind, _ group: Group, vi: (String, String), en: (String, String)) {
        self.name = name
        self.kind = kind
        self.group = group
        labels = [vi.0, en.0]
        notes = [vi.1, en.1]
    }

    /// The label people read above the column name: `Tổng số học sinh`.
    public func label(_ language: Language) -> String {
        labels[language == .vi ? 0 : 1]
    }

    /// What to write in the column, for the note on its header cell.
    public func note(_ language: Language) -> String {
        notes[language == .vi ? 0 : 1]
    }
}

extension CSVColumn {
    /// Every column of a records file, in the order a sheet shows them.
    public static let records: [CSVColumn] = schoolColumns + studentColumns + DistributionKind.allCases.flatMap(distributionColumns)
        + RateKind.allCases.flatMap(rateColumns) + partyColumns + DistributionKind.allCases.flatMap(mixedYearColumns)

    /// The columns of a targets file, in ``RecordCSV/targetColumns`` order.
    public static let targets: [CSVColumn] = RecordCSV.targetColumns.map(targetColumn)

    private static let schoolColumns: [CSVColumn] = [
        .init("school.id", .text, .school,
              vi: ("Mã trường", "Mã không đổi của trường: chữ thường không dấu, số và dấu gạch nối, vd. thcs-ky-phuong."),
              en: ("School id", "The school's fixed id: lower-case letters, digits and hyphens, e.g. thcs-ky-phuong.")),
        .init("school.name", .text, .school, vi: ("Tên trường", "Tên đầy đủ, vd. Trường THCS Kỳ Phương."),
              en: ("School name", "The full name, e.g. Trường THCS Kỳ Phương.")),
        .init("school.level", .text, .school, vi: ("Cấp học", "Mầm non, Tiểu học, THCS hoặc THPT (không bắt buộc)."),
              en: ("Level", "Preschool, primary, lower or upper secondary (optional).")),
        .init("school.ward", .text, .school, vi: ("Phường, xã", "Phường hoặc xã của trường, vd. Phường Kỳ Phương."),
              en: ("Ward", "The school's ward or commune, e.g. Phường Kỳ Phương.")),
        .init("school.district", .text, .school, vi: ("Quận, huyện, thị xã", "Không bắt buộc; giúp phân biệt hai phường cùng tên."),
              en: ("District", "Optional; tells apart two wards of the same name.")),
        .init("school.province", .text, .school, vi: ("Tỉnh, thành phố", "Không bắt buộc."), en: ("Province", "Optional.")),
        .init("period", .text, .school, vi: ("Kỳ báo cáo", "Năm của báo cáo, vd. 2021 cho năm học 2020-2021."),
              en: ("Period", "The report's year, e.g. 2021 for school year 2020-2021.")),
    ]

    private static let studentColumns: [CSVColumn] = [
        .init("students.schoolYear", .text, .students, vi: ("Năm học", "Vd. 2020-2021."), en: ("School year", "E.g. 2020-2021.")),
        .init("students.enrolled", .count, .students, vi: ("Tổng số học sinh", countNoteVi), en: ("Students enrolled", countNoteEn)),
    ]

    /// The schemes a section may use, in the format's order.
    static func schemes(_ kind: DistributionKind) -> [Scheme] {
        Scheme.builtIn.filter { $0.family == .any || $0.family.rawValue == kind.rawValue }
    }

    /// Every category id of the section's schemes, in first-met order, with its labels: `tot` is
    /// "Tốt" in the 2011 and 2021 schemes and "Hoàn thành tốt" in the primary one.
    private static func categories(_ schemes: [Scheme]) -> [(id: String, labels: String)] {
        var ids: [String] = []
        var labels: [String: [String]] = [:]
        for scheme in schemes {
            for category in scheme.categories {
                if labels[category.id] == nil { ids.append(category.id) }
                if !(labels[category.id] ?? []).contains(category.label) { labels[category.id, default: []].append(category.label) }
            }
        }
        return ids.map { ($0, (labels[$0] ?? []).joined(separator: " / ")) }
    }

    private static func section(_ kind: DistributionKind) -> (vi: String, en: String) {
        kind == .conduct ? ("Hạnh kiểm / Rèn luyện", "Conduct") : ("Học lực / Học tập", "Academic results")
    }

    private static func distributionColumns(_ kind: DistributionKind) -> [CSVColumn] {
        let prefix = "students." + kind.rawValue, name = section(kind), group: Group = kind == .conduct ? .conduct : .academic
        let schemes = schemes(kind), ids = schemes.map(\.id)
        let scheme = CSVColumn(prefix + ".scheme", .scheme(ids), group,
                               vi: ("\(name.vi): thang xếp loại", "Chọn \(ids.joined(separator: ", ")). Xem trang Hướng dẫn."),
                               en: ("\(name.en): scheme", "Choose \(ids.joined(separator: ", ")). See the Instructions sheet."))
        let categories = categories(schemes)
        let counts = categories.map { category in
            CSVColumn("\(prefix).\(category.id)", .count, group, vi: ("\(name.vi): \(category.labels) (số em)", countNoteVi),
                      en: ("\(name.en): “\(category.labels)” (students)", countNoteEn))
        }
        let shares = categories.map { category in
            CSVColumn("\(prefix).reportedPercent.\(category.id)", .percent, group,
                      vi: ("\(name.vi): \(category.labels) (% in trong báo cáo)", printedNoteVi),
                      en: ("\(name.en): “\(category.labels)” (% as printed)", printedNoteEn))
        }
        return [scheme] + counts + shares
    }

    private static func rateColumns(_ kind: RateKind) -> [CSVColumn] {
        let prefix = "students." + kind.rawValue
        let name: (vi: String, en: String) = switch kind {
        case .promotion: ("Lên lớp", "Promotion")
        case .graduation: ("Tốt nghiệp", "Graduation")
        case .admission: ("Đỗ vào lớp 10", "Admission to grade 10")
        }
        return [
            .init(prefix + ".percent", .percent, .rates, vi: ("\(name.vi): tỉ lệ (%)", rateNoteVi), en: ("\(name.en): rate (%)", rateNoteEn)),
            .init(prefix + ".count", .count, .rates, vi: ("\(name.vi): số em", rateNoteVi), en: ("\(name.en): students", rateNoteEn)),
            .init(prefix + ".of", .count, .rates, vi: ("\(name.vi): trên tổng số em", rateNoteVi), en: ("\(name.en): out of", rateNoteEn)),
        ]
    }

    private static let partyColumns: [CSVColumn] = [
        CSVColumn("party.members", .count, .party, vi: ("Tổng số đảng viên", countNoteVi), en: ("Party members", countNoteEn)),
        CSVColumn("party.probationary", .count, .party, vi: ("Đảng viên dự bị", countNoteVi), en: ("Probationary members", countNoteEn)),
        CSVColumn("party.women", .count, .party, vi: ("Đảng viên nữ", countNoteVi), en: ("Women members", countNoteEn)),
    ] + Party.Level.allCases.map { level in
        CSVColumn("party.classification." + level.rawValue, .count, .party, vi: ("Đảng viên \(level.label.lowercased())", classificationNoteVi),
                  en: ("Members rated “\(level.label)”", classificationNoteEn))
    } + Party.Level.allCases.map { level in
        CSVColumn("party.reportedPercent." + level.rawValue, .percent, .party, vi: ("\(level.label) (% in trong báo cáo)", printedNoteVi),
                  en: ("“\(level.label)” (% as printed)", printedNoteEn))
    } + [
        CSVColumn("party.cellRating", .text, .party, vi: ("Xếp loại chi bộ", "Như báo cáo ghi, vd. Hoàn thành tốt nhiệm vụ."),
                  en: ("The cell's rating", "As the report words it, e.g. Hoàn thành tốt nhiệm vụ.")),
    ]

    /// The parts of a mixed-year section: `students.conduct.training-2021.tot` and its grades.
    /// The 2021 scheme comes first: it is the lower grades' (6 7), and a CSV's parts keep the
    /// order of their columns.
    private static func mixedYearColumns(_ kind: DistributionKind) -> [CSVColumn] {
        let name = section(kind)
        return Scheme.builtIn.filter { $0.family.rawValue == kind.rawValue }.reversed().flatMap { scheme -> [CSVColumn] in
            let prefix = "students.\(kind.rawValue).\(scheme.id)"
            let counts = scheme.categories.map { category in
                CSVColumn("\(prefix).\(category.id)", .count, .mixedYears, vi: ("\(name.vi), \(scheme.id): \(category.label) (số em)", mixedNoteVi),
                          en: ("\(name.en), \(scheme.id): “\(category.label)” (students)", mixedNoteEn))
            }
            let grades = CSVColumn("\(prefix).grades", .grades, .mixedYears, vi: ("\(name.vi), \(scheme.id): các khối", gradesNoteVi),
                                   en: ("\(name.en), \(scheme.id): grades", gradesNoteEn))
            let shares = scheme.categories.map { category in
                CSVColumn("\(prefix).reportedPercent.\(category.id)", .percent, .mixedYears,
                          vi: ("\(name.vi), \(scheme.id): \(category.label) (% in trong báo cáo)", printedNoteVi),
                          en: ("\(name.en), \(scheme.id): “\(category.label)” (% as printed)", printedNoteEn))
            }
            return counts + [grades] + shares
        }
    }

    private static func targetColumn(_ name: String) -> CSVColumn {
        let (kind, vi, en): (Kind, (String, String), (String, String)) = switch name {
        case "school.id": (.text, ("Mã trường", "Như ở trang Bản ghi."), ("School id", "As on the Records sheet."))
        case "period": (.text, ("Kỳ của chỉ tiêu", "Năm mà chỉ tiêu đặt ra, vd. 2022."), ("Period", "The year the target is for, e.g. 2022."))
        case "name": (.text, ("Tên chỉ tiêu", "Vd. Tỉ lệ tốt nghiệp."), ("Target", "E.g. Tỉ lệ tốt nghiệp."))
        case "unit": (.text, ("Đơn vị", "Vd. %, giải, đ/c (không bắt buộc)."), ("Unit", "E.g. %, prizes (optional)."))
        case "min": (.number, ("Tối thiểu", targetBoundsVi), ("Minimum", targetBoundsEn))
        case "max": (.number, ("Tối đa", targetBoundsVi), ("Maximum", targetBoundsEn))
        case "better": (.better, ("Tốt hơn khi", "higher: cao hơn là tốt (mặc định, để trống); lower: thấp hơn là tốt (thứ hạng, số vi phạm)."),
                        ("Better when", "higher: more is better (the default, leave empty); lower: less is better (ranks, failures)."))
        case "actual": (.number, ("Kết quả đạt (số)", "Chỉ cho chỉ tiêu có số; để trống khi chưa có kết quả."),
                        ("Result (number)", "Numeric targets only; leave empty while pending."))
        case "achieved": (.yesNo, ("Đã đạt?", "có hoặc không; chỉ cho chỉ tiêu không có số (không có Tối thiểu, Tối đa)."),
                          ("Achieved?", "có (yes) or không (no); only for targets without a minimum or maximum."))
        case "metric": (.text, ("Gắn với số liệu", "Không bắt buộc: graduation, promotion, admission, conduct.tot, party.excellent, party.goodOrBetter…"),
                        ("Tied to the figure", "Optional: graduation, promotion, admission, conduct.tot, party.excellent, party.goodOrBetter…"))
        default: (.text, (name, ""), (name, ""))
        }
        return CSVColumn(name, kind, .target, vi: vi, en: en)
    }

    private static let countNoteVi = "Số nguyên từ 0. Để trống nếu báo cáo không ghi: ô trống là thiếu số liệu, không phải số 0."
    private static let countNoteEn = "A whole number from 0. Leave empty when the report does not say: empty is missing, not zero."
    private static let printedNoteVi = "Không bắt buộc: tỉ lệ đúng như báo cáo in, từ 0 đến 100 (vd. 94,7). schooldash tự tính tỉ lệ từ số em và so với số in này."
    private static let printedNoteEn = "Optional: the share exactly as the report prints it, 0 to 100 (e.g. 94.7). schooldash computes shares from the counts and compares."
    private static let rateNoteVi = "Ghi tỉ lệ (%) từ 0 đến 100, hoặc số em và tổng số em, hoặc cả hai (sẽ được đối chiếu)."
    private static let rateNoteEn = "Write the rate (%) from 0 to 100, or the count and the total, or both (checked against each other)."
    private static let classificationNoteVi = "Số nguyên từ 0. Các mức không chồng nhau: \"09/09 hoàn thành tốt, trong đó 02 xuất sắc\" là xuất sắc 2, tốt 7."
    private static let classificationNoteEn = "A whole number from 0. Levels do not overlap: \"9 of 9 good, 2 of them excellent\" is excellent 2, good 7."
    private static let mixedNoteVi = "Chỉ cho năm chuyển tiếp, khi các khối dùng hai thang khác nhau; khi đó để trống các cột một thang ở trên."
    private static let mixedNoteEn = "Only for transition years, when grades use two schemes; then leave the single-scheme columns empty."
    private static let gradesNoteVi = "Các khối dùng thang này, cách nhau bởi dấu cách, vd. 6 7."
    private static let gradesNoteEn = "The grades using this scheme, separated by spaces, e.g. 6 7."
    private static let targetBoundsVi = "Số. Có Tối thiểu hoặc Tối đa là chỉ tiêu có số; không có cả hai là chỉ tiêu đạt/không đạt."
    private static let targetBoundsEn = "A number. A minimum or a maximum makes a numeric target; neither makes a yes/no target."
}
