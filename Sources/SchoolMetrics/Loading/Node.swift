/// A value read from an input file (JSON, or a CSV row shaped like JSON), with the byte
/// offset where it starts so that any message about it can name its line and column.
struct Node: Sendable {
    /// A field of an object, with where its name stands.
    struct Member: Sendable {
        var key: String
        var keyOffset: Int
        var value: Node
    }

    enum Value: Sendable {
        case null
        case bool(Bool)
        /// A JSON number, kept as written until a field says what it must be.
        case number(String)
        case string(String)
        case array([Node])
        case object([Member])
        /// A CSV cell, kept as written; `decimalComma` tells how its numbers are written.
        case cell(String, decimalComma: Bool)
    }

    var value: Value
    var offset: Int
    /// The CSV column the value came from, for messages that name columns.
    var column: String?

    init(_ value: Value, offset: Int, column: String? = nil) {
        self.value = value
        self.offset = offset
        self.column = column
    }

    /// The members of an object, or nil.
    var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// True for JSON null and for an empty CSV cell: both mean the value is missing.
    var isMissing: Bool {
        switch value {
        case .null: true
        case .cell(let text, _): text.isBlank
        default: false
        }
    }

    /// The value as it appears, shortened, for "found …" in messages.
    var foundDescription: String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text), .cell(let text, _): return "\"\(text.shortened(to: 40))\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension String {
    /// The text cut to `limit` characters with an ellipsis.
    func shortened(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
