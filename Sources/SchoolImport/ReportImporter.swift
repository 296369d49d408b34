import SchoolMetrics
/// Turns a year-end report into records: the figures of the reported period, and the targets
/// it sets for the next one. Every figure keeps the line and sentence it came from; figures it
/// cannot place are listed for review, never guessed.
public enum ReportImporter {
    /// `given` holds values the caller knows better than the report, by field path
    /// (`school.id`, `school.province`, …); they replace what the report says.
    public static func read(_ report: ReportText, given: [String: String] = [:]) -> ImportedReport {
        let lines = ReportLine.lines(of: report.lines)
        var results = ImportDraft()
        let header = ReportHeader(lines, period: given["period"], into: &results)
        let resultLines = lines[..<(header.targetsStart ?? lines.count)]
        var students = StudentResultsReader()
        if let years = header.period?.value.split(separator: "-").compactMap({ Int($0) }), years.count == 2, years[1] - years[0] >= 2 {
            students.termPeriod = true
        }
        var party = PartyReader()
        // Sentences about a whole district are not the school's figures: they stay for review.
        // A disclosure form's table, when the report is one and it holds one; else the sentences.
        var tableRead = false
        if DisclosureTableReader.reads(lines) {
            var table = DisclosureTableReader()
            table.read(resultLines.filter { !AreaSummary.speaksOfArea($0) }, into: &results)
            tableRead = results.sources.contains { $0.field.hasPrefix("students.") }
            // The form is for the school year its title names.
            if tableRead, let period = header.period, period.value.contains("-") {
                results.set("students.schoolYear", .string(period.value), from: period.sentence)
            }
        }
        for line in resultLines where !AreaSummary.speaksOfArea(line) {
            if !tableRead && !header.isTermReport { students.read(line, into: &results) }
            party.read(line, into: &results)
        }
        // Plans stated among the results, when the report has no part of its own for them.
        var plans = TargetsReader(), strivings = TargetsReader()
        if header.targetsStart == nil {
            for sentence in resultLines.flatMap(\.sentences) {
                if sentence.contains("theo ke hoach"), let will = sentence.find("sẽ", in: .lower) {
                    plans.readPlan(sentence, from: will + 2, into: &results)
                } else if header.nextPeriod != nil, let strive = sentence.find("phan dau"), let before = sentence.foldedWords(0..<strive).last,
                          // "đã phấn đấu", "luôn phấn đấu": what was done, not what is set.
                          !["da", "luon", "ngung", "luc", "cung", "deu"].contains(before) {
                    strivings.readPlan(sentence, from: strive, into: &results)
                }
            }
        }
        students.finish(into: &results)
        results.completeParty()
        results.reviewUnused(resultLines.flatMap(\.sentences))

        if let area = header.areaSummary, !results.has("school.name") {
            return ImportedReport(report: report.name, records: [], errors: [area.message])
        }
        if let period = header.period { results.set("period", .string(period.value), from: period.sentence) }
        for (field, value) in given.sorted(by: { $0.key < $1.key }) { results.override(field, .string(value)) }
        // A name given on the command line gives the id, as a name read from the report does.
        if !results.has("school.id"), case .string(let name) = results.value("school.name"), let id = header.schoolID(name) {
            results.override("school.id", .string(id))
        }
        guard !results.sources.isEmpty || !results.review.isEmpty else {
            return ImportedReport(report: report.name, records: [], errors: [Message(
                en: "no figures found: neither a school, a period nor any result the importer recognises",
                vi: "không tìm thấy số liệu nào: không có tên trường, kỳ báo cáo hay kết quả nào nhận ra được")])
        }
        let missing = results.missingIdentity
        let record = checked(&results, missing: missing)
        var imported = [ImportedRecord(record: record, sources: results.sources(of: record), review: results.review, missing: missing)]
        if !plans.targets.isEmpty {
            plans.drop(Self.refusals(Record(school: record.school, period: record.period, targets: plans.targets.map(\.target)),
                                     missing: missing), into: &results)
            imported[0].record.targets = plans.targets.map(\.target)
            imported[0].sources += Self.sources(of: plans.targets)
        }
        let period = results.value("period").flatMap { if case .string(let text) = $0 { text } else { nil } }

        let next = header.nextPeriod ?? period.flatMap(Period.next(after:))
        if let start = header.targetsStart, period == nil || next != nil {
            var plan = ImportDraft()
            var reader = TargetsReader()
            reader.read(lines[(start + 1)...], into: &plan)
            plan.reviewUnused(lines[(start + 1)...].prefix { !$0.closesReport }.flatMap(\.sentences))
            // Targets check would refuse (bounds the wrong way round) are listed, not kept.
            reader.drop(Self.refusals(Record(school: record.school, period: next ?? "", targets: reader.targets.map(\.target)),
                                      missing: missing), into: &plan)
            if !reader.targets.isEmpty {
                var nextRecord = Record(school: record.school, period: next ?? "")
                nextRecord.targets = reader.targets.map(\.target)
                imported.append(ImportedRecord(record: nextRecord, sources: Self.sources(of: reader.targets), review: plan.review, missing: missing))
            } else if !plan.review.isEmpty {
                imported[0].review += plan.review
            }
        }
        if header.targetsStart == nil, let next, !strivings.targets.isEmpty {
            var nextRecord = Record(school: record.school, period: next)
            strivings.drop(Self.refusals(Record(school: record.school, period: next, targets: strivings.targets.map(\.target)),
                                         missing: missing), into: &results)
            nextRecord.targets = strivings.targets.map(\.target)
            if !strivings.targets.isEmpty {
                imported.append(ImportedRecord(record: nextRecord, sources: Self.sources(of: strivings.targets), review: [], missing: missing))
            }
        }
        return ImportedReport(report: report.name, records: imported, errors: [])
    }

    /// The sources of targets, one per target, by its place in the record.
    private static func sources(of targets: [(target: Target, sentence: ReportSentence)]) -> [ImportSource] {
        targets.enumerated().map { index, entry in
            ImportSource(field: "targets[\(index)]", value: RecordJSON.target(entry.target), line: entry.sentence.line,
                         sentence: entry.sentence.text, derived: false)
        }
    }

    /// The record, after taking out the sections `check` would refuse: a report that says 22
    /// members and classifies 25 gives a record without the classification, and the review says why.
    private static func checked(_ draft: inout ImportDraft, missing: [ReportIdentity]) -> Record {
        for _ in 0..<4 {
            let record = draft.record()
            let refusals = refusals(record, missing: missing)
            guard !refusals.isEmpty else { return record }
            for (field, reason) in refusals { draft.withdraw(field, because: reason) }
        }
        return draft.record()
    }

    /// The fields of a record the loader refuses, with its reasons; the identity fields the
    /// report does not name are filled with stand-ins for the check, as a person will fill them.
    static func refusals(_ record: Record, missing: [ReportIdentity]) -> [(field: String, reason: String)] {
        var record = record
        for field in missing {
            switch field {
            case .schoolName: record.school.name = "?"
            case .schoolID: record.school.id = "unknown"
            case .ward: record.school.ward = "?"
            case .period: record.period = "?"
            }
        }
        let text = RecordJSON.encode(record).serialized(indent: nil)
        let loaded = Loader().load(bytes: Array(text.utf8), name: "import.json")
        return loaded.diagnostics.all.filter { $0.severity == .error }.compactMap { diagnostic in
            diagnostic.field.map { ($0, diagnostic.message.en) }
        }
    }
}
