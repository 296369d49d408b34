import Foundation

/// The real clients that tests open Office files with: LibreOffice headless and openpyxl.
/// `make test` installs both (scripts/setup.sh with SCHOOLDASH_TOOLS=1); tests that need one
/// are enabled only when it is there, with ``libreOfficeMissing`` or ``openpyxlMissing`` as the reason.
public enum OfficeTools {
    /// A client that ran and failed.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static let hasLibreOffice = (try? run(["sh", "-c", "command -v soffice"]).status) == 0
    public static let hasOpenpyxl = (try? run(["python3", "-c", "import openpyxl"]).status) == 0
    public static let libreOfficeMissing = "needs LibreOffice (soffice, Debian's libreoffice-calc-nogui): make test installs it"
    public static let openpyxlMissing = "needs python3 with openpyxl (Debian's python3-openpyxl): make test installs it"

    /// Runs a program found on PATH; its exit status and standard output (standard error is
    /// dropped, or added to the output with `withErrors`).
    public static func run(_ arguments: [String], withErrors: Bool = false) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = withErrors ? pipe : FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Converts a file with LibreOffice headless (`--convert-to FILTER`) into `folder`, in a
    /// profile of its own so that runs side by side do not share one.
    public static func convert(_ file: URL, to filter: String, into folder: URL) throws {
        let profile = folder.appendingPathComponent(".profile-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try run(["soffice", "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", filter,
                              "--outdir", folder.path, file.path])
        guard result.status == 0 else { throw Failure(description: "LibreOffice could not convert \(file.lastPathComponent) to \(filter)") }
    }

    /// Every sheet of a workbook as CSV text (UTF-8, `,`, cells as shown), by sheet name (NFC).
    public static func sheetsAsCSV(_ workbook: URL) throws -> [String: String] {
        let folder = workbook.deletingLastPathComponent().appendingPathComponent("csv-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Separator 44, quote 34, UTF-8 (76), line 1, no column formats, English (1033), …, cells as
        // shown, no formulas, no trimming, sheet -1: every sheet to NAME-SHEET.csv (LibreOffice 7.2 on).
        try convert(workbook, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1", into: folder)
        let stem = workbook.deletingPathExtension().lastPathComponent + "-"
        var sheets: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix(stem) && name.hasSuffix(".csv") {
            let sheet = String(name.dropFirst(stem.count).dropLast(4)).precomposedStringWithCanonicalMapping
            sheets[sheet] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        guard !sheets.isEmpty else { throw Failure(description: "LibreOffice wrote no sheet of \(workbook.lastPathComponent)") }
        return sheets
    }
}
