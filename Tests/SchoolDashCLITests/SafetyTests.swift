import Foundation
import Testing
@testable import SchoolDashCLI

/// Nothing is written outside `--out`, no half-written file is ever left, and an interrupted
/// build cleans up after itself.
@Suite(.serialized) struct SafetyTests {
    private func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-\(name)-\(UUID())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func allFiles(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
    }

    @Test func anOutputFolderThatCannotBeMadeIsAUsageErrorBeforeAnyWork() {
        let run = Run(["build", "Samples"], out: URL(fileURLWithPath: "/proc/schooldash-cannot-be-here"))
        #expect(run.code == .usage)
        #expect(run.errors.contains { $0.contains("/proc/schooldash-cannot-be-here") })
        #expect(run.errors.count == 1, "nothing was loaded or drawn first: \(run.errors)")
    }

    @Test func aSymbolicLinkInsideOutIsNeverFollowed() throws {
        let out = temporaryFolder("out"), elsewhere = temporaryFolder("elsewhere")
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("schools"), withDestinationURL: elsewhere)
        let run = Run(["build", packagePath("Samples/seeds"), "--format", "pdf", "--quiet"], out: out)
        #expect(run.code == .usage)
        #expect(run.errors.contains { $0.contains("schools") })
        #expect(allFiles(elsewhere).isEmpty, "a file was written through the link")
        #expect(!allFiles(out).contains { $0.contains(".partial-") })
    }

    @Test func aFailedWriteLeavesTheEarlierFileAndNoTemporaryFile() throws {
        let out = temporaryFolder("write")
        defer { try? FileManager.default.removeItem(at: out) }
        let folder = try OutputFolder(out.path)
        try folder.write(Array("earlier".utf8), to: "report.txt")
        struct DiskFull: Error {}
        #expect(throws: OutputFolder.Failure.self) {
            try folder.produce("report.txt") { temporary in
                FileManager.default.createFile(atPath: temporary, contents: Data("half a fi".utf8))
                throw DiskFull()
            }
        }
        #expect(try String(contentsOf: out.appendingPathComponent("report.txt"), encoding: .utf8) == "earlier")
        #expect(allFiles(out) == ["report.txt"])
        #expect(throws: OutputFolder.Failure.self) { try folder.write([1], to: "../escape.txt") }
        #expect(throws: OutputFolder.Failure.self) { try folder.write([1], to: "/etc/escape") }
    }

    /// The built `schooldash`, next to the test bundle.
    private func tool() throws -> String {
        let path = packagePath(".build/debug/schooldash")
        try #require(FileManager.default.isExecutableFile(atPath: path), "swift test builds the schooldash executable")
        return path
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedBuildLeavesNoPartialFileAndALaterRunCompletes(_ signal: Int32) throws {
        let data = Run(["sample", "--schools", "1500", "--seed", "8"])
        defer { data.remove() }
        let out = temporaryFolder("interrupted")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tool())
        process.arguments = ["build", data.out.path, "--out", out.path, "--format", "pdf,png", "--dpi", "50", "--quiet", "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupt it in the middle, once it is writing.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && allFiles(out).count < 40 && Date() < deadline { usleep(20_000) }
        try #require(process.isRunning, "the build ended before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal, "exit \(process.terminationStatus)")
        let left = allFiles(out)
        #expect(!left.contains { $0.contains(".partial-") }, "temporary files left: \(left.filter { $0.contains(".partial-") })")
        #expect(!left.contains("manifest.json"), "no manifest for an interrupted build")
        for path in left where path.hasSuffix(".pdf") {
            let bytes = try Data(contentsOf: out.appendingPathComponent(path))
            #expect(bytes.suffix(6).elementsEqual(Array("%%EOF\n".utf8)), "\(path) is half written")
        }
        #expect(left.count > 10 && left.count < 3000, "\(left.count) files")
        // A later run completes normally over what the interrupted one left.
        let again = Run(["build", data.out.path, "--format", "pdf", "--quiet"], out: out)
        #expect(again.code == .ok)
        #expect(try again.manifest().count == allFiles(out).filter { $0.hasSuffix(".pdf") }.count)
    }
}

@Suite struct LimitTests {
    @Test func aFileAboveTheSizeLimitIsRefusedWithItsNameAndSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-size-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.json")
        try Data(repeating: UInt8(ascii: " "), count: 1_200_000).write(to: big)
        let console = RecordingConsole()
        #expect(CLI.run(["check", big.path, "--max-file-size", "1", "--lang", "en"], console: console) == .dataErrors)
        let said = (console.output + console.errors).joined()
        #expect(said.contains("big.json") && said.contains("1200000 bytes") && said.contains("1048576"), "\(said)")
        #expect(said.contains("file-too-large"))
        let larger = RecordingConsole()
        #expect(CLI.run(["check", big.path, "--max-file-size", "2", "--lang", "en"], console: larger) == .dataErrors)
        let saidLarger = (larger.output + larger.errors).joined()
        #expect(!saidLarger.contains("file-too-large") && saidLarger.contains("empty-file"))
    }
}
