import SchoolMetrics
import SchoolRender

/// The Word reports of a plan's schools and wards: their names under `reports/`, their bytes,
/// and their manifest entries.
struct ReportFiles: Sendable {
    let plan: DashboardPlan
    let document: ReportDocument

    /// A report, named and made.
    struct Report {
        var publication: Publication
        var bytes: [UInt8]

        var path: String { publication.name + ".docx" }
    }

    func school(_ record: RecordMetrics) throws -> Report {
        let bytes = try document.school(plan.schoolPage(record), next: plan.nextTargets(after: record)).package()
        return Report(publication: Publication(name: FileNames.report(record.record.school.id, period: record.record.period),
                                               kind: .report, school: record.record.school.id, period: record.record.period) { [] },
                      bytes: bytes)
    }

    func ward(_ group: GroupMetrics) throws -> Report {
        let key = group.key
        let bytes = try document.ward(plan.wardPage(group), schools: plan.schoolPages(of: group)).package()
        return Report(publication: Publication(name: FileNames.report(key), kind: .report, ward: key.ward, district: key.district,
                                               province: key.province, period: key.period) { [] },
                      bytes: bytes)
    }

    /// Writes the report into the folder and returns its manifest entry.
    static func write(_ report: Report, into folder: OutputFolder) throws -> Manifest.Entry {
        try folder.write(report.bytes, to: report.path)
        return Manifest.Entry(path: report.path, publication: report.publication, format: "docx", pages: nil)
    }
}
