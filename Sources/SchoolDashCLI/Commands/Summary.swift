import SchoolMetrics

/// The one-line summaries commands end with.
enum Summary {
    static func line(files: Int, records: Int, findings: Diagnostics, language: Language) -> String {
        switch language {
        case .en:
            return "\(files) files, \(records) records loaded: \(findings.errorCount) errors, \(findings.warningCount) warnings"
        case .vi:
            return "\(files) tệp, \(records) bản ghi đã đọc: \(findings.errorCount) lỗi, \(findings.warningCount) cảnh báo"
        }
    }
}
