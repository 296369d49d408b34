/// The encodings Excel saves CSV in, turned into UTF-8 before the CSV is read: UTF-8 (with or
/// without its byte-order mark), UTF-16 with its byte-order mark ("Unicode Text"), and
/// Windows-1258, the Vietnamese code page of "CSV (Comma delimited)" on a Vietnamese Windows.
///
/// Windows-1258 is decided, never guessed from a few bytes: the file must be invalid as UTF-8,
/// hold no control characters but tab and line breaks, use only bytes the code page defines,
/// hold at least one of its tone marks or of its letters ă, đ, ơ, ư, and have every tone mark
/// after a letter. Its tone marks are combining characters after the base letter, so the text
/// is normalized to NFC.
enum CSVEncoding {
    /// The file's text as UTF-8, and the name of the encoding it was in (nil for UTF-8).
    struct Decoded {
        var bytes: [UInt8]
        var encoding: String?
    }

    /// Why the bytes are none of the encodings: the offset of the first byte that is not UTF-8.
    struct Failure: Error {
        var offset: Int
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes, littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes, littleEndian: false) }
        guard let bad = firstInvalidUTF8(bytes) else { return Decoded(bytes: bytes, encoding: nil) }
        guard isWindows1258(bytes) else { throw Failure(offset: bad) }
        var text = String.UnicodeScalarView()
        for byte in bytes {
            text.append(Unicode.Scalar(byte < 0x80 ? UInt32(byte) : UInt32(windows1258[Int(byte) - 0x80]))!)
        }
        return Decoded(bytes: Array(String(text).nfc.utf8), encoding: "Windows-1258")
    }

    /// The offset of the first byte that does not belong to valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidUTF8(in:))
    }

    private static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var position = 0
        while position < bytes.count {
            // Runs of ASCII, nearly all of a CSV file, are passed over eight bytes at a time.
            if position + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                position += 8
                continue
            }
            let byte = bytes[position]
            let length: Int
            switch byte {
            case 0x00...0x7F: position += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return position
            }
            guard position + length <= bytes.count else { return position }
            // The second byte's range rules out overlong forms, surrogates and scalars above U+10FFFF.
            let second = bytes[position + 1]
            let range: ClosedRange<UInt8> = switch byte {
            case 0xE0: 0xA0...0xBF
            case 0xED: 0x80...0x9F
            case 0xF0: 0x90...0xBF
            case 0xF4: 0x80...0x8F
            default: 0x80...0xBF
            }
            guard range.contains(second) else { return position }
            for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[position + offset]) { return position }
            position += length
        }
        return nil
    }

    /// Tone marks (combining grave, hook, tilde, acute, dot below) and the letters ă, đ, ơ, ư of
    /// the code page: bytes that Latin-1 and Windows-1252 text would not give in these places.
    private static let toneMarks: Set<UInt8> = [0xCC, 0xD2, 0xDE, 0xEC, 0xF2]
    private static let vietnameseLetters: Set<UInt8> = [0xC3, 0xE3, 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD]

    /// Windows-1258 text: only bytes the code page defines, no control characters but tab and
    /// line breaks, at least one tone mark or letter of its own, and every tone mark after a letter.
    private static func isWindows1258(_ bytes: [UInt8]) -> Bool {
        var vietnamese = false
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
            if byte >= 0x80 && windows1258[Int(byte) - 0x80] == 0 { return false }
            if toneMarks.contains(byte) {
                let scalar = Unicode.Scalar(previous < 0x80 ? UInt32(previous) : UInt32(windows1258[Int(previous) - 0x80]))
                guard let scalar, scalar.properties.isAlphabetic, !toneMarks.contains(previous) else { return false }
                vietnamese = true
            }
            if vietnameseLetters.contains(byte) { vietnamese = true }
            previous = byte
        }
        return vietnamese
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(Failure) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                                      : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        if index < bytes.count { throw Failure(offset: index) }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unit = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                unit += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: throw Failure(offset: 2 + unit * 2)
            }
        }
        return Decoded(bytes: Array(String(text).nfc.utf8), encoding: littleEndian ? "UTF-16 LE" : "UTF-16 BE")
    }

    /// Windows-1258 bytes 0x80–0xFF as Unicode scalars; 0 where the code page defines nothing.
    static let windows1258: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0, 0x2039, 0x0152, 0, 0, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0, 0x203A, 0x0153, 0, 0, 0x0178,
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
        0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
        0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
        0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
        0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
        0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ]
}
