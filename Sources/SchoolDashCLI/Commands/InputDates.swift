import Foundation
import SchoolMetrics

/// When the input data were last changed, for the pack's cover.
enum InputDates {
    static func newest(_ files: [String], language: Language) -> String {
        let dates = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }
        guard let newest = dates.max() else { return "—" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = language == .vi ? "dd/MM/yyyy" : "yyyy-MM-dd"
        return formatter.string(from: newest)
    }
}
