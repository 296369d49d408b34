/// How each cell style (`s="…"`, an index into `cellXfs`) shows numbers: as percents, as dates,
/// or otherwise.
struct NumberFormats: Sendable {
    /// The format of each cell style, by index.
    var styles: [Spreadsheet.Cell.Format] = []

    func format(ofStyle index: Int) -> Spreadsheet.Cell.Format {
        styles.indices.contains(index) ? styles[index] : .general
    }
}

extension Spreadsheet.Cell.Format {
    /// The format of a built-in number format id: 9 `0%`, 10 `0.00%`; 14–22 and 45–47 dates and
    /// times, 27–36 and 50–58 the East Asian dates.
    public static func of(builtIn id: Int) -> Self {
        switch id {
        case 9, 10: .percent
        case 14...22, 27...36, 45...47, 50...58: .date
        default: .general
        }
    }

    /// What a custom format code shows. Quoted text, `\`-escaped characters, `[…]` sections
    /// (colours, conditions, locales) and `_`/`*` paddings are not format characters; a `%`
    /// outside them makes a percent (Excel then multiplies by 100), day, month, year, hour or
    /// second letters a date. The first section (positive numbers) decides.
    public static func of(code: String) -> Self {
        var inQuotes = false, inBrackets = false, skipNext = false
        var isDate = false
        for character in code {
            if skipNext {
                skipNext = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": skipNext = true
            case ";": return isDate ? .date : .general
            case "%": return .percent
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S": isDate = true
            default: break
            }
        }
        return isDate && code.lowercased() != "general" ? .date : .general
    }
}
