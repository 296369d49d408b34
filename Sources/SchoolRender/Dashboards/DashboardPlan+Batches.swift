extension DashboardPlan {
    /// The items of ``items(overview:)`` gathered by ward, as positions into that list: each
    /// ward's school pages, ward page and comparison together, so that one worker draws them
    /// into one PDF and its fonts are embedded once (``Renderer/pdfFiles(_:)``). A school of no
    /// ward group and each all-schools comparison are batches of their own. Every position is
    /// in exactly one batch, so results can be put back in manifest order.
    public func batches(overview: Bool = true) -> [[Int]] {
        var batched = Array(repeating: false, count: records.count)
        var batches: [[Int]] = []
        for (index, group) in groups.enumerated() {
            let schools = (membersByGroup[group.key] ?? []).filter { !batched[$0] }.sorted()
            for school in schools { batched[school] = true }
            batches.append(schools + [records.count + 2 * index, records.count + 2 * index + 1])
        }
        batches += batched.indices.filter { !batched[$0] }.map { [$0] }
        let overviews = overview ? periods.count : 0
        let first = records.count + 2 * groups.count
        batches += (first..<(first + overviews)).map { [$0] }
        return batches
    }
}
