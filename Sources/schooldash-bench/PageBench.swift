import Foundation
import SchoolMetrics
import SchoolRender

/// Single-core figures for school dashboard pages: drawn and written as `build` does, one file
/// per page, into a scratch folder.
struct PageBench {
    let plan: DashboardPlan
    let renderer: Renderer
    let folder: String

    init(records: [Record], folder: String) throws {
        renderer = try Renderer()
        plan = DashboardPlan(records: records, findings: [], theme: Theme(language: .vi, measurer: renderer.measurer))
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    var pageCount: Int { plan.records.count }

    func drawOnly() {
        for record in plan.records { _ = plan.schoolPage(record).draw(theme: plan.theme) }
    }

    /// As `build` writes them: the school pages of each ward drawn into one document, then each
    /// page copied into a file of its own (``Renderer/pdfFiles(_:)``).
    func pdf() throws {
        var index = 0
        for batch in plan.batches(overview: false) {
            let parts = batch.filter { $0 < plan.records.count }.map { position in
                let record = plan.records[position]
                return PDFPart(metadata: PDFMetadata(title: record.record.school.name), pages: [plan.schoolPage(record).draw(theme: plan.theme)])
            }
            for bytes in try renderer.pdfFiles(parts) {
                _ = FileManager.default.createFile(atPath: "\(folder)/\(index).pdf", contents: Data(bytes))
                index += 1
            }
        }
    }

    func png(dpi: Double) throws {
        for (index, record) in plan.records.enumerated() {
            let bytes = try renderer.png(plan.schoolPage(record).draw(theme: plan.theme), dpi: dpi)
            _ = FileManager.default.createFile(atPath: "\(folder)/\(index).png", contents: Data(bytes))
        }
    }
}

extension PageBench {
    /// The pages drawn once, for the figures that leave layout out.
    func displayLists() -> [DisplayList] {
        plan.records.map { plan.schoolPage($0).draw(theme: plan.theme) }
    }

    /// Cairo alone, one file per page: pages already laid out (`displayLists()`) played onto
    /// a PDF surface of their own and written — the floor of drawing a file per page.
    func cairoFiles(_ pages: [DisplayList]) throws {
        for (index, (record, page)) in zip(plan.records, pages).enumerated() {
            let document = try renderer.pdf(at: "\(folder)/\(index).pdf", metadata: PDFMetadata(title: record.record.school.name))
            try document.add(page)
            try document.finish()
        }
    }

    func pdfOneFile() throws {
        let document = try renderer.pdf(at: "\(folder)/all.pdf", metadata: PDFMetadata(title: "all"))
        for record in plan.records { try document.add(plan.schoolPage(record).draw(theme: plan.theme)) }
        try document.finish()
    }
}
