import SchoolMetrics

/// Where a school or a ward is, as one line: `Phường Kỳ Phương · Thị xã Kỳ Anh · Hà Tĩnh`.
enum Place {
    static func line(ward: String?, district: String?, province: String?) -> String {
        [ward, district, province].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
