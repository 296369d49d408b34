import SchoolMetrics

/// `--shard K/N`: the Kth of N parts of a build. Whole wards go to one part (every period of a
/// school too), so ward pages and comparisons are the same as in a build of everything. Wards are
/// taken in place order and cut into N runs of about the same number of records, so every part
/// computes the same cut from the same input, on any machine.
public struct Shard: Equatable, Sendable {
    public var part: Int
    public var of: Int

    /// Reads `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 2, let part = Int(pieces[0]), let of = Int(pieces[1]), of >= 1, (1...of).contains(part) else { return nil }
        self.part = part
        self.of = of
    }

    /// The records of this part.
    func select(_ records: [Record]) -> [Record] {
        var latest: [String: Record] = [:]
        for record in records where latest[record.school.id].map({ Period.precedes($0.period, record.period) }) ?? true {
            latest[record.school.id] = record
        }
        func place(_ id: String) -> GroupKey { GroupKey(latest[id]!.school, period: "", level: .ward) }
        var sizes: [GroupKey: Int] = [:]
        for record in records { sizes[place(record.school.id), default: 0] += 1 }
        var partOfPlace: [GroupKey: Int] = [:]
        var before = 0
        for key in sizes.keys.sorted() {
            // A ward goes to the part its middle record falls in.
            partOfPlace[key] = min(of, 1 + (before * 2 + sizes[key]!) * of / (2 * max(1, records.count)))
            before += sizes[key]!
        }
        return records.filter { partOfPlace[place($0.school.id)] == part }
    }

    /// `manifest-2-of-4.json`: each part's own manifest, so parts can share one output folder.
    var manifestName: String { "manifest-\(part)-of-\(of).json" }
}
