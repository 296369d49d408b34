/// A reader for input files the loader does not know itself — year-end reports to import, say —
/// given by the caller: it turns a file's bytes into the JSON text of its records (as
/// docs/format.md has them), which the loader then reads like any JSON input. This keeps the
/// loader free of what the files hold: the command line plugs the report importer in.
public struct InputConverter: Sendable {
    /// What converting one file gave.
    public enum Conversion: Sendable {
        /// The JSON text of the file's records.
        case records(json: [UInt8])
        /// Why the file gives no record, in both languages.
        case failed(Message)
    }

    /// The file endings it reads, lower case with the dot (".txt", ".docx").
    public var endings: [String]
    /// Converts the bytes of the file `name`.
    public var convert: @Sendable (_ bytes: [UInt8], _ name: String) -> Conversion

    public init(endings: [String], convert: @escaping @Sendable (_ bytes: [UInt8], _ name: String) -> Conversion) {
        self.endings = endings.map { $0.lowercased() }
        self.convert = convert
    }

    /// Whether it reads the file `name`.
    public func reads(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return endings.contains { lowered.hasSuffix($0) }
    }
}
