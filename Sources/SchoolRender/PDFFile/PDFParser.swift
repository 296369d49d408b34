/// Reads one PDF value from bytes (PDF 1.7 §7.2–7.3), noting where each indirect reference
/// (`12 0 R`) stands so a copy can renumber it. Comments are skipped; strings are not decoded.
struct PDFParser {
    /// A reference in the text: the object it names and the bytes of `12 0 R`.
    struct Reference: Equatable {
        var object: Int
        var range: Range<Int>
    }

    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var what: String
        var description: String { "byte \(offset): \(what)" }
    }

    let bytes: [UInt8]
    private(set) var position: Int
    private(set) var references: [Reference] = []

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// The next value; `N G R` is one value, a reference.
    mutating func value() throws(Failure) -> PDFValue {
        skipSpace()
        guard position < bytes.count else { throw Failure(offset: position, what: "the file ends inside an object") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "/"):
            return .name(name())
        case UInt8(ascii: "("):
            try literalString()
            return .string
        case UInt8(ascii: "<"):
            if peek(1) == UInt8(ascii: "<") {
                position += 2
                return try dictionary()
            }
            try hexString()
            return .string
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                if peek(0) == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try value())
            }
        default:
            let word = token()
            guard !word.isEmpty else { throw Failure(offset: start, what: "unexpected character \(bytes[start])") }
            if let number = Int(word) {
                if number >= 0, let object = referenceAfter(number) {
                    references.append(Reference(object: object, range: start..<position))
                    return .reference(object)
                }
                return .integer(number)
            }
            switch word {
            case "true", "false": return .boolean
            case "null": return .null
            default:
                guard Double(word) != nil || word.allSatisfy({ "+-.0123456789".contains($0) }) else {
                    throw Failure(offset: start, what: "unexpected word “\(word)”")
                }
                return .real
            }
        }
    }

    /// The next bare word (a keyword such as `obj`, `stream` or `endobj`), or "" at a delimiter.
    mutating func keyword() -> String {
        skipSpace()
        return token()
    }

    /// Moves past the end of line that follows the `stream` keyword.
    mutating func skipStreamEndOfLine() {
        if peek(0) == 13 { position += 1 }
        if peek(0) == 10 { position += 1 }
    }

    // MARK: - Pieces

    private func peek(_ ahead: Int) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 10 || byte == 13 || byte == 9 || byte == 12 || byte == 0
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            if Self.isSpace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count && bytes[position] != 10 && bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func token() -> String {
        let start = position
        while position < bytes.count && !Self.isSpace(bytes[position]) && !Self.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func name() -> String {
        position += 1
        return token()
    }

    /// `G R` after an object number, consumed only when both are there.
    private mutating func referenceAfter(_ number: Int) -> Int? {
        let saved = position
        skipSpace()
        let generation = token()
        skipSpace()
        if Int(generation) != nil, token() == "R" { return number }
        position = saved
        return nil
    }

    private mutating func dictionary() throws(Failure) -> PDFValue {
        var entries: [String: PDFValue] = [:]
        while true {
            skipSpace()
            if peek(0) == UInt8(ascii: ">") && peek(1) == UInt8(ascii: ">") {
                position += 2
                return .dictionary(entries)
            }
            guard peek(0) == UInt8(ascii: "/") else { throw Failure(offset: position, what: "a dictionary key is not a name") }
            let key = name()
            entries[key] = try value()
        }
    }

    private mutating func literalString() throws(Failure) {
        let start = position
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return }
            default: break
            }
        }
        throw Failure(offset: start, what: "a string is not closed")
    }

    private mutating func hexString() throws(Failure) {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: ">") { position += 1 }
        guard position < bytes.count else { throw Failure(offset: start, what: "a hex string is not closed") }
        position += 1
    }
}
