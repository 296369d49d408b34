/// Reads JSON text into ``Node``s that remember where each value starts.
///
/// Strict RFC 8259: no comments, no trailing commas, no NaN or Infinity. Numbers are kept
/// as written so that a field can require a whole number and say so with the value found.
struct JSONParser {
    /// A syntax error: what was wrong, and where.
    struct Failure: Error {
        var problem: Problem
        var offset: Int
    }

    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses a whole file: one value with only white space around it.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> Node {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        if parser.position == bytes.count { throw Failure(problem: .emptyFile, offset: parser.position) }
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position != bytes.count { throw parser.failure(.endOfInput) }
        return node
    }

    private mutating func parseValue() throws(Failure) -> Node {
        guard position < bytes.count else { throw failure(.value) }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return Node(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return Node(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return Node(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return Node(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure(.value)
        }
    }

    private mutating func parseObject() throws(Failure) -> Node {
        let start = position
        try enter()
        position += 1
        var members: [Node.Member] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return Node(.object(members), offset: start)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw failure(.objectKey) }
            let keyOffset = position
            let key = try parseString()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw failure(.colon) }
            position += 1
            skipWhitespace()
            members.append(Node.Member(key: key, keyOffset: keyOffset, value: try parseValue()))
            skipWhitespace()
            if peek == UInt8(ascii: ",") { position += 1; continue }
            if peek == UInt8(ascii: "}") { position += 1; break }
            throw failure(.commaOrObjectEnd)
        }
        depth -= 1
        return Node(.object(members), offset: start)
    }

    private mutating func parseArray() throws(Failure) -> Node {
        let start = position
        try enter()
        position += 1
        var elements: [Node] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return Node(.array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if peek == UInt8(ascii: ",") { position += 1; continue }
            if peek == UInt8(ascii: "]") { position += 1; break }
            throw failure(.commaOrArrayEnd)
        }
        depth -= 1
        return Node(.array(elements), offset: start)
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw Failure(problem: .nestingTooDeep(limit: JSONParser.maximumDepth), offset: position)
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        let start = position
        position += 1
        var runStart = position
        var decoded: [UInt8] = []
        var hasEscapes = false
        while true {
            guard position < bytes.count else { throw Failure(problem: .jsonSyntax(expected: .stringEnd, found: .endOfFile), offset: start) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 {
                throw Failure(problem: .jsonSyntax(expected: .stringEnd, found: byte == 0x0A ? .lineBreak : .controlCharacter), offset: position)
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes { decoded.reserveCapacity(position - runStart + 16) }
                hasEscapes = true
                decoded.append(contentsOf: bytes[runStart..<position])
                try parseEscape(into: &decoded)
                runStart = position
                continue
            }
            position += 1
        }
        let end = position
        position += 1
        if hasEscapes {
            decoded.append(contentsOf: bytes[runStart..<end])
            return try validUTF8(decoded, at: start)
        }
        return try validUTF8(bytes[(start + 1)..<end], at: start)
    }

    private func validUTF8(_ slice: some Collection<UInt8>, at offset: Int) throws(Failure) -> String {
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw Failure(problem: .invalidUTF8, offset: offset)
        }
        return text
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(Failure) {
        let escapeStart = position
        position += 1
        guard position < bytes.count else { throw failure(.escape) }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate.
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw Failure(problem: .jsonSyntax(expected: .escape, found: .loneSurrogate), offset: escapeStart)
                }
                position += 2
                let low = try hexQuad(escapeStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw Failure(problem: .jsonSyntax(expected: .escape, found: .loneSurrogate), offset: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw Failure(problem: .jsonSyntax(expected: .escape, found: .loneSurrogate), offset: escapeStart)
            }
            output.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
        default:
            throw Failure(problem: .jsonSyntax(expected: .escape, found: describe(at: escapeStart)), offset: escapeStart)
        }
    }

    private mutating func hexQuad(_ escapeStart: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count, let digit = hexValue(bytes[position]) else {
                throw Failure(problem: .jsonSyntax(expected: .escape, found: describe(at: escapeStart)), offset: escapeStart)
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseNumber() throws(Failure) -> Node {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        if peek == UInt8(ascii: "0") {
            position += 1
        } else {
            guard digits() > 0 else { throw failure(.digit) }
        }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw failure(.digit) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure(.digit) }
        }
        if let next = peek, isWordByte(next) { throw failure(.commaOrObjectEnd) }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Node(.number(text), offset: start)
    }

    private mutating func digits() -> Int {
        let start = position
        while let byte = peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }

    private mutating func expectWord(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        let matches = position + count <= bytes.count
            && (0..<count).allSatisfy { bytes[position + $0] == word.utf8Start[$0] }
        guard matches, position + count == bytes.count || !isWordByte(bytes[position + count]) else {
            throw failure(.value)
        }
        position += count
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private func failure(_ expected: Expected) -> Failure {
        Failure(problem: .jsonSyntax(expected: expected, found: describe(at: position)), offset: position)
    }

    /// The token at an offset as a user would name it: `'}'`, `"NaN"`, the end of the file.
    private func describe(at offset: Int) -> Found {
        guard offset < bytes.count else { return .endOfFile }
        var end = offset
        while end < bytes.count, end - offset < 24, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "\\") { end += 1 }
        if end == offset { end = offset + 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let token = String(decoding: bytes[offset..<end], as: UTF8.self)
        return .token(token.count == 1 ? "'\(token)'" : "\"\(token)\"")
    }
}
