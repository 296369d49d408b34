import SchoolMetrics
import SchoolRender

/// The records and wards a `--school` or `--ward` option names, in one period (the one asked
/// for, else the latest the subject has).
struct SubjectSelection {
    var schools: [RecordMetrics] = []
    var wards: [GroupMetrics] = []

    init(plan: DashboardPlan, subject: Subject, period: String?) {
        switch subject {
        case .school(let id):
            let matching = plan.records.filter { $0.record.school.id == id }
            let chosen = period ?? matching.map(\.record.period).max { Period.precedes($0, $1) }
            schools = matching.filter { $0.record.period == chosen }
        case .ward(let name):
            let wanted = name.precomposedStringWithCanonicalMapping.lowercased()
            let matching = plan.groups.filter { $0.key.ward?.lowercased() == wanted }
            let chosen = period ?? matching.map(\.key.period).max { Period.precedes($0, $1) }
            wards = matching.filter { $0.key.period == chosen }
        }
    }

    var isEmpty: Bool { schools.isEmpty && wards.isEmpty }

    /// "no school 'x' in period 2021" in the user's language.
    static func nothing(_ subject: Subject, period: String?, language: Language) -> String {
        let what: String = switch subject {
        case .school(let id): language == .vi ? "không có trường '\(id)'" : "no school '\(id)'"
        case .ward(let name): language == .vi ? "không có phường/xã '\(name)'" : "no ward '\(name)'"
        }
        let when = period.map { language == .vi ? " trong kỳ \($0)" : " in period \($0)" } ?? ""
        return "schooldash: " + what + when
    }
}
