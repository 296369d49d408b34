import Foundation
import OfficeContainer
import SchoolMetrics

/// `schooldash template`: writes the data-entry workbook (``EntryTemplate``) to `--out`,
/// atomically, with every temporary file inside the folder it names.
struct TemplateCommand {
    var options: TemplateOptions
    var console: Console

    func run() -> ExitCode {
        let path = options.out
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            console.err("schooldash: --out \(path) is a folder, not a workbook")
            return .usage
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            console.err("schooldash: cannot create the folder \(folder): \(error.localizedDescription)")
            return .usage
        }
        let document = EntryTemplate.document(language: options.language, created: SourceDate.seconds())
        do {
            try NamedFile.produce(path) { temporary in
                try WorkbookWriter.write(document, to: temporary, temporaryFolder: folder)
            }
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
        let names = EntryTemplate.sheetNames(options.language)
        console.out(say("Đã ghi mẫu nhập liệu \(path): điền trang “\(names.records)” (và “\(names.targets)”), lưu lại, rồi chạy"
                            + " schooldash build \(path). Trang “\(names.instructions)” nói cách ghi.",
                        "Template written to \(path): fill in “\(names.records)” (and “\(names.targets)”), save it, then run"
                            + " schooldash build \(path). “\(names.instructions)” says how."))
        return .ok
    }

    private func say(_ vi: String, _ en: String) -> String {
        options.language == .vi ? vi : en
    }
}
