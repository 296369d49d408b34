import OfficeContainer

/// Loads records from JSON, CSV and Excel (`.xlsx`) files: every valid record, and every problem found.
///
/// A record with errors is reported and left out; the others load. Targets files are joined
/// to their records by school id and period once every file is read.
public struct Loader: Sendable {
    /// The largest file read, in bytes.
    public var maximumFileSize: Int
    /// Readers for further kinds of file, tried by file ending before JSON and CSV.
    public var converters: [InputConverter]

    /// How many files, or chunks of one file's records, are read at once (`build --jobs`); the
    /// result is the same with any number.
    public var workers: Int

    public init(maximumFileSize: Int = 100 * 1024 * 1024, converters: [InputConverter] = [], workers: Int = 1) {
        self.maximumFileSize = maximumFileSize
        self.converters = converters
        self.workers = max(1, workers)
    }

    /// What a load gives: the records in input order and the findings.
    public struct Result: Sendable {
        public var records: [Record]
        public var diagnostics: Diagnostics
        public var files: [String]
    }

    /// Loads every file the paths name; throws only for paths that cannot be read at all.
    public func load(paths: [String]) throws(InputError) -> Result {
        let files = try InputFiles.expand(paths)
        var diagnostics = Diagnostics()
        if files.isEmpty {
            diagnostics.add(Diagnostic(.noInputFiles, place: SourcePlace(file: paths.joined(separator: " "))))
        }
        // The files are read at once, and taken in their order: the first that cannot be read stops the load.
        let outcomes = Parallel.map(files.count, workers: workers) { index -> FileOutcome in
            do throws(InputError) {
                switch try InputFiles.read(files[index], limit: maximumFileSize) {
                case .bytes(let bytes): return .part(read(bytes, name: files[index]))
                case .tooLarge(let size): return .tooLarge(size: size)
                }
            } catch {
                return .failed(error)
            }
        }
        var parts: [FilePart] = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .part(let part):
                parts.append(part)
            case .tooLarge(let size):
                diagnostics.add(Diagnostic(.fileTooLarge(bytes: size, limit: maximumFileSize), place: SourcePlace(file: file)))
            case .failed(let error):
                throw error
            }
        }
        return assemble(parts, files: files, diagnostics: diagnostics)
    }

    /// What reading one file gave.
    private enum FileOutcome: Sendable {
        case part(FilePart)
        case tooLarge(size: Int)
        case failed(InputError)
    }

    /// Loads one file's bytes, as if it were the only input.
    public func load(bytes: [UInt8], name: String) -> Result {
        assemble([read(bytes, name: name)], files: [name], diagnostics: Diagnostics())
    }

    /// What one file gave before targets are joined.
    struct FilePart {
        var records: [Record] = []
        var rejected: Set<RecordKey> = []
        var targetRows: [(key: RecordKey, target: Target?, place: SourcePlace)] = []
        var diagnostics: [Diagnostic] = []

        /// Adds what a later part of the same file gave.
        mutating func append(_ other: FilePart) {
            records += other.records
            rejected.formUnion(other.rejected)
            targetRows += other.targetRows
            diagnostics += other.diagnostics
        }
    }

    func read(_ bytes: [UInt8], name: String) -> FilePart {
        if let converter = converters.first(where: { $0.reads(name) }) {
            switch converter.convert(bytes, name) {
            case .records(let json):
                // Places in the converted text mean nothing to the reader of the file: the file is named alone.
                return readJSON(SourceText(name: name, bytes: json, converted: true))
            case .failed(let reason):
                var part = FilePart()
                part.diagnostics.append(Diagnostic(.unreadableReport(reason), place: SourcePlace(file: name)))
                return part
            }
        }
        if name.lowercased().hasSuffix(".csv") {
            let decoded: CSVEncoding.Decoded
            do {
                decoded = try CSVEncoding.decode(bytes)
            } catch {
                var part = FilePart()
                part.diagnostics.append(Diagnostic(.invalidUTF8, place: SourceText(name: name, bytes: bytes).place(of: error.offset)))
                return part
            }
            var part = readCSV(SourceText(name: name, bytes: decoded.bytes))
            if let encoding = decoded.encoding {
                part.diagnostics.insert(Diagnostic(.csvEncoding(name: encoding), place: SourcePlace(file: name, line: 1, column: 1)), at: 0)
            }
            return part
        }
        if name.lowercased().hasSuffix(".xlsx") { return readWorkbook(bytes, name: name) }
        return readJSON(SourceText(name: name, bytes: bytes))
    }

    private func readJSON(_ source: SourceText) -> FilePart {
        var part = FilePart()
        let root: Node
        do {
            root = try JSONParser.parse(source.bytes)
        } catch {
            part.diagnostics.append(Diagnostic(error.problem, place: source.place(of: error.offset)))
            return part
        }
        let nodes: [Node]
        if case .array(let elements) = root.value { nodes = elements } else { nodes = [root] }
        if nodes.isEmpty { part.diagnostics.append(Diagnostic(.emptyFile, place: source.place(of: root.offset))) }
        for decoded in decode(nodes, sources: source.forWorkers(workers)) { part.append(decoded) }
        return part
    }

    private func readCSV(_ source: SourceText) -> FilePart {
        var part = FilePart()
        do {
            var reader = try CSVReader(source.bytes)
            try read(&reader, source: source, into: &part)
        } catch {
            // A file that cannot be read to its end gives this one error and nothing else.
            return FilePart(diagnostics: [Diagnostic(error.problem, place: source.place(of: error.offset))])
        }
        return part
    }

    /// Every sheet of a workbook that holds a records or targets table, read as CSV tables are.
    private func readWorkbook(_ bytes: [UInt8], name: String) -> FilePart {
        var part = FilePart()
        let workbook: Spreadsheet
        do {
            workbook = try Spreadsheet(bytes)
        } catch {
            part.diagnostics.append(Diagnostic(.xlsxUnreadable(reason: error.reason), place: SourcePlace(file: name)))
            return part
        }
        return read(workbook, name: name)
    }

    /// The records and targets of a workbook already read.
    func read(_ workbook: Spreadsheet, name: String) -> FilePart {
        var part = FilePart()
        let tables = WorkbookTables.tables(workbook)
        if tables.isEmpty { part.diagnostics.append(Diagnostic(.xlsxNoTable, place: SourcePlace(file: name))) }
        for sheet in tables {
            let source = SourceText(name: name, sheet: sheet.sheet)
            let first = part.diagnostics.count
            for note in sheet.notes { part.diagnostics.append(Diagnostic(note.problem, place: source.place(of: note.offset))) }
            for bad in sheet.badCells {
                part.diagnostics.append(Diagnostic(bad.problem, place: source.place(of: bad.offset), record: bad.record, field: bad.column))
                if let key = bad.record { part.rejected.insert(key) }
            }
            var table = sheet.table
            read(&table, source: source, into: &part)
            // The sheet's findings in the order of its cells, row by row.
            let sorted = part.diagnostics[first...].enumerated().sorted {
                ($0.element.place.line ?? 0, $0.element.place.column ?? 0, $0.offset) < ($1.element.place.line ?? 0, $1.element.place.column ?? 0, $1.offset)
            }.map(\.element)
            part.diagnostics.replaceSubrange(first..., with: sorted)
        }
        return part
    }

    /// The records or targets of one table (a CSV file, a sheet of a workbook).
    private func read<Rows: TableRows>(_ table: inout Rows, source: SourceText, into part: inout FilePart) throws(Rows.Failure) {
        var warned = Set<String>()
        let sources = source.forWorkers(workers)
        // The findings of targets rows come after those of the table (its header, rows too wide).
        var targetDiagnostics: [Diagnostic] = []
        // Rows are decoded a batch at a time, so no more than a batch of rows' trees exists at once.
        var rows: [Node] = []
        func decodeRows() {
            for rowPart in decode(rows, sources: sources) {
                part.records += rowPart.records
                part.rejected.formUnion(rowPart.rejected)
                // A column that is wrong once is wrong on every row: say it once.
                for diagnostic in rowPart.diagnostics where diagnostic.code != "unknown-field" || warned.insert(diagnostic.field ?? "").inserted {
                    part.diagnostics.append(diagnostic)
                }
            }
            rows.removeAll(keepingCapacity: true)
        }
        do {
            try CSVDocument.read(&table, report: { problem, offset in
                decodeRows() // the findings of the rows read before come first
                part.diagnostics.append(Diagnostic(problem, place: source.place(of: offset)))
            }, record: { node in
                rows.append(node)
                if rows.count == Self.rowBatch { decodeRows() }
            }, target: { row in
                var decoder = RecordDecoder(source: source)
                let key = RecordKey(school: row.school, period: row.period)
                decoder.reader.record = key
                let target = decoder.decodeTarget(row.target, path: "target")
                targetDiagnostics += decoder.reader.diagnostics
                part.targetRows.append((key, decoder.reader.hasErrors ? nil : target, source.place(of: row.offset)))
            })
        } catch {
            decodeRows()
            throw error
        }
        decodeRows()
        part.diagnostics += targetDiagnostics
    }

    /// How many rows of a table are decoded at once.
    private static let rowBatch = 512

    /// What each node gives, decoded by up to ``workers`` workers, in node order.
    private func decode(_ nodes: [Node], sources: SourceText.PerWorker) -> [FilePart] {
        Parallel.map(nodes.count, workers: sources.count) { index, worker in
            var part = FilePart()
            decode(nodes[index], source: sources[worker], into: &part)
            return part
        }
    }

    private func decode(_ node: Node, source: SourceText, into part: inout FilePart) {
        var decoder = RecordDecoder(source: source)
        let record = decoder.decodeRecord(node)
        part.diagnostics += decoder.reader.diagnostics
        if let record {
            part.records.append(record)
        } else if let key = decoder.reader.record {
            part.rejected.insert(key)
        }
    }

    /// Joins targets rows to their records; a record with a bad target row is left out.
    private func assemble(_ parts: [FilePart], files: [String], diagnostics: Diagnostics) -> Result {
        var diagnostics = diagnostics
        var parts = parts
        var records: [Record] = []
        records.reserveCapacity(parts.reduce(0) { $0 + $1.records.count })
        for index in parts.indices {
            records += parts[index].records
            parts[index].records = [] // one copy of each record at a time: 45,000 of them are big
        }
        var rejected = parts.reduce(into: Set<RecordKey>()) { $0.formUnion($1.rejected) }
        var index: [RecordKey: Int] = [:]
        for (position, record) in records.enumerated() where index[record.key] == nil { index[record.key] = position }
        // A targets row joins the record of its own file when there is one (a workbook holds both
        // sheets), else the first record of its school and period (a targets.csv beside records.csv).
        var inFile: [String: [RecordKey: Int]] = [:]
        for (position, record) in records.enumerated() {
            let file = record.source?.file ?? ""
            if inFile[file]?[record.key] == nil { inFile[file, default: [:]][record.key] = position }
        }
        for part in parts {
            for diagnostic in part.diagnostics { diagnostics.add(diagnostic) }
            // The rows of a part come from one file: its records are looked up once, not per row.
            var file: String?
            var fileRecords: [RecordKey: Int]?
            for row in part.targetRows {
                if row.place.file != file {
                    file = row.place.file
                    fileRecords = inFile[row.place.file]
                }
                guard let position = fileRecords?[row.key] ?? index[row.key] else {
                    if !rejected.contains(row.key) {
                        diagnostics.add(Diagnostic(.csvTargetWithoutRecord(school: row.key.school, period: row.key.period),
                                                   place: row.place, record: row.key))
                    }
                    continue
                }
                guard let target = row.target else {
                    rejected.insert(row.key)
                    continue
                }
                if records[position].targets == nil {
                    records[position].targets = [target]
                } else {
                    records[position].targets!.append(target)
                }
            }
        }
        records.removeAll { rejected.contains($0.key) }
        for note in Self.removeIdenticalRepeats(&records) { diagnostics.add(note) }
        return Result(records: records, diagnostics: diagnostics, files: files)
    }

    /// Drops records that repeat an earlier one exactly (the same data exported twice, as
    /// JSON and as CSV say), with one note per pair of files. Repeats that differ stay, for
    /// the validator to refuse.
    private static func removeIdenticalRepeats(_ records: inout [Record]) -> [Diagnostic] {
        var first: [RecordKey: Int] = [:]
        var repeats: [String: (first: String, count: Int, place: SourcePlace)] = [:]
        var pairs: [String] = []
        var dropped: Set<Int> = []
        for (position, record) in records.enumerated() {
            guard let earlierPosition = first[record.key] else {
                first[record.key] = position
                continue
            }
            let earlier = records[earlierPosition]
            var a = earlier, b = record
            a.source = nil
            b.source = nil
            guard a == b else { continue }
            let file = record.source?.file ?? "?"
            let earlierFile = earlier.source?.file ?? "?"
            let pair = file + "\u{0}" + earlierFile
            if repeats[pair] == nil { pairs.append(pair) }
            repeats[pair, default: (earlierFile, 0, SourcePlace(file: file))].count += 1
            dropped.insert(position)
        }
        if !dropped.isEmpty {
            records = records.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        }
        return pairs.map { pair in
            let entry = repeats[pair]!
            return Diagnostic(.identicalRepeats(count: entry.count, of: entry.first), place: entry.place)
        }
    }
}
