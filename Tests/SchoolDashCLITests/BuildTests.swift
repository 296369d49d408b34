import Foundation
import TestTools
import Testing
@testable import SchoolDashCLI

/// Runs `schooldash` in-process and reads what it wrote.
struct Run: Sendable {
    let code: ExitCode
    let errors: [String]
    let out: URL

    init(_ arguments: [String], out: URL? = nil) {
        let folder = out ?? FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-test-\(UUID())")
        let console = RecordingConsole()
        code = CLI.run(arguments + ["--out", folder.path], console: console)
        errors = console.errors
        self.out = folder
    }

    func files() -> Set<String> {
        let enumerator = FileManager.default.enumerator(atPath: out.path)!
        var files: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.insert(path) }
        }
        return files
    }

    func manifest() throws -> [[String: Any]] {
        let data = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["files"] as? [[String: Any]])
    }

    func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: out.appendingPathComponent(path))
    }

    func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: out.appendingPathComponent(path)), as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: out) }
}

/// The page objects of a PDF Cairo wrote (`/Type /Page` not followed by `s`), read as bytes.
func pageCount(_ pdf: Data) -> Int {
    let marker = Array("/Type /Page".utf8)
    var count = 0
    pdf.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
        var index = 0
        while index + marker.count < bytes.count {
            if bytes[index] == marker[0] && bytes[index + marker.count] != UInt8(ascii: "s")
                && marker.indices.allSatisfy({ bytes[index + $0] == marker[$0] }) {
                count += 1
                index += marker.count
            } else {
                index += 1
            }
        }
    }
    return count
}

/// What a command-line tool printed (standard output and error together) and its exit status.
func tool(_ arguments: [String], needs package: String) throws -> (status: Int32, output: String) {
    let result = try OfficeTools.run(arguments, withErrors: true)
    try #require(result.status != 127, "\(arguments[0]) is needed: run make test, which installs \(package)")
    return result
}

/// The text of a PDF page, through poppler's `pdftotext` (installed by `make test`).
func pdfText(_ path: String) throws -> String {
    let (status, output) = try tool(["pdftotext", "-layout", path, "-"], needs: "poppler-utils")
    try #require(status == 0, "pdftotext could not read \(path): \(output)")
    return output
}

/// What `qpdf --check` says of a PDF when it is not entirely happy; nil for a sound file.
func qpdfComplaint(_ path: String) throws -> String? {
    let (status, output) = try tool(["qpdf", "--check", path], needs: "qpdf")
    return status == 0 && !output.contains("WARNING") ? nil : output
}

@Suite("schooldash build on the samples", .serialized)
struct BuildTests {
    static let samples = packagePath("Samples")
    static let build = Run(["build", samples, "--format", "pdf,png", "--quiet"])

    @Test func theManifestListsExactlyTheFilesOnDisk() throws {
        let run = Self.build
        #expect(run.code == .ok, "\(run.errors)")
        let listed = Set(try run.manifest().compactMap { $0["path"] as? String })
        #expect(listed == run.files().subtracting(["manifest.json"]))
        #expect(!run.files().contains { $0.contains(".partial-") }, "no temporary file is left")
    }

    @Test func everyKindIsThereWithItsPageCount() throws {
        let entries = try Self.build.manifest()
        let kinds = Set(entries.compactMap { $0["kind"] as? String })
        #expect(kinds == ["school", "ward", "comparison", "pack"])
        for entry in entries where entry["format"] as? String == "pdf" {
            let path = try #require(entry["path"] as? String)
            let pages = try #require(entry["pages"] as? Int)
            #expect(pageCount(try Self.build.bytes(path)) == pages, "\(path)")
        }
        let schools = entries.filter { $0["kind"] as? String == "school" && $0["format"] as? String == "pdf" }
        #expect(schools.count == 32, "one page per record of the samples")
        #expect(schools.allSatisfy { $0["pages"] as? Int == 1 })
        let kyPhuong = try #require(entries.first { $0["kind"] as? String == "ward" && $0["ward"] as? String == "Phường Kỳ Phương" })
        #expect(kyPhuong["district"] as? String == "Thị xã Kỳ Anh" && kyPhuong["province"] as? String == "Hà Tĩnh")
        let paths = entries.compactMap { $0["path"] as? String }
        #expect(paths.contains("wards/ha-tinh--thanh-pho-ha-tinh--phuong-1_2024.pdf"))
        #expect(paths.contains("wards/ha-tinh--thi-xa-hong-linh--phuong-1_2024.pdf"), "two Phường 1 never collide")
        #expect(paths.allSatisfy { $0.allSatisfy { $0.isASCII } }, "file names from slugs only")
        // The Phong Hải seed names no district or province: they are left out, not written as "na".
        #expect(paths.contains("wards/xa-phong-hai_2024.pdf") && paths.contains("comparisons/xa-phong-hai_2024.pdf"))
        #expect(!paths.contains { $0.contains("na--") || $0.contains("--na") }, "no placeholder for a missing place")
    }

    @Test func thePackHasContentsLinksAndAnOutlineMirroringTheWards() throws {
        let entries = try Self.build.manifest()
        let pack = try #require(entries.first { $0["kind"] as? String == "pack" })
        let pdf = try Self.build.text("pack.pdf")
        let wards = entries.filter { $0["kind"] as? String == "ward" && $0["format"] as? String == "pdf" }
        let schools = entries.filter { $0["kind"] as? String == "school" && $0["format"] as? String == "pdf" }
        #expect(pageCount(try Self.build.bytes("pack.pdf")) == pack["pages"] as? Int)
        #expect(pdf.contains("/Outlines"))
        let outlineItems = pdf.components(separatedBy: "/Parent ").count - 1
        // a period heading each, a ward, its comparison and its schools, and the appendix (page tree parents counted too)
        #expect(outlineItems >= wards.count * 2 + schools.count + 1)
        let links = pdf.components(separatedBy: "/Subtype /Link").count - 1
        #expect(links >= wards.count + schools.count, "every contents line links to its page")
        #expect((pack["pages"] as? Int ?? 0) > schools.count + wards.count + 2)
    }

    @Test func everyPDFIsSoundForQpdfThePackIncluded() throws {
        let pdfs = Self.build.files().filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.contains("pack.pdf") && pdfs.count > 60)
        for pdf in pdfs {
            let complaint = try qpdfComplaint(Self.build.out.appendingPathComponent(pdf).path)
            #expect(complaint == nil, "\(pdf): \(complaint ?? "")")
        }
        // The contents still link to named destinations, now inside the structure tree.
        let pack = try Self.build.text("pack.pdf")
        #expect(pack.contains("/Dest (") || pack.contains("/Dest /"), "links keep their destinations")
    }

    @Test func aSchoolPageSaysTheNameAndTheFiguresAsTheSummaryDoes() throws {
        let text = try pdfText(Self.build.out.appendingPathComponent("schools/thcs-ky-phuong_2021.pdf").path)
        for expected in ["Trường THCS Kỳ Phương", "Phường Kỳ Phương", "661 · 94,7%", "99,86%", "96,43%", "28 đảng viên", "21,4%"] {
            #expect(text.contains(expected), "\(expected)")
        }
        let summary = RecordingConsole()
        _ = CLI.run(["summary", Self.samples, "--school", "thcs-ky-phuong", "--period", "2021"], console: summary)
        let sentences = summary.output.joined(separator: "\n")
        #expect(sentences.contains("Tốt 661/698 em, đạt tỉ lệ 94,7%"))
        #expect(sentences.contains("6 đồng chí, chiếm 21,4%"))
    }

    @Test func twoBuildsGiveTheSameBytesWithOneWorkerOrTwo() throws {
        let one = Run(["build", Self.samples + "/seeds", "--format", "pdf,png,svg", "--jobs", "1", "--quiet"])
        let two = Run(["build", Self.samples + "/seeds", "--format", "pdf,png,svg", "--jobs", "2", "--quiet"])
        defer { one.remove(); two.remove() }
        #expect(one.files() == two.files())
        for file in one.files() {
            #expect(FileManager.default.contents(atPath: one.out.appendingPathComponent(file).path)
                    == FileManager.default.contents(atPath: two.out.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test func filesOfEarlierRunsAreLeftAloneAndOutMustBeAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-test-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mine = folder.appendingPathComponent("notes.txt")
        try Data("giữ lại".utf8).write(to: mine)
        let run = Run(["build", Self.samples + "/seeds", "--format", "pdf", "--quiet"], out: folder)
        defer { run.remove() }
        #expect(run.code == .ok)
        #expect(FileManager.default.contents(atPath: mine.path) == Data("giữ lại".utf8))
        let asFile = Run(["build", Self.samples + "/seeds", "--quiet"], out: mine)
        #expect(asFile.code == .usage)
        #expect(asFile.errors.joined().contains("is a file"))
    }

    @Test func aBrokenRecordIsLeftOutAndStrictWritesNothing() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-input-\(UUID())")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: input) }
        try FileManager.default.copyItem(atPath: Self.samples + "/seeds/thcs-ky-phuong.json", toPath: input.appendingPathComponent("good.json").path)
        try Data(#"{"school": {"id": "bad", "name": "Trường Hỏng", "ward": "X"}, "period": "2021", "students": {"enrolled": -4}}"#.utf8)
            .write(to: input.appendingPathComponent("bad.json"))
        let run = Run(["build", input.path, "--format", "pdf", "--quiet"])
        defer { run.remove() }
        #expect(run.code == .dataErrors)
        #expect(run.files().contains("schools/thcs-ky-phuong_2021.pdf"))
        #expect(!run.files().contains { $0.contains("bad") })
        let strict = Run(["build", input.path, "--format", "pdf", "--quiet", "--strict"])
        defer { strict.remove() }
        #expect(strict.code == .dataErrors)
        #expect(strict.files().isEmpty)
    }
}
