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
        let header = ReportHeader(lines, into: &results)
        let resultLines = lines[..<(header.targetsStart ?? lines.count)]
        var students = StudentResultsReader()
        var party = PartyReader()
        for line in resultLines {
            students.read(line, into: &results)
            party.read(line, into: &results)
        }
        students.finish(into: &results)
        results.completeParty()
        results.reviewUnused(resultLines.flatMap(\.sentences))

        var errors: [Message] = []
        guard let period = header.period else {
            let error = Message(en: "no reporting period: the title names no year (năm 2021, năm học 2020-2021)",
                                vi: "không có kỳ báo cáo: tiêu đề không ghi năm (năm 2021, năm học 2020-2021)")
            return ImportedReport(report: report.name, records: [], errors: [error])
        }
        results.set("period", .string(period.value), from: period.sentence)
        for (field, value) in given.sorted(by: { $0.key < $1.key }) { results.override(field, .string(value)) }
        if !results.has("school.name") {
            errors.append(Message(en: "no school name (Trường THCS …) found in the report; nothing to put in school.name",
                                  vi: "báo cáo không ghi tên trường (Trường THCS …)"))
        }
        if !results.has("school.ward") {
            errors.append(Message(en: "no ward or commune (phường …, xã …) found in the report; give --ward",
                                  vi: "báo cáo không ghi phường/xã (phường …, xã …); hãy dùng --ward"))
        }
        if results.has("school.name") && !results.has("school.id") {
            errors.append(Message(en: "no school id: give --school-id", vi: "không có mã trường: hãy dùng --school-id"))
        }
        guard errors.isEmpty, let record = checked(&results) else {
            return ImportedReport(report: report.name, records: [], errors: errors)
        }
        var imported = [ImportedRecord(record: record, sources: results.sources(of: record), review: results.review)]

        if let start = header.targetsStart, let next = Period.next(after: period.value) {
            var plan = ImportDraft()
            var reader = TargetsReader()
            reader.read(lines[(start + 1)...], into: &plan)
            plan.reviewUnused(lines[(start + 1)...].prefix { !$0.closesReport }.flatMap(\.sentences))
            // Targets check would refuse (bounds the wrong way round) are listed, not kept.
            reader.drop(Self.refusals(Record(school: record.school, period: next, targets: reader.targets.map(\.target))), into: &plan)
            if !reader.targets.isEmpty {
                var nextRecord = Record(school: record.school, period: next)
                nextRecord.targets = reader.targets.map(\.target)
                let sources = reader.targets.enumerated().map { index, entry in
                    ImportSource(field: "targets[\(index)]", value: RecordJSON.target(entry.target), line: entry.sentence.line,
                                 sentence: entry.sentence.text, derived: false)
                }
                imported.append(ImportedRecord(record: nextRecord, sources: sources, review: plan.review))
            } else if !plan.review.isEmpty {
                imported[0].review += plan.review
            }
        }
        return ImportedReport(report: report.name, records: imported, errors: [])
    }

    /// The record, after taking out the sections `check` would refuse: a report that says 22
    /// members and classifies 25 gives a record without the classification, and the review says why.
    private static func checked(_ draft: inout ImportDraft) -> Record? {
        for _ in 0..<4 {
            guard let record = draft.record() else { return nil }
            let refusals = refusals(record)
            guard !refusals.isEmpty else { return record }
            for (field, reason) in refusals { draft.withdraw(field, because: reason) }
        }
        return draft.record()
    }

    /// The fields of a record the loader refuses, with its reasons.
    static func refusals(_ record: Record) -> [(field: String, reason: String)] {
        let text = RecordJSON.encode(record).serialized(indent: nil)
        let loaded = Loader().load(bytes: Array(text.utf8), name: "import.json")
        return loaded.diagnostics.all.filter { $0.severity == .error }.compactMap { diagnostic in
            diagnostic.field.map { ($0, diagnostic.message.en) }
        }
    }
}
