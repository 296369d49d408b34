/// Where a cell stands in a sheet: its 1-based row and column, written `A1`, `H3`, `AB120`.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The largest row and column numbers of a sheet (Excel's own limits).
    public static let maximumRow = 1_048_576, maximumColumn = 16_384

    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `A1`-style references (letters, then digits; `$` signs ignored), or nil.
    public init?(_ text: String) {
        var column = 0, row = 0, digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where column > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            guard column <= Self.maximumColumn, row <= Self.maximumRow else { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The letters of a column: 1 is `A`, 27 is `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var scalars: [Unicode.Scalar] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `H3`.
    public var description: String { Self.letters(ofColumn: column) + String(row) }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}
