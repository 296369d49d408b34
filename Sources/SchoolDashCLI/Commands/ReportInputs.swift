import Foundation
import SchoolImport
import SchoolMetrics

/// Year-end reports (.txt, .docx) given among the inputs of check, metrics, build, charts and
/// summary: imported on the fly, as `schooldash import` would, so their records load like any
/// other and their review items are warnings.
enum ReportInputs {
    static let converter = InputConverter(endings: [".txt", ".docx"]) { bytes, name in
        let fileName = (name as NSString).lastPathComponent
        let text: ReportText
        switch Result(catching: { () throws(ReportText.Failure) in try ReportText(name: fileName, bytes: bytes) }) {
        case .success(let read): text = read
        case .failure(let failure):
            return .failed(Message(en: failure.description, vi: "không đọc được báo cáo (\(failure.description))"))
        }
        let report = ReportImporter.read(text)
        guard !report.records.isEmpty else {
            return .failed(Message(en: report.errors.map(\.en).joined(separator: "; "), vi: report.errors.map(\.vi).joined(separator: "; ")))
        }
        return .records(json: Array(ImportJSON.encode([report]).serialized(indent: nil).utf8))
    }
}
