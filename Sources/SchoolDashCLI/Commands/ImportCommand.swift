import Foundation
import SchoolImport
import SchoolMetrics

/// `schooldash import REPORT…`: reads year-end reports (.txt or .docx) and writes their figures
/// as records, each figure with the line and sentence it came from, and the sentences to review.
struct ImportCommand {
    var options: ImportOptions
    var console: Console

    func run() -> ExitCode {
        var reports: [ImportedReport] = []
        var failed = false
        for path in options.reports {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                console.err("schooldash: \(path): \(say("không đọc được tệp", "cannot read the file"))")
                return .usage
            }
            let text: ReportText
            do {
                text = try ReportText(name: (path as NSString).lastPathComponent, bytes: [UInt8](bytes))
            } catch {
                console.err("schooldash: \(path): \(error.description)")
                failed = true
                continue
            }
            var given = options.places
            if let id = options.schoolID { given["school.id"] = id }
            let report = ReportImporter.read(text, given: given)
            for error in report.errors {
                console.err("schooldash: \(path): \(error.text(options.language))")
            }
            // The record is still made with every figure read; what it lacks is said with its option.
            let missing = report.records.first?.missingMessages ?? []
            for message in missing {
                console.err("schooldash: \(path): \(message.text(options.language))")
            }
            // A record without its identity is still a record: check refuses it until the option gives it.
            failed = failed || report.records.isEmpty
            reports.append(report)
        }
        let json = ImportJSON.encode(reports).serialized() + "\n"
        if let out = options.out {
            do {
                try NamedFile.write(json, to: out)
            } catch {
                console.err("schooldash: \(error)")
                return .usage
            }
        }
        if options.json {
            console.out(json)
        } else {
            ImportListing(language: options.language).lines(reports).forEach(console.out)
            if options.out == nil {
                console.out(say("(Chưa ghi gì: thêm --out TỆP để lưu bản ghi, hoặc --json để in ra.)",
                                "(Nothing written: add --out FILE to save the records, or --json to print them.)"))
            }
        }
        return failed ? .dataErrors : .ok
    }

    private func say(_ vi: String, _ en: String) -> String {
        options.language == .vi ? vi : en
    }
}
