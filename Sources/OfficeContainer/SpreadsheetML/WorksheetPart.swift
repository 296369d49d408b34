/// `xl/worksheets/sheetN.xml`: the cells of `sheetData`, typed by their `t` attribute, styled
/// by their `s` attribute, placed by their `r` attribute or, when a producer leaves it out,
/// by counting (a row after the previous row, a cell after the previous cell).
struct WorksheetPart {
    private static let row = Array("row".utf8), c = Array("c".utf8), v = Array("v".utf8), f = Array("f".utf8)
    private static let inlineString = Array("is".utf8)
    private static let r = Array("r".utf8), t = Array("t".utf8), s = Array("s".utf8)

    let strings: [String]
    let formats: NumberFormats

    /// The rows that hold cells, in order.
    func read(_ bytes: [UInt8]) throws(Spreadsheet.Failure) -> [Spreadsheet.Row] {
        var scanner = XMLScanner(bytes)
        var rows: [Spreadsheet.Row] = []
        var rowNumber = 0, column = 0
        var cells: [Spreadsheet.Cell] = []
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, let selfClosing) = event else {
                if case .end(let name) = event, scanner.isNamed(name, Self.row), !cells.isEmpty {
                    rows.append(Spreadsheet.Row(number: rowNumber, cells: cells))
                    cells = []
                }
                continue
            }
            if scanner.isNamed(name, Self.row) {
                let text = scanner.attribute(Self.r, in: attributes)
                rowNumber = text.flatMap { Int($0) } ?? rowNumber + 1
                guard (1...CellReference.maximumRow).contains(rowNumber) else {
                    throw Spreadsheet.Failure(reason: "a row numbered “\(text ?? "")”")
                }
                column = 0
                cells = []
            } else if scanner.isNamed(name, Self.c) {
                var reference = CellReference(row: max(rowNumber, 1), column: column + 1)
                if let text = scanner.attribute(Self.r, in: attributes) {
                    guard let parsed = CellReference(text) else {
                        throw Spreadsheet.Failure(reason: "a cell at “\(text.prefix(20))”, which is no cell reference")
                    }
                    reference = parsed
                }
                guard reference.column <= CellReference.maximumColumn else {
                    throw Spreadsheet.Failure(reason: "a cell beyond the last column (XFD)")
                }
                column = reference.column
                let type = scanner.attribute(Self.t, in: attributes) ?? "n"
                let style = scanner.attribute(Self.s, in: attributes).flatMap { Int($0) } ?? 0
                guard !selfClosing else { continue }
                if let cell = try readCell(&scanner, at: reference, type: type, style: style) { cells.append(cell) }
            }
        }
        return rows
    }

    /// The content of one `<c>`, read to its end tag; nil for a cell that holds nothing.
    private func readCell(_ scanner: inout XMLScanner, at reference: CellReference, type: String, style: Int)
        throws(Spreadsheet.Failure) -> Spreadsheet.Cell? {
        var valueText: String?, formula: String?
        var reading: String?? = nil
        while let event = try scanner.next() {
            switch event {
            case .start(let name, _, let selfClosing):
                if scanner.isNamed(name, Self.v) {
                    valueText = valueText ?? ""
                    if !selfClosing { reading = .some(nil) }
                } else if scanner.isNamed(name, Self.f) {
                    formula = formula ?? ""
                    if !selfClosing { reading = .some("f") }
                } else if scanner.isNamed(name, Self.inlineString), !selfClosing {
                    valueText = try RichText.read(&scanner, item: Self.inlineString)
                }
            case .end(let name):
                if scanner.isNamed(name, Self.c) {
                    return try cell(at: reference, type: type, style: style, valueText: valueText, formula: formula)
                }
                reading = nil
            case .text(let range), .cdata(let range):
                let text: String
                if case .cdata = event { text = String(decoding: scanner.bytes[range], as: UTF8.self) } else { text = scanner.text(range) }
                switch reading {
                case .some(.none): valueText = (valueText ?? "") + text
                case .some(.some): formula = (formula ?? "") + text
                case .none: break
                }
            }
        }
        return nil
    }

    private func cell(at reference: CellReference, type: String, style: Int, valueText: String?, formula: String?)
        throws(Spreadsheet.Failure) -> Spreadsheet.Cell? {
        let value: Spreadsheet.Cell.Value
        let isText = type == "inlineStr" || type == "str"
        if valueText == nil || (valueText!.isEmpty && !isText) {
            // A cell with a style and nothing else is empty; a formula without its result is not.
            guard let formula else { return nil }
            value = .formulaWithoutValue(formula: formula)
        } else {
            let text = valueText!
            let trimmed = text.trimmedSpacesOnly
            switch type {
            case "s":
                guard let index = Int(trimmed), strings.indices.contains(index) else {
                    throw Spreadsheet.Failure(reason: "the cell \(reference) points to shared string \(trimmed.prefix(20)), which does not exist")
                }
                value = .text(strings[index])
            case "inlineStr":
                value = .text(text)
            case "str":
                value = .text(XMLPart.unescaped(text))
            case "b":
                switch trimmed {
                case "1", "true": value = .boolean(true)
                case "0", "false": value = .boolean(false)
                default: throw Spreadsheet.Failure(reason: "the cell \(reference) is a boolean holding “\(trimmed.prefix(20))”")
                }
            case "e":
                value = .error(trimmed)
            case "d":
                // An ISO 8601 date written as text (strict files): kept as written.
                value = .text(trimmed)
            default:
                guard let number = Double(trimmed), number.isFinite else {
                    throw Spreadsheet.Failure(reason: "the cell \(reference) is a number holding “\(trimmed.prefix(40))”")
                }
                value = .number(number)
            }
        }
        return Spreadsheet.Cell(reference: reference, value: value, format: formats.format(ofStyle: style), isFormula: formula != nil)
    }
}

extension String {
    /// The text without the spaces, tabs and line breaks around it.
    var trimmedSpacesOnly: String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
