import Foundation
import TestTools
import Testing
@testable import SchoolDashCLI
import OfficeContainer
import SchoolMetrics
import SchoolRender

/// `schooldash report` run in-process into a temporary `.docx`.
struct ReportRun: Sendable {
    let code: ExitCode
    let errors: [String]
    let path: String

    init(_ arguments: [String]) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-report-\(UUID()).docx").path
        let console = RecordingConsole()
        code = CLI.run(["report"] + arguments + ["--out", path], console: console)
        errors = console.errors
    }

    func parts() throws -> DocxParts {
        try DocxParts([UInt8](try #require(FileManager.default.contents(atPath: path), "\(errors)")))
    }
}

/// The JSON `schooldash metrics --json` prints for these inputs.
func metricsJSON(_ inputs: [String]) throws -> [String: Any] {
    let console = RecordingConsole()
    #expect(CLI.run(["metrics"] + inputs + ["--json"], console: console) == .ok)
    let data = Data(console.output.joined(separator: "\n").utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// `94,7%` as 94.7.
func percentValue(_ text: String) -> Double? {
    Double(text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
}

/// The text between the first `start` and the next `end`.
func between(_ text: String, _ start: String, _ end: String) -> String {
    guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return "" }
    return String(text[from.upperBound..<to.lowerBound])
}

@Suite("schooldash report: a Word document of a school's or a ward's figures", .serialized)
struct ReportTests {
    static let seeds = packagePath("Samples/seeds")
    static let demo = packagePath("Samples/demo")
    static let kyPhuong = ReportRun([seeds, "--school", "thcs-ky-phuong", "--period", "2021"])
    static let benThuy = ReportRun([demo, "--ward", "Phường Bến Thủy", "--period", "2024"])

    @Test func thePageIsA4PortraitWithTheDecreesMarginsAndTheTypeIsTimesNewRoman13() throws {
        #expect(Self.kyPhuong.code == .ok, "\(Self.kyPhuong.errors)")
        let parts = try Self.kyPhuong.parts()
        let document = try parts.text("word/document.xml")
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4 portrait in twips")
        // 20 mm = 1134, 15 mm = 850, 30 mm = 1701 twips: inside Nghị định 30's ranges.
        #expect(document.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        let styles = try parts.text("word/styles.xml")
        let defaults = between(styles, "<w:docDefaults>", "</w:docDefaults>")
        #expect(defaults.contains("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""))
        #expect(defaults.contains("w:cs=\"Times New Roman\""))
        #expect(defaults.contains("<w:sz w:val=\"26\"/>"), "13 pt")
        let normal = between(styles, "w:styleId=\"Normal\">", "</w:style>")
        #expect(normal.contains("<w:sz w:val=\"26\"/>") && normal.contains("w:ascii=\"Times New Roman\""))
    }

    @Test func realHeadingsCarryTheSectionsInTheReportsOrder() throws {
        let parts = try Self.kyPhuong.parts()
        let styles = try parts.text("word/styles.xml")
        for (level, id) in ["Heading1", "Heading2", "Heading3"].enumerated() {
            let style = between(styles, "w:styleId=\"\(id)\">", "</w:style>")
            #expect(style.contains("<w:name w:val=\"heading \(level + 1)\"/>"), "Word's built-in name, so templates restyle it")
            #expect(style.contains("<w:outlineLvl w:val=\"\(level)\"/>"))
        }
        #expect(styles.contains("w:styleId=\"Caption\"><w:name w:val=\"caption\"/>"))
        #expect(styles.contains("w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"))
        let headings = { (style: String) in parts.paragraphs.filter { $0.style == style }.map(\.text) }
        #expect(headings("Heading1") == ["Trường THCS Kỳ Phương"])
        #expect(headings("Heading2") == ["1. Kết quả xếp loại học sinh", "2. Lên lớp, tốt nghiệp, tuyển sinh vào lớp 10",
                                         "3. Đảng viên và kết quả xếp loại", "4. Thực hiện chỉ tiêu", "5. Lưu ý về số liệu"])
        #expect(headings("Heading3") == ["Hạnh kiểm (TT 58)", "Học lực (TT 58)", "Chỉ tiêu đề ra cho kỳ 2022"])
        let text = parts.paragraphs.map(\.text)
        #expect(text.contains("- Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%"), "the reports' own sentence")
        #expect(text.contains("- Tỉ lệ lên lớp 99,86%."))
        #expect(text.contains { $0.contains("hoàn thành xuất sắc nhiệm vụ 6 đồng chí, chiếm 21,4%") })
    }

    @Test func theTablesSayWhatMetricsJSONSays() throws {
        let parts = try Self.kyPhuong.parts()
        let json = try metricsJSON([Self.seeds])
        let records = try #require(json["records"] as? [[String: Any]])
        let record = try #require(records.first { $0["school"] as? String == "thcs-ky-phuong" && $0["period"] as? String == "2021" })
        let format = DisplayFormat(.vi)
        #expect(parts.tables.count == 5, "conduct, academic, rates, classification, next targets")
        for (index, section) in ["conduct", "academic"].enumerated() {
            let distribution = try #require((record[section] as? [[String: Any]])?.first)
            let categories = try #require(distribution["categories"] as? [[String: Any]])
            let rows = parts.tables[index].dropFirst()
            #expect(rows.count == categories.count + 1)
            for (row, category) in zip(rows, categories) {
                #expect(row[1] == format.integer(try #require(category["count"] as? Int)))
                let share = try #require(percentValue(row[2]))
                #expect(abs(share - (try #require(category["percent"] as? Double))) < 0.1, "\(row)")
            }
            #expect(rows.last?[1] == format.integer(try #require(distribution["total"] as? Int)))
        }
        // And exactly the shares the dashboards print: rounded to add up to 100.
        let metrics = MetricsReport(records: try Loader().load(paths: [Self.seeds]).records)
        let conduct = try #require(metrics.records.first { $0.record.period == "2021" && $0.record.school.id == "thcs-ky-phuong" }?.conduct?.first)
        #expect(parts.tables[0].dropFirst().prefix(4).map { $0[2] } == conduct.displayPercents(decimals: 1).map { format.percent($0, decimals: 1) })
        let rates = parts.tables[2].dropFirst()
        for (row, name) in zip(rates, ["promotion", "graduation", "admission"]) {
            let percent = try #require((record[name] as? [String: Any])?["percent"] as? Double)
            #expect(row.last == format.percent(percent), "\(name)")
        }
        let party = try #require(record["party"] as? [String: Any])
        let levels = try #require(party["categories"] as? [[String: Any]])
        let classification = parts.tables[3].dropFirst()
        #expect(zip(classification, levels).allSatisfy { row, level in row[1] == format.integer(level["count"] as? Int ?? -1) })
        #expect(classification.last?[1] == format.integer(try #require(party["members"] as? Int)))
        #expect(parts.tables[4].count == 28, "the header and the 27 targets the report sets for 2022")
        #expect(parts.tables.allSatisfy { table in table.allSatisfy { $0.count == table[0].count } }, "every row has every cell")
    }

    @Test func everyPictureIsAsLargeAsItsPixelsAtItsResolution() throws {
        let parts = try Self.kyPhuong.parts()
        #expect(parts.pictures.count == 3, "conduct, academic, classification")
        for picture in parts.pictures {
            let info = try PNGInfo(try parts.png(picture))
            let perMetre = try #require(info.pixelsPerMetre, "a pHYs chunk")
            #expect(perMetre.x == 5906 && perMetre.y == 5906, "150 DPI")
            #expect(info.width == 945 && info.height == 473, "16 × 8 cm at 150 DPI")
            // EMU: 914,400 to the inch; the inch is pixels / (pixels per metre × 0.0254).
            let inches = (Double(info.width) / (Double(perMetre.x) * 0.0254), Double(info.height) / (Double(perMetre.y) * 0.0254))
            #expect(abs(Double(picture.cx) - inches.0 * 914_400) <= 1 && abs(Double(picture.cy) - inches.1 * 914_400) <= 1)
            #expect(picture.cx <= ReportDocument.page.textWidthEMU, "inside the 165 mm text column")
            #expect(picture.description.hasPrefix("Biểu đồ") && picture.description.contains("Trường THCS Kỳ Phương"))
        }
        #expect(parts.pictures[0].description.contains("Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%"))
        #expect(Set(parts.pictures.map(\.relationship)).count == 3)
    }

    @Test func theSameInputGivesTheSameBytesWithFixedDates() throws {
        let again = ReportRun([Self.seeds, "--school", "thcs-ky-phuong", "--period", "2021"])
        let first = try Self.kyPhuong.parts(), second = try again.parts()
        #expect(first.bytes == second.bytes)
        #expect(first.storedOrder.first == "[Content_Types].xml")
        #expect(first.storedOrder.count == first.archive.names.count)
        let core = try first.text("docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(PDFMetadata.processDate)</dcterms:created>"))
        #expect(core.contains("<dc:title>Trường THCS Kỳ Phương · 2021</dc:title>"))
    }

    @Test func theNotesSayWhatCheckFoundAsThePrinted96Point4() throws {
        let run = ReportRun([packagePath("Tests/SchoolMetricsTests/Fixtures/valid/ky-phuong-96-4.json"), "--school", "thcs-ky-phuong"])
        #expect(run.code == .ok, "warnings alone are not errors")
        let text = try run.parts().paragraphs.map(\.text)
        let notes = text.drop { !$0.hasPrefix("5. Lưu ý về số liệu") }.dropFirst()
        #expect(notes.contains { $0.hasPrefix("- Cảnh báo:") && $0.contains("96,4%") && $0.contains("6/28") }, "\(notes)")
    }

    @Test func aWardHasItsPooledFiguresItsSchoolsAndAParagraphEach() throws {
        #expect(Self.benThuy.code == .ok, "\(Self.benThuy.errors)")
        let parts = try Self.benThuy.parts()
        let json = try metricsJSON([Self.demo])
        let wards = try #require(json["wards"] as? [[String: Any]])
        let ward = try #require(wards.first { $0["ward"] as? String == "Phường Bến Thủy" && $0["period"] as? String == "2024" })
        let records = try #require(json["records"] as? [[String: Any]]).filter { (ward["schools"] as? [String] ?? []).contains($0["school"] as? String ?? "") && $0["period"] as? String == "2024" }
        let format = DisplayFormat(.vi)
        let conduct = try #require((ward["conduct"] as? [[String: Any]])?.first)
        #expect(parts.tables[0].last?[1] == format.integer(try #require(conduct["total"] as? Int)), "the pooled conduct total")
        // The dashboard's scorecard: a header, the ward's own row, then a row per school.
        let scorecard = try #require(parts.tables.first { $0.first?.contains("Trường") == true })
        let header = scorecard[0]
        let name = try #require(header.firstIndex(of: "Trường"))
        let promotion = try #require(header.firstIndex { $0.hasPrefix("Lên lớp") })
        #expect(scorecard.count == records.count + 2)
        #expect(scorecard[1][name] == "Phường Bến Thủy (chung)")
        for row in scorecard.dropFirst(2) {
            let record = try #require(records.first { $0["name"] as? String == row[name] })
            let rate = (record["promotion"] as? [String: Any])?["percent"] as? Double
            #expect(row[promotion] == (rate.map { format.percent($0) } ?? "—"), "\(row)")
        }
        #expect(parts.paragraphs.contains { $0.text.hasPrefix("Xếp theo:") }, "the report names the key, as the page does")
        let headings = parts.paragraphs.filter { $0.style == "Heading3" }.map(\.text)
        for record in records { #expect(headings.contains(try #require(record["name"] as? String))) }
        #expect(parts.paragraphs.filter { $0.style == "Heading1" }.map(\.text) == ["Phường Bến Thủy"])
        #expect(parts.pictures.count >= 4, "pooled distributions, classification, each rate across the schools")
    }

    @Test func inEnglishWithLangEn() throws {
        let run = ReportRun([Self.seeds, "--school", "thcs-ky-phuong", "--period", "2021", "--lang", "en"])
        let parts = try run.parts()
        #expect(parts.paragraphs.filter { $0.style == "Heading2" }.first?.text == "1. Student results")
        #expect(parts.paragraphs.map(\.text).contains("- Tốt: 661/698 students; 94.7%"))
        #expect(parts.tables[0].last == ["Total", "698", "100.0%"])
    }

    @Test func unknownSubjectsAndAmbiguousOutAreRefused() {
        let missing = ReportRun([Self.seeds, "--school", "thcs-nowhere"])
        #expect(missing.code == .dataErrors && missing.errors == ["schooldash: không có trường 'thcs-nowhere'"])
        let twoWards = ReportRun([Self.demo, "--ward", "Phường 1", "--period", "2024"])
        #expect(twoWards.code == .usage && twoWards.errors.first?.contains("2 phường/xã") == true)
        #expect(!FileManager.default.fileExists(atPath: twoWards.path))
    }
}

/// Whether a program is on the PATH.
func installed(_ program: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: String($0) + "/" + program)
    }
}

@Suite("A real client opens the report")
struct ReportClientTests {
    @Test(.enabled(if: installed("soffice"), "LibreOffice is not installed (SCHOOLDASH_TOOLS=1 scripts/setup.sh installs libreoffice-writer-nogui)"))
    func libreOfficeConvertsItToAPDFWithTheNameAndTheFigures() throws {
        let run = ReportTests.kyPhuong
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schooldash-soffice-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("report.docx").path
        try FileManager.default.copyItem(atPath: run.path, toPath: document)
        // A private profile, so parallel runs (and a user's own LibreOffice) do not clash.
        let converted = try OfficeTools.run(["soffice", "-env:UserInstallation=file://" + folder.path + "/profile", "--headless",
                                        "--convert-to", "pdf", "--outdir", folder.path, document])
        #expect(converted.status == 0)
        let pdf = folder.appendingPathComponent("report.pdf").path
        let text = try pdfText(pdf)
        for expected in ["Trường THCS Kỳ Phương", "Loại Tốt: 661/698 em; đạt tỉ lệ 94,7%", "99,86%", "21,4%", "Bảng 1.", "Hình 3."] {
            #expect(text.contains(expected), "\(expected)")
        }
        // Every row of the short tables is laid out as a row (cells apart), also across a page
        // break: LibreOffice 7.4 once dropped the rows after a break (w:cantSplit beside w:tblHeader).
        for table in try run.parts().tables.prefix(4) {
            for row in table.dropFirst() {
                let pattern = row.filter { !$0.isEmpty }.map(NSRegularExpression.escapedPattern).joined(separator: "\\s{2,}")
                #expect(text.range(of: pattern, options: .regularExpression) != nil, "\(row)")
            }
        }
        try #require(installed("qpdf"), "qpdf is needed: SCHOOLDASH_TOOLS=1 scripts/setup.sh installs it")
        let check = try OfficeTools.run(["qpdf", "--check", pdf])
        #expect(check.status == 0, "\(check.output)")
        let info = try OfficeTools.run(["pdfinfo", pdf]).output
        #expect(info.contains("A4"), "\(info)")
    }
}

@Suite("build --format docx")
struct BuildReportsTests {
    @Test func oneReportPerSchoolAndPeriodAndPerWardListedInTheManifest() throws {
        let run = Run(["build", packagePath("Samples"), "--format", "docx", "--quiet"])
        defer { run.remove() }
        #expect(run.code == .ok, "\(run.errors)")
        let entries = try run.manifest()
        #expect(entries.allSatisfy { $0["kind"] as? String == "report" && $0["format"] as? String == "docx" })
        let metrics = MetricsReport(records: try Loader().load(paths: [packagePath("Samples")]).records)
        #expect(entries.filter { $0["school"] != nil }.count == metrics.records.count)
        #expect(entries.filter { $0["ward"] != nil }.count == metrics.groups.count)
        #expect(Set(entries.compactMap { $0["path"] as? String }) == run.files().subtracting(["manifest.json"]))
        let paths = entries.compactMap { $0["path"] as? String }
        #expect(paths.contains("reports/thcs-ky-phuong_2021.docx"))
        #expect(paths.contains("reports/ha-tinh--thi-xa-ky-anh--phuong-ky-phuong_2021.docx"))
        let school = try DocxParts([UInt8](try run.bytes("reports/thcs-ky-phuong_2021.docx")))
        #expect(school.paragraphs.first?.text == "Trường THCS Kỳ Phương")
    }
}
