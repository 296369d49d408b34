/// How a comparison's ``SchoolGrid`` is set on pages: its blocks in bands across the page, the
/// bands grouped into pages, and the schools in chunks of rows, each chunk shown on those pages.
///
/// Chosen to need the fewest pages, then to keep a chunk's charts on one page, then to give the
/// charts about their ideal width (``SchoolGrid/idealBlockWidth(_:)``).
struct ComparisonLayout {
    /// The bands of each page of a chunk; a band is a range of the grid's blocks.
    var pages: [[Range<Int>]]
    /// The schools one page holds at most.
    var rowsPerPage: Int

    /// The space between two bands.
    static func bandGap(_ theme: Theme) -> Double { theme.gap * 2 }

    /// How many chunks `count` schools take.
    func chunkCount(_ count: Int) -> Int { max(1, (count + rowsPerPage - 1) / rowsPerPage) }

    /// The schools in chunks of nearly equal size, in order.
    func chunks(_ count: Int) -> [Range<Int>] {
        let chunks = chunkCount(count)
        let size = (count + chunks - 1) / chunks
        return stride(from: 0, to: max(count, 1), by: max(1, size)).map { $0..<min(count, $0 + size) }
    }

    /// The key of the targets on a page with these bands, when any band shows targets.
    static func key(_ bands: [Range<Int>], of grid: SchoolGrid, names: [String]) -> TargetKey? {
        var firstNumber: Int?
        var count = 0
        for band in bands {
            for block in grid.blocks[band] {
                guard case .statuses(_, let first) = block.content else { continue }
                firstNumber = firstNumber ?? first
                count += block.statusCount
            }
        }
        guard let firstNumber else { return nil }
        return TargetKey(names: Array(names[(firstNumber - 1)..<min(names.count, firstNumber - 1 + count)]), first: firstNumber,
                         showsStatuses: true)
    }

    static func best(_ grid: SchoolGrid, targetNames: [String], body: Size, nameWidth: Double, theme: Theme) -> ComparisonLayout {
        let count = grid.blocks.count
        let flexible = grid.blocks.filter(\.isFlexible).count
        let ideal = max(1, Int((Double(flexible) * SchoolGrid.idealBlockWidth(theme) / max(1, body.width - nameWidth)).rounded(.up)))
        let rowHeight = SchoolGrid.minimumRowHeight(theme)
        var best: (score: [Int], layout: ComparisonLayout)?
        for k in 1...max(1, count) {
            let bands = partition(grid.blocks, into: k, theme: theme)
            let overheads = bands.map { SchoolGrid(names: [], blocks: Array(grid.blocks[$0])).overhead(width: body.width, nameWidth: nameWidth, theme: theme) }
            guard overheads.allSatisfy(\.isFinite) else { continue }
            for perPage in 1...bands.count {
                let groups = stride(from: 0, to: bands.count, by: perPage).map { Array($0..<min(bands.count, $0 + perPage)) }
                let fits = groups.map { group -> Int in
                    let key = Self.key(group.map { bands[$0] }, of: grid, names: targetNames)
                        .map { $0.height(width: body.width, theme: theme) + theme.gap * 1.5 } ?? 0
                    let free = body.height - key - group.reduce(0) { $0 + overheads[$1] } - bandGap(theme) * Double(group.count - 1)
                    return Int((free + 0.001) / (Double(group.count) * rowHeight))
                }
                guard let rows = fits.min(), rows >= 1 else { continue }
                let layout = ComparisonLayout(pages: groups.map { $0.map { bands[$0] } }, rowsPerPage: rows)
                let total = layout.chunkCount(grid.names.count) * groups.count
                // The rows a chunk gets: a layout that keeps them comfortable wins over one that squeezes them;
                // then bands of about two charts, or charts of about their ideal width when that takes more bands.
                let chunk = Double((grid.names.count + layout.chunkCount(grid.names.count) - 1) / layout.chunkCount(grid.names.count))
                let comfortable = Double(rows) * rowHeight / max(1, chunk) >= SchoolGrid.comfortableRowHeight(theme)
                let wanted = max(ideal, (flexible + 1) / 2)
                let score = [total, groups.count, comfortable ? 0 : 1, abs(wanted - k)]
                if best == nil || score.lexicographicallyPrecedes(best!.score) { best = (score, layout) }
            }
        }
        // Nothing fits at the smallest rows (a page too small): one school a page, every band on its own page.
        return best?.layout ?? ComparisonLayout(pages: (0..<count).map { [$0..<($0 + 1)] }, rowsPerPage: 1)
    }

    /// The blocks in `k` bands in order, so that the widest band's smallest width is least.
    static func partition(_ blocks: [SchoolGrid.Block], into k: Int, theme: Theme) -> [Range<Int>] {
        let demand = blocks.map { block in
            (block.isFlexible ? SchoolGrid.minimumBlockWidth(theme) : Double(block.statusCount) * SchoolGrid.statusWidth(theme))
                + theme.gap * 1.5
        }
        let n = blocks.count
        let k = min(max(1, k), max(1, n))
        // cost[i][j]: the least largest band over the first i blocks in j bands.
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: k + 1), count: n + 1)
        var cut = [[Int]](repeating: [Int](repeating: 0, count: k + 1), count: n + 1)
        cost[0][0] = 0
        for i in 1...max(1, n) where n > 0 {
            for j in 1...min(i, k) {
                var sum = 0.0
                for start in stride(from: i - 1, through: j - 1, by: -1) {
                    sum += demand[start]
                    let candidate = max(cost[start][j - 1], sum)
                    if candidate < cost[i][j] {
                        cost[i][j] = candidate
                        cut[i][j] = start
                    }
                }
            }
        }
        guard n > 0 else { return [] }
        var bands: [Range<Int>] = []
        var end = n
        for j in stride(from: k, through: 1, by: -1) {
            let start = cut[end][j]
            bands.insert(start..<end, at: 0)
            end = start
        }
        return bands
    }
}
