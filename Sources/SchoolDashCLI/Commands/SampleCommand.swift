import SchoolMetrics

/// `schooldash sample --schools N`: writes a synthetic dataset — one JSON file per province part,
/// or `records.csv` and `targets.csv` — without holding more than one part in memory.
struct SampleCommand {
    var options: SampleOptions
    var console: Console

    func run() -> ExitCode {
        guard let folder = CLI.outputFolder(options.out, console: console) else { return .usage }
        let dataset = SyntheticDataset(schools: options.schools, seed: options.seed, periods: options.periods)
        do {
            switch options.format {
            case .json: try writeJSON(dataset, into: folder)
            case .csv: try writeCSV(dataset, into: folder)
            }
        } catch {
            console.err("schooldash: \(error)")
            return .usage
        }
        console.err("\(options.schools) schools × \(options.periods) periods written to \(options.out)")
        return .ok
    }

    private func writeJSON(_ dataset: SyntheticDataset, into folder: OutputFolder) throws {
        try dataset.forEachPart { part, records in
            let province = records.first?.school.province ?? ""
            let name = (part < 10 ? "00" : part < 100 ? "0" : "") + "\(part)-" + Slug.make(province) + ".json"
            try folder.produce(name) { path in
                let file = try TextFile(creating: path)
                try file.write("[\n")
                for (index, record) in records.enumerated() {
                    try file.write((index > 0 ? ",\n" : "") + RecordJSON.encode(record).serialized(indent: nil))
                }
                try file.write("\n]\n")
                try file.finish()
            }
        }
    }

    /// The columns are those any record uses, in the order first met, found in a first pass.
    private func writeCSV(_ dataset: SyntheticDataset, into folder: OutputFolder) throws {
        var columns: [String] = []
        var known: Set<String> = []
        dataset.forEach { record in
            for (column, _) in RecordCSV.cells(record) where known.insert(column).inserted { columns.append(column) }
        }
        try folder.produce("records.csv") { recordsPath in
            try folder.produce("targets.csv") { targetsPath in
                let records = try TextFile(creating: recordsPath), targets = try TextFile(creating: targetsPath)
                try records.write(RecordCSV.line(columns) + "\n")
                try targets.write(RecordCSV.line(RecordCSV.targetColumns) + "\n")
                let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
                try dataset.forEach { record in
                    var row = Array(repeating: "", count: columns.count)
                    for (column, value) in RecordCSV.cells(record) { row[position[column]!] = value }
                    try records.write(RecordCSV.line(row) + "\n")
                    for target in RecordCSV.targetRows(record) { try targets.write(RecordCSV.line(target) + "\n") }
                }
                try records.finish()
                try targets.finish()
            }
        }
    }
}
