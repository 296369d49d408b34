/// How the cells of a records row become a record object, worked out once from the header:
/// each column's JSON path (``CSVDocument/jsonPath(forColumn:)``) as a chain of numbered
/// entries, so that a row is put together with arrays indexed by entry instead of a tree of
/// dictionaries keyed by text.
///
/// A row's object has the keys of its non-blank cells in the order they first appear along the
/// row; a later cell on the same path replaces an earlier one; a distribution holding nothing
/// but its scheme or grades is left out; the parts of a mixed-year section (`[scheme]` keys)
/// become an array.
struct CSVRecordShape {
    /// A key on the path of one or more columns.
    private struct Entry {
        var key: String
        var parent: Int
        /// `scheme` or `grades`: what a template fills in ahead, which alone is no distribution.
        var isPrefilled: Bool
        /// A part of a mixed-year section, `[scheme]`: its scheme, else nil.
        var partScheme: String?
        /// `students.conduct` or `students.academic`.
        var isSection: Bool
    }

    /// Entry 0 is the row's object.
    private var entries: [Entry] = [Entry(key: "", parent: -1, isPrefilled: false, partScheme: nil, isSection: false)]
    /// The entries of each column's path, from the top down to its cell's key.
    private var chains: [[Int]] = []

    // What the row being put together holds, by entry; entries it did not touch are left clean.
    private var keys: [[Int]]
    private var leaves: [Node?]
    private var branchOffsets: [Int?]
    private var touched: [Int] = []

    init(paths: [[String]]) {
        var index: [[String]: Int] = [:]
        for path in paths {
            var chain: [Int] = []
            var parent = 0
            for depth in path.indices {
                let prefix = Array(path[...depth])
                if let known = index[prefix] {
                    parent = known
                } else {
                    let key = path[depth]
                    let isPart = key.hasPrefix("[") && key.hasSuffix("]")
                    entries.append(Entry(key: key, parent: parent, isPrefilled: key == "scheme" || key == "grades",
                                         partScheme: isPart ? String(key.dropFirst().dropLast()) : nil,
                                         isSection: depth == 1 && path[0] == "students" && (key == "conduct" || key == "academic")))
                    parent = entries.count - 1
                    index[prefix] = parent
                }
                chain.append(parent)
            }
            chains.append(chain)
        }
        keys = Array(repeating: [], count: entries.count)
        leaves = Array(repeating: nil, count: entries.count)
        branchOffsets = Array(repeating: nil, count: entries.count)
    }

    /// The object of one row: `cell(column)` gives the node of each column's cell, nil for a blank one.
    mutating func object(offset: Int, columns: Int, cell: (Int) -> Node?) -> Node {
        for column in 0..<min(columns, chains.count) {
            guard let node = cell(column) else { continue }
            insert(chains[column], node)
        }
        let object = node(0, offset: offset)
        for entry in touched {
            keys[entry].removeAll(keepingCapacity: true)
            leaves[entry] = nil
            branchOffsets[entry] = nil
        }
        touched.removeAll(keepingCapacity: true)
        return object
    }

    private mutating func insert(_ chain: [Int], _ node: Node) {
        var parent = 0
        touched.append(0)
        for (depth, entry) in chain.enumerated() {
            if leaves[entry] == nil && branchOffsets[entry] == nil {
                keys[parent].append(entry)
                touched.append(entry)
            }
            if depth == chain.count - 1 {
                leaves[entry] = node
            } else if branchOffsets[entry] == nil {
                // A branch starts where the first cell under it is.
                branchOffsets[entry] = node.offset
            }
            parent = entry
        }
    }

    private func node(_ branch: Int, offset: Int) -> Node {
        var members: [Node.Member] = []
        members.reserveCapacity(keys[branch].count)
        var parts: [Node] = []
        for entry in keys[branch] {
            let key = entries[entry].key
            if let leaf = leaves[entry] {
                members.append(Node.Member(key: key, keyOffset: leaf.offset, value: leaf))
                continue
            }
            guard let childOffset = branchOffsets[entry] else { continue }
            let child = node(entry, offset: childOffset)
            if let scheme = entries[entry].partScheme {
                guard !isEmptyDistribution(entry) else { continue }
                var element = child
                if case .object(let fields) = child.value {
                    element.value = .object([Node.Member(key: "scheme", keyOffset: child.offset,
                                                         value: Node(.string(scheme), offset: child.offset))] + fields)
                }
                parts.append(element)
            } else if entries[entry].isSection && isEmptyDistribution(entry) {
                continue
            } else {
                members.append(Node.Member(key: key, keyOffset: child.offset, value: child))
            }
        }
        if !parts.isEmpty {
            // A mixed-year section: the parts become an array.
            return Node(.array(parts + (members.isEmpty ? [] : [Node(.object(members), offset: offset)])), offset: offset)
        }
        return Node(.object(members), offset: offset)
    }

    private func isEmptyDistribution(_ entry: Int) -> Bool {
        keys[entry].allSatisfy { entries[$0].isPrefilled }
    }
}
