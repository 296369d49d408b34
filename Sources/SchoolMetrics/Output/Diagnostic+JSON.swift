extension Diagnostic {
    /// The finding as `check --json` prints it.
    public func json(_ language: Language) -> JSONOutput {
        .object([
            ("severity", .string(severity.rawValue)),
            ("code", .string(code)),
            ("file", .string(place.file)),
            ("line", .optional(place.line, JSONOutput.int)),
            ("column", .optional(place.column, JSONOutput.int)),
            ("sheet", .optional(place.sheet, JSONOutput.string)),
            ("cell", .optional(place.cell, JSONOutput.string)),
            ("school", .optional(record?.school, JSONOutput.string)),
            ("period", .optional(record?.period, JSONOutput.string)),
            ("field", .optional(field, JSONOutput.string)),
            ("message", .string(message.text(language))),
        ])
    }
}
