/// The checks within one record: the report's own numbers against each other.
enum RecordChecks {
    static func findings(for record: Record) -> [Diagnostic] {
        []
    }
}
