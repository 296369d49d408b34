import SchoolMetrics
import SchoolRender

/// `schooldash summary`: the figures of a school or a ward as sentences for the next report.
struct SummaryCommand {
    var options: SummaryOptions
    var console: Console

    func run() -> ExitCode {
        guard let loaded = CLI.load(options.inputs, console: console, language: options.language) else { return .usage }
        let findings = Validator.findings(for: loaded)
        let theme = Theme.test(language: options.language)
        let plan = DashboardPlan(records: loaded.records, findings: findings.all, theme: theme)
        let selection = SubjectSelection(plan: plan, subject: options.subject, period: options.period)
        guard !selection.isEmpty else {
            console.err(SubjectSelection.nothing(options.subject, period: options.period, language: options.language))
            return .dataErrors
        }
        let writer = SummarySentences(language: options.language)
        var blocks: [String] = []
        for record in selection.schools {
            let page = plan.schoolPage(record)
            let heading = record.record.school.name + " · " + theme.words.period + " " + record.record.period
            blocks.append(([heading] + writer.sentences(record, targets: record.targets, change: page.change)).joined(separator: "\n"))
        }
        for group in selection.wards {
            let page = plan.wardPage(group)
            let heading = [group.key.ward, group.key.district, group.key.province].compactMap { $0 }.joined(separator: ", ")
                + " · " + theme.words.period + " " + group.key.period
            let targets = page.members.flatMap { $0.targets ?? [] }
            blocks.append(([heading] + writer.sentences(group, targets: targets, change: page.change, pooled: group.rates))
                .joined(separator: "\n"))
        }
        console.out(blocks.joined(separator: "\n\n"))
        return findings.hasErrors ? .dataErrors : .ok
    }
}
