/// What a message is about: a field of a JSON record, or a column of a CSV file.
public struct Subject: Sendable, Hashable {
    public var path: String
    public var isCSVColumn: Bool

    public init(path: String, isCSVColumn: Bool = false) {
        self.path = path
        self.isCSVColumn = isCSVColumn
    }

    /// `"students.enrolled"` or `column "students.conduct.kha"`.
    public func text(_ language: Language) -> String {
        guard isCSVColumn else { return "\"\(path)\"" }
        return language == .en ? "column \"\(path)\"" : "cột \"\(path)\""
    }
}
