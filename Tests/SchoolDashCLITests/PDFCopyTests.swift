import Foundation
import SchoolMetrics
import SchoolRender
import TestTools
import Testing
@testable import SchoolDashCLI

/// `build` draws a ward's documents into one PDF and copies each file's pages out of it; these
/// tests hold the copies against the same documents drawn one per file, through poppler and qpdf.
@Suite("A ward's PDFs drawn together and copied apart", .serialized)
struct PDFCopyTests {
    /// 60 synthetic schools in wards of 3 to 25: batches of many documents.
    static let input: String = {
        let folder = temporaryFolder("copy-input")
        _ = CLI.run(["sample", "--schools", "60", "--out", folder.path], console: RecordingConsole())
        return folder.path
    }()
    static let build = Run(["build", input, "--format", "pdf", "--quiet"])

    /// Every publication of the input's plan, drawn alone into a file of its own, by name.
    static func drawnAlone(into folder: URL) throws -> [String] {
        let renderer = try Renderer()
        let plan = try plan(renderer)
        var names: [String] = []
        for item in plan.items(overview: true) {
            let publication = plan.publication(item)
            let part = PDFPart(metadata: PDFMetadata(title: publication.name, subject: "schooldash \(publication.kind.rawValue)"),
                               pages: publication.pages())
            let file = folder.appendingPathComponent(publication.name + ".pdf")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(try renderer.pdfFiles([part])[0]).write(to: file)
            names.append(publication.name + ".pdf")
        }
        return names
    }

    /// What `build` plans for the input.
    static func plan(_ renderer: Renderer? = nil) throws -> DashboardPlan {
        let loaded = try Loader().load(paths: [input])
        let findings = Validator.findings(for: loaded)
        #expect(!findings.hasErrors)
        return DashboardPlan(records: loaded.records, findings: findings.all,
                             theme: Theme(language: .vi, measurer: try (renderer ?? Renderer()).measurer))
    }

    /// The fonts `pdffonts` lists, without the subset tag (`ABCDEF+`), which names the glyphs a
    /// subset holds: a ward's subset holds more glyphs than a page's.
    static func fonts(_ path: String) throws -> [String] {
        let (status, output) = try tool(["pdffonts", path], needs: "poppler-utils")
        try #require(status == 0, "\(output)")
        return output.split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true).dropLast(2) // object number, generation
            return columns.map(String.init).joined(separator: " ").replacing(/^[A-Z]{6}\+/, with: "")
        }.sorted()
    }

    /// Every word `pdftotext -bbox` finds, with where it starts and ends along its line, sorted.
    /// Heights and poppler's reading order are left out: a Type 3 font's box is the union of its
    /// glyphs', the symbol font cut from a ward's document holds the glyphs of all its pages,
    /// and poppler groups lines by those boxes.
    static func words(_ path: String) throws -> [String] {
        let (status, output) = try tool(["pdftotext", "-bbox", path, "-"], needs: "poppler-utils")
        try #require(status == 0, "\(output)")
        return output.split(separator: "\n").filter { $0.contains("<word ") }.map { line in
            let x = line.firstMatch(of: /xMin="([0-9.]+)".*xMax="([0-9.]+)"/)
            let text = line.firstMatch(of: />(.*)<\/word>/)?.1 ?? ""
            return "\(text) \(x?.1 ?? "") \(x?.2 ?? "")"
        }.sorted()
    }

    /// `pdfinfo`'s lines that describe the pages and the document, not the file's bytes.
    static func info(_ path: String) throws -> [String] {
        let (status, output) = try tool(["pdfinfo", path], needs: "poppler-utils")
        try #require(status == 0, "\(output)")
        let kept = ["Title", "Subject", "Author", "Creator", "Producer", "CreationDate", "ModDate", "Pages", "Page size", "Encrypted"]
        return output.split(separator: "\n").map(String.init).filter { line in kept.contains { line.hasPrefix($0 + ":") } }
    }

    /// The number of annotations (links) on each page, from `qpdf --json`.
    static func annotations(_ path: String) throws -> [Int] {
        let (status, output) = try tool(["qpdf", "--json", "--json-key=pages", path], needs: "qpdf")
        try #require(status == 0, "\(output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let pages = try #require(json["pages"] as? [[String: Any]])
        return pages.map { ($0["annotations"] as? [Any])?.count ?? 0 }
    }

    @Test func copiedFilesHoldTheSamePagesAsFilesDrawnAlone() throws {
        let run = Self.build
        #expect(run.code == .ok, "\(run.errors)")
        let alone = temporaryFolder("copy-alone")
        defer { try? FileManager.default.removeItem(at: alone) }
        let names = try Self.drawnAlone(into: alone)
        #expect(names.count > 60 && Set(names).isSubset(of: run.files()))
        for name in names {
            let copied = run.out.appendingPathComponent(name).path, drawn = alone.appendingPathComponent(name).path
            let complaint = try qpdfComplaint(copied)
            #expect(complaint == nil, "\(name): \(complaint ?? "")")
            #expect(try Self.info(copied) == Self.info(drawn), "\(name)")
            #expect(try Self.words(copied) == Self.words(drawn), "\(name)")
            #expect(try Self.fonts(copied) == Self.fonts(drawn), "\(name)")
            #expect(try Self.annotations(copied) == Self.annotations(drawn), "\(name)")
        }
        // The copies are cut from one document per ward: a ward's files share its font subsets.
        let plan = try Self.plan()
        let group = try #require(plan.groups.first)
        let sameWard = plan.members(of: group).map { FileNames.school($0.record.school.id, period: $0.record.period) + ".pdf" }
            + [FileNames.ward(group.key) + ".pdf", FileNames.comparison(group.key) + ".pdf"]
        #expect(sameWard.count >= 4, "a ward page, a comparison and at least two schools")
        var tags: [String: Set<String>] = [:] // font → its subset tags across the ward's files
        for file in sameWard {
            for font in try Self.subsets(run.out.appendingPathComponent(file).path) { tags[font.name, default: []].insert(font.tag) }
        }
        #expect(tags["NotoSans-Regular TrueType"] != nil && tags.values.allSatisfy { $0.count == 1 }, "\(sameWard): \(tags)")
    }

    @Test func theBytesDoNotDependOnTheNumberOfWorkers() throws {
        let one = Run(["build", Self.input, "--format", "pdf", "--jobs", "1", "--quiet"])
        let three = Run(["build", Self.input, "--format", "pdf", "--jobs", "3", "--quiet"])
        defer { one.remove(); three.remove() }
        #expect(one.files() == three.files() && one.files().count > 60)
        for file in one.files() {
            #expect(try one.bytes(file) == three.bytes(file), "\(file)")
        }
    }

    /// Each embedded subset of a file: the font (`NotoSans-Bold`, with its type) and its tag.
    static func subsets(_ path: String) throws -> [(name: String, tag: String)] {
        let (_, output) = try tool(["pdffonts", path], needs: "poppler-utils")
        return output.split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ")
            return (name: columns[0].dropFirst(7) + " " + columns[1], tag: String(columns[0].prefix(6)))
        }
    }
}
