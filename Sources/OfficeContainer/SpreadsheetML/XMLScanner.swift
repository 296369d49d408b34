/// A small pull reader of XML for the two big parts of a workbook (the sheets and the shared
/// strings), over the part's bytes without copying them.
///
/// Foundation's `XMLParser` reads the small parts. On the sheets it was measured at several
/// times the time of the same rows as CSV, and it refused a 54 MB sheet written by openpyxl
/// (error 1 near its end), so the sheets use this: tags with their attributes, text with the
/// five entities and character references, CDATA, and comments, declarations and processing
/// instructions skipped. A tag that does not close or an element closed by another name is
/// refused with its byte offset.
struct XMLScanner {
    /// What comes next in the part.
    enum Event {
        /// `<name …>` or `<name …/>`; `attributes` is the raw text between name and `>`.
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        case end(name: Range<Int>)
        /// Character data between tags, still escaped.
        case text(Range<Int>)
        /// `<![CDATA[…]]>`: character data, never escaped.
        case cdata(Range<Int>)
    }

    let bytes: [UInt8]
    private(set) var position = 0
    private var open: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next event, or nil at the end of the part.
    mutating func next() throws(Spreadsheet.Failure) -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(start..<position)
            }
            let start = position
            guard position + 1 < bytes.count else { throw failure("a tag that does not close", at: start) }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                position = try skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")], from: start)
            case UInt8(ascii: "!"):
                if matches("<![CDATA[", at: start) {
                    let end = try skip(past: Array("]]>".utf8), from: start + 9)
                    position = end
                    return .cdata(start + 9..<end - 3)
                }
                position = matches("<!--", at: start) ? try skip(past: Array("-->".utf8), from: start + 4)
                                                      : try skip(past: [UInt8(ascii: ">")], from: start)
            case UInt8(ascii: "/"):
                let nameStart = start + 2
                var end = nameStart
                while end < bytes.count, !isNameEnd(bytes[end]) { end += 1 }
                let close = try skip(past: [UInt8(ascii: ">")], from: end)
                guard let opened = open.popLast(), bytes[opened].elementsEqual(bytes[nameStart..<end]) else {
                    throw failure("a closing tag that matches no open element", at: start)
                }
                position = close
                return .end(name: nameStart..<end)
            default:
                let nameStart = start + 1
                var end = nameStart
                while end < bytes.count, !isNameEnd(bytes[end]) { end += 1 }
                guard end > nameStart else { throw failure("a “<” that starts no tag", at: start) }
                var cursor = end
                var quote: UInt8 = 0
                while cursor < bytes.count {
                    let byte = bytes[cursor]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    cursor += 1
                }
                guard cursor < bytes.count else { throw failure("a tag that does not close", at: start) }
                let selfClosing = bytes[cursor - 1] == UInt8(ascii: "/")
                position = cursor + 1
                if !selfClosing { open.append(nameStart..<end) }
                return .start(name: nameStart..<end, attributes: end..<(selfClosing ? cursor - 1 : cursor), selfClosing: selfClosing)
            }
        }
        guard open.isEmpty else { throw failure("the part ends inside an element", at: bytes.count) }
        return nil
    }

    /// True when the name's local part (after any `prefix:`) is `local`.
    func isNamed(_ name: Range<Int>, _ local: [UInt8]) -> Bool {
        var start = name.lowerBound
        if let colon = bytes[name].lastIndex(of: UInt8(ascii: ":")) { start = colon + 1 }
        return bytes[start..<name.upperBound].elementsEqual(local)
    }

    /// The unescaped value of the attribute whose local name is `local`, or nil.
    func attribute(_ local: [UInt8], in range: Range<Int>) -> String? {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            while cursor < range.upperBound, isSpace(bytes[cursor]) { cursor += 1 }
            let nameStart = cursor
            while cursor < range.upperBound, bytes[cursor] != UInt8(ascii: "="), !isSpace(bytes[cursor]) { cursor += 1 }
            let name = nameStart..<cursor
            while cursor < range.upperBound, bytes[cursor] != UInt8(ascii: "\"") && bytes[cursor] != UInt8(ascii: "'") { cursor += 1 }
            guard cursor < range.upperBound else { return nil }
            let quote = bytes[cursor]
            let valueStart = cursor + 1
            cursor = valueStart
            while cursor < range.upperBound, bytes[cursor] != quote { cursor += 1 }
            if !name.isEmpty, isNamed(name, local) { return text(valueStart..<min(cursor, range.upperBound)) }
            cursor += 1
        }
        return nil
    }

    /// Character data with its entities and character references replaced.
    func text(_ range: Range<Int>) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let byte = bytes[cursor]
            guard byte == UInt8(ascii: "&"),
                  let semicolon = bytes[cursor..<min(range.upperBound, cursor + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                result.append(byte)
                cursor += 1
                continue
            }
            let entity = String(decoding: bytes[cursor + 1..<semicolon], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                result.append(contentsOf: Array(String(scalar).utf8))
                cursor = semicolon + 1
            } else {
                result.append(byte)
                cursor += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func matches(_ literal: String, at offset: Int) -> Bool {
        let pattern = Array(literal.utf8)
        return offset + pattern.count <= bytes.count && bytes[offset..<offset + pattern.count].elementsEqual(pattern)
    }

    /// The offset just after the first `terminator` from `offset`.
    private func skip(past terminator: [UInt8], from offset: Int) throws(Spreadsheet.Failure) -> Int {
        var cursor = offset
        while cursor + terminator.count <= bytes.count {
            if bytes[cursor] == terminator[0], bytes[cursor..<cursor + terminator.count].elementsEqual(terminator) {
                return cursor + terminator.count
            }
            cursor += 1
        }
        throw failure("a tag that does not close", at: offset)
    }

    private func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func failure(_ reason: String, at offset: Int) -> Spreadsheet.Failure {
        Spreadsheet.Failure(reason: "\(reason) (byte \(offset))")
    }
}
