import SchoolMetrics

/// One document a build writes: its name (a path under the output folder without extension,
/// made from ids and slugs only), what it is, and how to draw its pages.
public struct Publication: Sendable {
    public enum Kind: String, Sendable {
        case school, ward, comparison, pack, chart
        /// A Word report of a school or a ward (`reports/…docx`).
        case report
    }

    public var name: String
    public var kind: Kind
    public var school: String?
    public var ward: String?
    public var district: String?
    public var province: String?
    public var period: String?
    public var chart: String?
    /// Draws the pages; called once, by whichever worker writes the files.
    public var pages: @Sendable () -> [DisplayList]

    public init(name: String, kind: Kind, school: String? = nil, ward: String? = nil, district: String? = nil,
                province: String? = nil, period: String? = nil, chart: String? = nil,
                pages: @escaping @Sendable () -> [DisplayList]) {
        self.name = name
        self.kind = kind
        self.school = school
        self.ward = ward
        self.district = district
        self.province = province
        self.period = period
        self.chart = chart
        self.pages = pages
    }
}

/// File names from ids and slugs.
public enum FileNames {
    public static func school(_ id: String, period: String) -> String {
        "schools/" + Slug.make(id) + "_" + Slug.make(period)
    }

    /// Province, district and ward slugs, so two "Phường 1" never collide.
    public static func place(_ key: GroupKey) -> String {
        placeSlug(key) + "_" + Slug.make(key.period)
    }

    /// `ha-tinh--thi-xa-ky-anh--phuong-ky-phuong`: the place without its period. Parts a record does
    /// not name are left out (`xa-phong-hai`), never written as placeholders.
    public static func placeSlug(_ key: GroupKey) -> String {
        let parts = [key.province, key.district, key.ward].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? Slug.make(key.name, empty: "na") : parts.map { Slug.make($0, empty: "na") }.joined(separator: "--")
    }

    public static func ward(_ key: GroupKey) -> String { "wards/" + place(key) }
    /// `reports/<school-id>_<period>`: a school's Word report.
    public static func report(_ id: String, period: String) -> String { "reports/" + Slug.make(id) + "_" + Slug.make(period) }
    /// `reports/<province>--<district>--<ward>_<period>`: a ward's Word report.
    public static func report(_ key: GroupKey) -> String { "reports/" + place(key) }
    public static func comparison(_ key: GroupKey) -> String { "comparisons/" + place(key) }
    public static func comparison(period: String) -> String { "comparisons/all_" + Slug.make(period) }
    /// `owner` is a school id or a place from ``placeSlug(_:)``.
    public static func chart(_ chart: String, owner: String, period: String) -> String {
        "charts/" + owner.split(separator: "--", omittingEmptySubsequences: false).map { Slug.make(String($0)) }.joined(separator: "--")
            + "_" + Slug.make(period) + "_" + Slug.make(chart)
    }
}
