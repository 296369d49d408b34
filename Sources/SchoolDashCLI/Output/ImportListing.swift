import SchoolImport
import SchoolMetrics

/// The figures an import found and the sentences to review, for a person at a terminal.
struct ImportListing {
    var language: Language

    func lines(_ reports: [ImportedReport]) -> [String] {
        reports.flatMap(report)
    }

    private func report(_ report: ImportedReport) -> [String] {
        var lines: [String] = []
        for imported in report.records {
            let record = imported.record
            let what = record.targets.map { say("\($0.count) chỉ tiêu", "\($0.count) targets") }
                ?? say("\(imported.sources.count) số liệu", "\(imported.sources.count) figures")
            let id = record.school.id.isEmpty ? "?" : record.school.id, period = record.period.isEmpty ? "?" : record.period
            lines.append("\(report.report) → \(id) \(period): \(what)")
            for field in imported.missing {
                lines.append("  " + say("Thiếu \(field.field) (\(field.meaning.vi)): báo cáo không ghi, hãy dùng \(field.option)",
                                        "Missing \(field.field) (\(field.meaning.en)): the report does not name it, give \(field.option)"))
            }
            for source in imported.sources {
                let value = source.value.serialized(indent: nil)
                lines.append("  \(say("dòng", "line")) \(source.line)\t\(source.field) = \(value)\(source.derived ? say(" (suy ra)", " (derived)") : "")")
                lines.append("      «\(source.sentence)»")
            }
            if !imported.review.isEmpty {
                lines.append("  " + say("Cần xem lại (\(imported.review.count)):", "To review (\(imported.review.count)):"))
                for review in imported.review {
                    lines.append("  \(say("dòng", "line")) \(review.line)\t\(reason(review)): \(review.figures.joined(separator: ", "))")
                    lines.append("      «\(review.sentence)»")
                }
            }
        }
        return lines
    }

    private func reason(_ review: ImportReview) -> String {
        switch review.reason {
        case .notPlaced: say("chưa đưa vào trường nào", "not placed in any field")
        case .contradicts:
            say("khác với giá trị đã lấy cho \(review.field ?? "")", "differs from the value kept for \(review.field ?? "")")
                + (review.kept.map { " (\($0.serialized(indent: nil)))" } ?? "")
        case .inParentheses: say("trong ngoặc, coi là ghi chú", "in parentheses, read as a remark")
        case .doesNotAddUp: say("các số không cộng đúng tổng", "the counts do not add up to the total")
        case .sharesWithoutCounts: say("tỉ lệ không kèm số lượng", "shares without counts")
        case .failsCheck:
            say("mâu thuẫn, đã bỏ khỏi \(review.field ?? "")", "contradictory, taken out of \(review.field ?? "")")
                + (review.explanation.map { " — \($0)" } ?? "")
        }
    }

    private func say(_ vi: String, _ en: String) -> String {
        language == .vi ? vi : en
    }
}
