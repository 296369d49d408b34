extension Diagnostics {
    /// Problems about a whole file, which have no line to point at.
    static let wholeFileCodes: Set<String> = ["no-input-files", "file-too-large", "xlsx-unreadable", "xlsx-no-table"]

    /// Errors that do not say where they are: always a bug (the mutation test and the fuzz
    /// target look for them).
    public var unlocatedErrors: [Diagnostic] {
        all.filter { $0.severity == .error && $0.place.line == nil && !Self.wholeFileCodes.contains($0.code) }
    }
}

/// How the fuzz target and its regression test read raw bytes: the first byte picks the kind of
/// file (even: JSON, odd: CSV), the rest is the file.
public enum FuzzInput {
    public static func check(_ bytes: [UInt8]) -> Diagnostics {
        guard let first = bytes.first else { return Diagnostics() }
        let loaded = Loader().load(bytes: Array(bytes.dropFirst()), name: first % 2 == 0 ? "fuzz.json" : "records.csv")
        return Validator.findings(for: loaded)
    }
}
