import Foundation
import Testing
import SchoolMetrics
@testable import SchoolDashCLI

/// LibreOffice's `soffice`, when it is installed (`make test` installs libreoffice-calc-nogui).
private let soffice: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
    .split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("Workbooks as inputs of the commands")
struct WorkbookTests {
    @Test func theDemoWorkbookBuildsTheSamePagesAsItsJSONForm() throws {
        let workbook = Run(["build", packagePath("Samples/demo/xlsx"), "--format", "svg", "--quiet"])
        let json = Run(["build", packagePath("Samples/demo/json"), "--format", "svg", "--quiet"])
        defer {
            try? FileManager.default.removeItem(at: workbook.out)
            try? FileManager.default.removeItem(at: json.out)
        }
        #expect(workbook.code == json.code)
        let pages = workbook.files().filter { $0.hasSuffix(".svg") }
        #expect(pages.count >= 28)
        #expect(pages == json.files().filter { $0.hasSuffix(".svg") })
        for page in pages.sorted().prefix(6) {
            // The pages name their source file in the footer; the rest is the same drawing.
            let strip = { (text: String) in text.replacingOccurrences(of: #"[A-Za-z0-9_./-]+\.(xlsx|json)(:[^<"]*)?"#, with: "SOURCE",
                                                                   options: .regularExpression) }
            #expect(strip(try workbook.text(page)) == strip(try json.text(page)), "\(page)")
        }
    }

    @Test(.enabled(if: soffice != nil, "needs LibreOffice's soffice (apt-get install libreoffice-calc-nogui; make test installs it)"))
    func aWorkbookThatLibreOfficeWritesFromTheCSVLoadsTheSameRecords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-lo-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = Run(["sample", "--schools", "40", "--format", "csv"], out: folder.appendingPathComponent("csv"))
        #expect(sample.code == .ok)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice!)
        process.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--infilter=CSV:44,34,76,1",
                             "--convert-to", "xlsx", "--outdir", folder.appendingPathComponent("xlsx").path,
                             folder.appendingPathComponent("csv/records.csv").path, folder.appendingPathComponent("csv/targets.csv").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "soffice --convert-to xlsx failed")
        let csv = try Loader().load(paths: [folder.appendingPathComponent("csv").path])
        let xlsx = try Loader().load(paths: [folder.appendingPathComponent("xlsx").path])
        #expect(xlsx.files.count == 2)
        #expect(xlsx.diagnostics.errorCount == csv.diagnostics.errorCount)
        let strip = { (records: [Record]) in records.map { record -> Record in
            var copy = record
            copy.source = nil
            return copy
        }.sorted { $0.key < $1.key } }
        #expect(xlsx.records.count == 40)
        #expect(strip(xlsx.records) == strip(csv.records))
    }
}
