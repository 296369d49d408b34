import Foundation
import SchoolMetrics
import SchoolRender

/// `schooldash charts`: single charts of a school or a ward, sized for a report page, listed
/// in the output folder's manifest beside what earlier runs wrote.
struct ChartsCommand {
    var options: ChartsOptions
    var console: Console

    func run() -> ExitCode {
        guard let folder = CLI.outputFolder(options.out, console: console) else { return .usage }
        guard let loaded = CLI.load(options.inputs, console: console, language: options.language) else { return .usage }
        let findings = Validator.findings(for: loaded)
        guard let renderer = CLI.renderer(console: console) else { return .usage }
        let theme = Theme(language: options.language, measurer: renderer.measurer)
        let plan = DashboardPlan(records: loaded.records, findings: findings.all, theme: theme)
        let selection = SubjectSelection(plan: plan, subject: options.subject, period: options.period)
        guard !selection.isEmpty else {
            console.err(SubjectSelection.nothing(options.subject, period: options.period, language: options.language))
            return .dataErrors
        }
        let single = SingleCharts(theme: theme, size: Size(width: options.width, height: options.height))
        var publications: [Publication] = []
        func add(_ charts: [(name: String, page: DisplayList)], owner: String, period: String, school: String?, key: GroupKey?) {
            for chart in charts where options.charts.isEmpty || options.charts.contains(where: { chart.name == $0 || chart.name.hasPrefix($0 + "-") }) {
                let page = chart.page
                publications.append(Publication(name: FileNames.chart(chart.name, owner: owner, period: period), kind: .chart,
                                                school: school, ward: key?.ward, district: key?.district, province: key?.province,
                                                period: period, chart: chart.name) { [page] })
            }
        }
        for record in selection.schools {
            add(single.school(record, change: plan.schoolPage(record).change), owner: record.record.school.id,
                period: record.record.period, school: record.record.school.id, key: nil)
        }
        for group in selection.wards {
            add(single.ward(group, members: plan.members(of: group), change: plan.wardPage(group).change),
                owner: FileNames.placeSlug(group.key), period: group.key.period, school: nil, key: group.key)
        }
        let writer = DocumentWriter(renderer: renderer, folder: folder, formats: [options.format], dpi: Double(options.dpi)) {
            PDFMetadata(title: $0.chart ?? $0.name, subject: "schooldash chart")
        }
        var entries: [Manifest.Entry] = []
        do {
            for publication in publications { entries += try writer.write(publication).entries }
            try ManifestFile.merge(entries, into: folder)
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
        for entry in entries { console.out(options.out + "/" + entry.path) }
        return findings.hasErrors ? .dataErrors : .ok
    }
}
