import Foundation
import Testing
@testable import SchoolImport
@testable import SchoolMetrics

/// `schooldash import` (#8): the figures of a year-end report, read from its text.
@Suite struct ImportTests {
    struct Seed: Sendable, CustomStringConvertible {
        var report: String
        var sample: String
        var description: String { report }
    }

    static let seeds = [Seed(report: "000_dfb0222280ea5405.txt", sample: "thcs-ky-phuong.json"),
                        Seed(report: "002_e15a557529634afe.txt", sample: "thcs-phong-hai.json")]

    func report(_ path: String) throws -> ReportText {
        let bytes = try #require(FileManager.default.contents(atPath: path), "\(path) is readable")
        return try ReportText(name: (path as NSString).lastPathComponent, bytes: Array(bytes))
    }

    func records(_ path: String) throws -> [Record] {
        let loaded = try Loader().load(paths: [path])
        #expect(!loaded.diagnostics.hasErrors, "\(path): \(loaded.diagnostics.all.map(\.message.en))")
        return loaded.records
    }

    @Test(arguments: seeds)
    func aSeedReportGivesEveryFigureOfItsSampleRecords(_ seed: Seed) throws {
        let imported = ReportImporter.read(try report(packagePath("Tests/SchoolImportTests/Fixtures/seeds/\(seed.report)")))
        #expect(imported.errors.isEmpty)
        var comparison = ImportComparison()
        // The Kỳ Phương report never names its province (Hà Tĩnh): the sample adds it.
        comparison.compare(expected: try records(packagePath("Samples/seeds/\(seed.sample)")), imported: imported.records.map(\.record),
                           label: seed.report, ignoring: ["school.province"])
        #expect(comparison.missing.isEmpty, "\(comparison.missing)")
        #expect(comparison.invented.isEmpty, "\(comparison.invented)")
        #expect(comparison.expectedFigures > 20)
    }

    @Test(arguments: seeds.map(\.report))
    func everySourceIsTheLineThatPrintsTheFigure(_ name: String) throws {
        let text = try report(packagePath("Tests/SchoolImportTests/Fixtures/seeds/\(name)"))
        let imported = ReportImporter.read(text)
        for record in imported.records {
            for source in record.sources {
                // The sentence is the line's text with emphasis marks, tabs and no-break spaces read as spaces.
                let line = String(String.UnicodeScalarView(text.lines[source.line - 1].unicodeScalars.map(ReportSentence.plain)))
                let sentence = source.sentence
                #expect(line.contains(sentence), "\(source.field): line \(source.line) does not hold «\(source.sentence)»")
                guard !source.derived else { continue }
                switch source.value {
                case .int(let value):
                    #expect(Self.printed(value, in: sentence), "\(source.field) = \(value) is not printed in «\(sentence)»")
                case .double(let value):
                    let comma = JSONOutput.number(value).replacingOccurrences(of: ".", with: ",")
                    #expect(sentence.contains(comma) || sentence.contains(JSONOutput.number(value)), "\(source.field) = \(value) in «\(sentence)»")
                default: break
                }
            }
        }
    }

    private static func printed(_ value: Int, in sentence: String) -> Bool {
        PrintedNumber.all(in: sentence).contains { Int($0.low) == value || $0.high.map { Int($0) == value } == true }
    }

    @Test func theKyPhuongFiguresComeFromTheirLines() throws {
        let imported = ReportImporter.read(try report(packagePath("Tests/SchoolImportTests/Fixtures/seeds/000_dfb0222280ea5405.txt")))
        let sources = Dictionary(imported.records[0].sources.map { ($0.field, $0.line) }, uniquingKeysWith: { a, _ in a })
        #expect(sources["students.conduct.counts.tot"] == 124)
        #expect(sources["students.academic.counts.kem"] == 142)
        #expect(sources["students.promotion.percent"] == 144)
        #expect(sources["students.admission.percent"] == 146)
        #expect(sources["party.members"] == 50)
        #expect(sources["party.classification.completed"] == 60)
        // The printed "96,4 %" of members rated excellent contradicts 6 of 28 (21 %): kept out, listed.
        let contradiction = try #require(imported.records[0].review.first { $0.reason == .contradicts })
        #expect(contradiction.line == 174 && contradiction.figures == ["96,4 %"] && contradiction.field == "party.reportedPercent.excellent")
        // Ranks, decree numbers, dates and anniversaries are never figures.
        let reviewed = imported.records[0].review.flatMap(\.figures)
        #expect(reviewed.contains("124/148"))
        for notAFigure in ["02", "03/02/2021", "91", "101", "47", "28", "16", "29", "27", "19", "12", "18"] {
            #expect(!reviewed.contains(notAFigure), "\(notAFigure) is listed for review")
        }
    }

    @Test func thePhongHaiInclusiveCountIsSplit() throws {
        let imported = ReportImporter.read(try report(packagePath("Tests/SchoolImportTests/Fixtures/seeds/002_e15a557529634afe.txt")))
        let party = try #require(imported.records.first?.record.party)
        #expect(party.classification == [2, 7, 0, 0])
        #expect(party.members == 9 && party.probationary == 0 && party.women == 5)
        let good = try #require(imported.records[0].sources.first { $0.field == "party.classification.good" })
        #expect(good.line == 52 && good.derived)
    }

    @Test func aWordFileGivesTheSameRecordsAsItsText() throws {
        let text = ReportImporter.read(try report(fixturePath("seeds/000_dfb0222280ea5405.txt")))
        let word = ReportImporter.read(try report(fixturePath("ky-phuong.docx")))
        #expect(word.records.map(\.record) == text.records.map(\.record))
        #expect(word.records.map(\.sources) == text.records.map(\.sources))
        #expect(word.records.count == 2)
    }

    @Test func wordTablesReadAsTheirRows() throws {
        let word = try report(fixturePath("dien-hong-tables.docx"))
        #expect(word.lines.contains("Tốt\t498\t90,1\t"))
        let fromWord = ReportImporter.read(word)
        let fromText = ReportImporter.read(try report(fixturePath("reports/12-thcs-dien-hong.txt")))
        #expect(fromWord.records.map(\.record) == fromText.records.map(\.record))
        #expect(fromWord.records.first?.record.students?.conduct?.first?.counts == [498, 50, 5, 0])
    }

    /// A disclosure form in Word with a real table (made by LibreOffice from the text's rows)
    /// gives the same record as the text.
    @Test func aDisclosureFormInAWordTableGivesTheSameRecordAsItsText() throws {
        let word = try report(fixturePath("le-hong-phong-disclosure.docx"))
        #expect(word.lines.contains { $0.hasPrefix("1\tTốt (tỷ lệ so với tổng số)\t350 (83,3%)") })
        let fromWord = ReportImporter.read(word)
        let fromText = ReportImporter.read(try report(fixturePath("genres/01-disclosure-table.txt")))
        #expect(fromWord.records.map(\.record) == fromText.records.map(\.record))
        #expect(fromWord.records.first?.record.students?.conduct?.first?.counts == [350, 60, 9, 1])
    }

    static let reports = texts(in: "reports")

    /// The reports (.txt) of a fixture folder, each beside its expected records (.json).
    static func texts(in relative: String) -> [String] {
        let folder = fixturePath(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
    }

    /// Own-words reports, each built around a rule of what is not a figure (the national motto is
    /// not a place, a cited circular's date is not the period, "đạt 30 giải" is not the category
    /// Đạt, a title's "… và phương hướng nhiệm vụ năm 2018" does not open the targets) or of a
    /// wording people use (two-column headers, TH&THCS, congress terms, a year from the date).
    static let ruleReports = texts(in: "rules") + texts(in: "genres") + texts(in: "faults")

    @Test(arguments: ruleReports.map { ($0 as NSString).lastPathComponent })
    func anOwnWordsFixtureGivesEveryFigureAndInventsNone(_ name: String) throws {
        let path = try #require(Self.ruleReports.first { $0.hasSuffix("/" + name) })
        let imported = ReportImporter.read(try report(path))
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        #expect(imported.records.allSatisfy { $0.missing.isEmpty }, "\(imported.records.map(\.missing))")
        var comparison = ImportComparison()
        comparison.compare(expected: try records(String(path.dropLast(4)) + ".json"), imported: imported.records.map(\.record), label: name)
        #expect(comparison.missing.isEmpty, "\(comparison.missing)")
        #expect(comparison.invented.isEmpty, "\(comparison.invented)")
        #expect(comparison.expectedFigures >= 5)
        // What it wrote passes check.
        let loaded = Loader().load(bytes: Array(ImportJSON.encode([imported]).serialized().utf8), name: "rules.json")
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.all.filter { $0.severity == .error }.map(\.message.en))")
    }

    /// School names as people write them, each with the level and id it gives.
    @Test(arguments: [
        ("Chi bộ trường TH số 2 Văn Lăng tổ chức hội nghị", "Trường Tiểu học số 2 Văn Lăng", "Tiểu học", "th-so-2-van-lang"),
        ("Đại hội Chi bộ Trường PTDTNT THCS Tịnh Biên", "Trường PTDTNT THCS Tịnh Biên", "THCS", "ptdtnt-thcs-tinh-bien"),
        ("CHI BỘ TRƯỜNG TH&THCS ĐÔNG THỌ", "Trường TH và THCS Đông Thọ", "TH và THCS", "th-thcs-dong-tho"),
        ("Chi bộ Trường PTDTBT TH và THCS Sơn Phú họp", "Trường PTDTBT TH và THCS Sơn Phú", "TH và THCS", "ptdtbt-th-thcs-son-phu"),
        ("Trường Tiểu học Kim Đồng", "Trường Tiểu học Kim Đồng", "Tiểu học", "th-kim-dong"),
        ("Chi bộ trường Mầm non 12B tổ chức hội nghị", "Trường Mầm non 12B", "Mầm non", "mn-12b"),
        ("Lễ bế giảng của Trường Tiểu học Lê Lợi (thị xã Sơn Tây)", "Trường Tiểu học Lê Lợi", "Tiểu học", "th-le-loi"),
        ("CHI BỘ TRƯỜNG THCS PHÚ XUÂN HỌP ĐÁNH GIÁ CUỐI NĂM", "Trường THCS Phú Xuân", "THCS", "thcs-phu-xuan"),
        ("ĐẢNG UỶ XÃ ĐIỀN XÁ      CHI BỘ TRƯỜNG THCS ĐIỀN XÁ", "Trường THCS Điền Xá", "THCS", "thcs-dien-xa"),
    ])
    func schoolNamesAsPeopleWriteThem(_ line: String, _ name: String, _ level: String, _ id: String) throws {
        let imported = ReportImporter.read(try ReportText(name: "n.txt", bytes: Array("\(line)\nBáo cáo năm 2024\nTổng số đảng viên: 9 đồng chí.\n".utf8)))
        let school = try #require(imported.records.first?.record.school)
        #expect(school.name == name && school.level == level && school.id == id)
        // The header's other column gives the ward, never joined to the school's name.
        if line.contains("ĐIỀN XÁ") { #expect(school.ward == "Xã Điền Xá") }
    }

    @Test func writtenReportsGiveEveryFigureAndInventNone() throws {
        #expect(Self.reports.count >= 15)
        var comparison = ImportComparison()
        for path in Self.reports {
            let imported = ReportImporter.read(try report(path))
            #expect(imported.errors.isEmpty, "\(path): \(imported.errors)")
            let expected = try records(String(path.dropLast(4)) + ".json")
            comparison.compare(expected: expected, imported: imported.records.map(\.record), label: (path as NSString).lastPathComponent)
            // Every source names a figure the record holds, with its value; nothing else.
            for record in imported.records {
                let leaves = ImportComparison.leaves(record.record)
                for source in record.sources where !source.field.hasPrefix("targets[") {
                    let value: String? = switch source.value {
                    case .string(let text): text
                    case .int(let number): "\(number)"
                    case .double(let number): "\(number)"
                    case .array(let items): items.map { $0.serialized(indent: nil) }.joined(separator: " ")
                    default: nil
                    }
                    #expect(leaves[source.field] == value, "\(path): source \(source.field) = \(String(describing: value)), record has \(leaves[source.field] ?? "nothing")")
                }
                #expect(record.sources.filter { $0.field.hasPrefix("targets[") }.count == record.record.targets?.count ?? 0)
            }
        }
        // Every figure, as when they were written (613 of 613): a new rule must not lose one.
        #expect(comparison.missing.isEmpty, "recall \(comparison.recall): missing \(comparison.missing)")
        print("import recall \(comparison.found)/\(comparison.expectedFigures); missing: \(comparison.missing)")
        #expect(comparison.invented.isEmpty, "\(comparison.invented)")
        #expect(comparison.expectedFigures > 300)
    }

    @Test(arguments: seeds.map(\.report))
    func theWrittenRecordsLoadAsTheyWereAndTheReviewIsWarned(_ name: String) throws {
        let imported = ReportImporter.read(try report(packagePath("Tests/SchoolImportTests/Fixtures/seeds/\(name)")))
        let text = ImportJSON.encode([imported]).serialized()
        let loaded = Loader().load(bytes: Array(text.utf8), name: "imported.json")
        #expect(!loaded.diagnostics.hasErrors)
        #expect(loaded.records.map { var record = $0; record.source = nil; return record } == imported.records.map(\.record))
        let warned = loaded.diagnostics.all.filter { $0.code == "imported-for-review" }
        #expect(warned.count == imported.records.reduce(0) { $0 + $1.review.count })
    }

    /// Figures that contradict each other are taken out and listed, so check never refuses an import.
    @Test func contradictoryFiguresAreTakenOutWithCheckReason() throws {
        let text = """
        Báo cáo tổng kết năm 2024
        Chi bộ trường THCS Yên Hòa, phường Yên Hòa, đã họp kiểm điểm, đánh giá, xếp loại đảng viên cuối năm theo đúng hướng dẫn của cấp trên.
        Tổng số đảng viên: 22 đồng chí.
        Hoàn thành xuất sắc nhiệm vụ: 5 đồng chí; hoàn thành tốt nhiệm vụ: 20 đồng chí.
        Phương hướng năm 2025
        Học sinh giỏi cấp quận: 12 - 8 giải.
        Học sinh giỏi cấp thành phố: 3 - 5 giải.
        """
        let imported = ReportImporter.read(try ReportText(name: "yen-hoa.txt", bytes: Array(text.utf8)))
        let results = try #require(imported.records.first)
        #expect(results.record.party?.members == 22 && results.record.party?.classification == nil)
        let taken = try #require(results.review.first { $0.reason == .failsCheck })
        #expect(taken.field == "party.classification" && taken.line == 4 && taken.figures == ["5", "20"])
        #expect(taken.explanation?.contains("22") == true)
        #expect(!results.sources.contains { $0.field.hasPrefix("party.classification") })
        let plan = try #require(imported.records.last)
        #expect(plan.record.targets?.map(\.name) == ["Học sinh giỏi cấp thành phố"])
        #expect(plan.review.contains { $0.reason == .failsCheck && $0.line == 6 && $0.explanation != nil })
    }

    /// A report lacking its school, ward or period still gives every figure it read; the missing
    /// fields are listed with their options, the written record leaves them out, and the loader
    /// names field and option until they are given.
    @Test func aReportWithoutSchoolWardOrYearKeepsItsFigures() throws {
        let bare = try ReportText(name: "bare.txt", bytes: Array("Báo cáo\n\nTổng số đảng viên: 12 đồng chí.\n".utf8))
        let imported = ReportImporter.read(bare)
        #expect(imported.errors.isEmpty)
        let record = try #require(imported.records.first)
        #expect(record.record.party?.members == 12)
        #expect(record.missing == [.schoolName, .schoolID, .ward, .period])
        #expect(record.missingMessages.contains { $0.en.contains("--period") && $0.vi.contains("kỳ báo cáo") })
        let written = ImportJSON.encode([imported]).serialized()
        #expect(!written.contains("\"period\"") && !written.contains("\"id\""))
        let loaded = Loader().load(bytes: Array(written.utf8), name: "bare.json")
        let missing = loaded.diagnostics.all.filter { $0.code == "missing-field" }
        #expect(Set(missing.compactMap(\.field)) == ["school.name", "school.id", "school.ward", "period"])
        #expect(missing.allSatisfy { $0.message.en.contains("schooldash import") && $0.message.vi.contains("schooldash import") })
        #expect(missing.contains { $0.message.en.contains("--ward") } && missing.contains { $0.message.en.contains("--period") })

        let named = try ReportText(name: "named.txt", bytes: Array("Báo cáo tổng kết năm 2024\nChi bộ trường Tiểu học Kim Đồng\nTổng số đảng viên: 12 đồng chí.\n".utf8))
        let missingWard = ReportImporter.read(named)
        #expect(missingWard.records.first?.missing == [.ward])
        #expect(missingWard.records.first?.missingMessages.map(\.en) == ["the report does not name the ward or commune (school.ward): give --ward"])
        let given = ReportImporter.read(named, given: ["school.ward": "Phường 3", "school.id": "th-kim-dong-p3"])
        #expect(given.errors.isEmpty && given.records.first?.missing == [])
        #expect(given.records.first?.record.school == School(id: "th-kim-dong-p3", name: "Trường Tiểu học Kim Đồng", level: "Tiểu học", ward: "Phường 3"))
        #expect(given.records.first?.record.party?.members == 12)
        // A name and a period given on the command line: the id follows the name, targets the period after it.
        let unnamed = try ReportText(name: "unnamed.txt", bytes: Array("Báo cáo kiểm điểm\nChi bộ đã tổ chức kiểm điểm, đánh giá, xếp loại đảng viên cuối năm đúng theo hướng dẫn của cấp trên.\nTổng số đảng viên: 12 đồng chí.\nPhương hướng nhiệm vụ\nPhấn đấu 100% đảng viên hoàn thành tốt nhiệm vụ.\n".utf8))
        let supplied = ReportImporter.read(unnamed, given: ["school.name": "Trường THCS Điền Xá", "school.ward": "Xã Điền Xá", "period": "2017"])
        #expect(supplied.records.map(\.record.period) == ["2017", "2018"])
        #expect(supplied.records.first?.record.school.id == "thcs-dien-xa")
        #expect(supplied.records.allSatisfy { $0.missing.isEmpty })
    }

    /// A district office's summary of its schools is never a school's record.
    @Test func aDistrictSummaryIsNotASchool() throws {
        let text = "Báo cáo kết quả xét tốt nghiệp THCS năm học 2022-2023\nPhòng Giáo dục và Đào tạo huyện Yên Lạc\nToàn huyện có 1.466 học sinh dự xét tốt nghiệp, 1.460 em được công nhận tốt nghiệp, đạt 99,6%.\n"
        let imported = ReportImporter.read(try ReportText(name: "huyen.txt", bytes: Array(text.utf8)))
        #expect(imported.records.isEmpty)
        #expect(imported.errors.count == 1)
        #expect(imported.errors.first?.en.contains("many schools") == true && imported.errors.first?.vi.contains("nhiều trường") == true)
        let message = try #require(imported.errors.first)
        #expect(message.en.contains("line 3"))
        // A province's rates, a department's tally, and schools named together in a summary.
        for summary in [
            "Kết quả thi tốt nghiệp năm 2013\nTại tỉnh Quảng Nam, tỷ lệ học sinh đỗ tốt nghiệp đạt 97,5%, cao hơn năm trước.\nHai trường có tỷ lệ đỗ 100% là trường THPT Lê Quý Đôn và trường THPT Trần Phú.\n",
            "Học sinh lớp 1 năm học 2013-2014\nTheo số liệu do Sở GD-ĐT công bố, số học sinh lớp 1 xếp loại giỏi là 5.120 em.\n",
            "Báo cáo năm 2022 của Đảng bộ phường Bắc Hồng\nToàn Đảng bộ có 25 chi bộ với 1.200 đảng viên; hoàn thành xuất sắc nhiệm vụ 180 đồng chí.\n",
        ] {
            let other = ReportImporter.read(try ReportText(name: "tinh.txt", bytes: Array(summary.utf8)))
            #expect(other.records.isEmpty && other.errors.count == 1, "\(summary)")
        }
    }
}

/// Reports typed by hand, pasted from Word and renamed twice: import answers, never crashes.
@Suite struct ImportMutationTests {
    @Test func mutatedReportsNeverCrashTheImporter() throws {
        var random = RandomSource(seed: 8)
        let paths = [packagePath("Tests/SchoolImportTests/Fixtures/seeds/000_dfb0222280ea5405.txt"), packagePath("Tests/SchoolImportTests/Fixtures/seeds/002_e15a557529634afe.txt")]
            + ImportTests.reports
        var imported = 0
        for path in paths {
            let bytes = Array(try #require(FileManager.default.contents(atPath: path)))
            for _ in 0..<40 {
                let mutated = Mutator.mutate(bytes, times: random.int(1...6), random: &random)
                guard let text = try? ReportText(name: "mutated.txt", bytes: mutated) else { continue }
                var report = ReportImporter.read(text)
                guard let first = report.records.first else { continue }
                // Once the identity it could not read is given, whatever it makes loads.
                if !first.missing.isEmpty { report = ReportImporter.read(text, given: Self.stand(in: first.missing)) }
                #expect(report.records.allSatisfy { $0.missing.isEmpty })
                // Whatever it makes still loads: records it writes are records of the format.
                let loaded = Loader().load(bytes: Array(ImportJSON.encode([report]).serialized().utf8), name: "m.json")
                let errors = loaded.diagnostics.all.filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(errors.map { "\($0.code) \($0.field ?? "") \($0.message.en)" })\n\(String(decoding: mutated, as: UTF8.self).prefix(3000))")
                imported += report.records.count
            }
        }
        #expect(imported > 400)
    }

    /// Values a person would give for the identity a report does not name.
    static func stand(in missing: [ReportIdentity]) -> [String: String] {
        let values: [ReportIdentity: String] = [.schoolName: "Trường THCS Thử", .schoolID: "thcs-thu", .ward: "Phường 1", .period: "2024"]
        return Dictionary(uniqueKeysWithValues: missing.map { ($0.field, values[$0]!) })
    }
}
