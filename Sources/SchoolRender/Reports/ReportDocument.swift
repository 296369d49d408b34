import OfficeContainer
import SchoolMetrics

/// The section of the year-end report a secretary pastes, as a Word document: A4 portrait with
/// the margins of administrative documents (Nghị định 30/2020/NĐ-CP), Times New Roman 13 pt,
/// real headings, the reports' own sentences, editable tables and the dashboards' charts as
/// pictures at their physical size.
///
/// Every figure comes from the metrics and through the formatters the dashboards and
/// `summary` use; nothing is computed here a second way.
public struct ReportDocument: Sendable {
    public var theme: Theme
    public var renderer: Renderer
    /// The resolution the charts are drawn at (and recorded in their `pHYs`).
    public var dpi: Double
    /// Seconds since 1970 for the document's dates and its zip entries.
    public var date: Int

    public init(theme: Theme, renderer: Renderer, dpi: Double = 150, date: Int = SourceDate.processSeconds) {
        self.theme = theme
        self.renderer = renderer
        self.dpi = dpi
        self.date = date
    }

    /// A4 portrait; top and bottom 20 mm, left 30 mm, right 15 mm: a 165 mm text column.
    public static let page = WordSection.Page.a4Portrait(top: 20, bottom: 20, left: 30, right: 15)
    /// The charts' size: 16 × 8 cm, inside the text column, two to a page beside their text.
    public static let chartSize = Size(width: 16 / 2.54 * 72, height: 8 / 2.54 * 72)

    var words: Words { theme.words }
    var text: FigureText { FigureText(theme.language) }
    var sentences: SummarySentences { SummarySentences(language: theme.language) }

    /// The report of one school in one period; `next` adds the targets its next period sets.
    public func school(_ page: SchoolPage, next: (period: String, targets: [TargetResult])? = nil) throws -> WordDocument {
        let record = page.record
        let school = record.record.school
        var builder = ReportBuilder(words: words)
        var when = [words.period + " " + record.record.period]
        if let year = record.record.students?.schoolYear { when.append(words.schoolYear + " " + year) }
        builder.title(school.name, subtitle: [Place.line(ward: school.ward, district: school.district, province: school.province),
                                              when.joined(separator: " · ")])
        let charts = SingleCharts(theme: theme, size: Self.chartSize).school(record, change: page.change)
        let subject = school.name + ", " + words.period.lowercased() + " " + record.record.period
        try students(record, enrolled: record.record.students?.enrolled, change: page.change, charts: charts, subject: subject,
                     into: &builder)
        rates(record, change: page.change, counts: { kind in record.rate(kind).flatMap { rate in rate.count.flatMap { count in rate.of.map { (count, $0) } } } },
              into: &builder)
        try party(record.party, cell: record.record.party, charts: charts, subject: subject, into: &builder)
        targets(record.targets, next: next, into: &builder)
        checks(page.findings.map { (nil, $0) }, into: &builder)
        return document(builder, title: school.name + " · " + record.record.period)
    }

    /// The report of one ward in one period: pooled figures, the schools' scorecard, a
    /// paragraph per school and the data checks of its schools.
    public func ward(_ page: WardPage, schools: [SchoolPage]) throws -> WordDocument {
        let group = page.group
        let key = group.key
        var builder = ReportBuilder(words: words)
        builder.title(key.ward ?? key.name, subtitle: [Place.line(ward: nil, district: key.district, province: key.province),
                                                      words.period + " " + key.period + " · " + words.schoolsCount(page.members.count)])
        let charts = SingleCharts(theme: theme, size: Self.chartSize).ward(group, members: page.members, change: page.change)
        let subject = key.name + ", " + words.period.lowercased() + " " + key.period
        let enrolled = page.members.compactMap { $0.record.students?.enrolled }
        try students(group, enrolled: enrolled.isEmpty ? nil : enrolled.reduce(0, +), change: page.change, charts: charts,
                     subject: subject, into: &builder)
        rates(group, change: page.change, pooled: group.rates,
              counts: { kind in group.rates[kind].flatMap { rate in rate.count.flatMap { count in rate.of.map { (count, $0) } } } },
              into: &builder)
        try party(group.party, cell: nil, ward: true, charts: charts, subject: subject, into: &builder)
        try scorecard(page, charts: charts, subject: subject, into: &builder)
        builder.section(words.perSchoolHeading)
        for school in schools {
            builder.subheading(school.record.record.school.name)
            builder.paragraph(sentences.sentences(school.record, targets: school.record.targets, change: school.change).joined(separator: " "))
        }
        checks(schools.flatMap { school in school.findings.map { (school.record.record.school.name, $0) } }, into: &builder)
        return document(builder, title: (key.ward ?? key.name) + " · " + key.period)
    }

    private func document(_ builder: ReportBuilder, title: String) -> WordDocument {
        WordDocument(sections: [WordSection(page: Self.page, blocks: builder.blocks)],
                     styles: WordStyles(font: "Times New Roman", size: 13, language: theme.language == .vi ? "vi-VN" : "en-GB"),
                     title: title, subject: "schooldash report", date: date)
    }

    /// A chart drawn as a PNG at ``dpi``, with its alternative text.
    func picture(_ chart: DisplayList, description: String) throws -> WordPicture {
        try WordPicture(png: try renderer.png(chart, dpi: dpi), description: description)
    }
}
