/// The checks of `schooldash check` that look at loaded records: across records (the same
/// school and period twice, one id with two names) and within each record (the report's
/// own arithmetic).
public enum Validator {
    /// The loader's findings followed by the validation findings, in a stable order: the same
    /// with any number of `workers` checking the records one by one.
    public static func findings(for loaded: Loader.Result, workers: Int = 1) -> Diagnostics {
        var diagnostics = loaded.diagnostics
        for finding in acrossRecords(loaded.records) { diagnostics.add(finding) }
        let records = loaded.records
        for findings in Parallel.map(records.count, workers: workers, { RecordChecks.findings(for: records[$0]) }) {
            for finding in findings { diagnostics.add(finding) }
        }
        return diagnostics
    }

    /// Duplicate school and period; one school id under two names.
    static func acrossRecords(_ records: [Record]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // Positions, not copies: a national load holds 45,000 big records.
        var firstByKey: [RecordKey: Int] = [:]
        var nameByID: [String: Int] = [:]
        for (position, record) in records.enumerated() {
            let place = record.source ?? SourcePlace(file: "?")
            if let first = firstByKey[record.key].map({ records[$0] }) {
                findings.append(Diagnostic(.duplicateRecord(first: first.source?.description ?? "?"),
                                           place: place, record: record.key))
            } else {
                firstByKey[record.key] = position
            }
            if let first = nameByID[record.school.id].map({ records[$0] }) {
                if first.school.name != record.school.name {
                    findings.append(Diagnostic(.schoolNameConflict(first: first.school.name, second: record.school.name),
                                               place: place, record: record.key, field: "school.name"))
                }
            } else {
                nameByID[record.school.id] = position
            }
        }
        return findings
    }
}
