import Foundation

extension String {
    /// The text in Unicode normalization form C (composed), as every text in a record is kept.
    public var nfc: String {
        isPlainText ? self : precomposedStringWithCanonicalMapping
    }

    /// True when the text is printable ASCII and precomposed Latin letters (Vietnamese among
    /// them), with single spaces between words: such text is already NFC and clean, which is
    /// nearly every name, so the slow normalization is skipped.
    var isPlainText: Bool {
        var previousWasSpace = true
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            case 0x21...0x7E, 0xC0...0x24F, 0x1E00...0x1EFF: previousWasSpace = false
            default: return false
            }
        }
        return !previousWasSpace || isEmpty
    }

    /// The text as it may be shown: NFC, with control characters, direction marks and
    /// zero-width characters removed, runs of white space folded to one space, trimmed.
    public var cleanedForDisplay: String {
        if isPlainText { return self }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if scalar.isInvisibleFormatting { continue }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// Zero-width characters, direction marks and other format controls that draw as nothing or as garbage.
    var isInvisibleFormatting: Bool {
        switch value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD:
            return true
        default:
            return properties.generalCategory == .format
        }
    }
}

extension String {
    /// The text without spaces and tabs (and other horizontal white space) at either end: what
    /// `trimmingCharacters(in: .whitespaces)` gives, without a trip through Foundation for the
    /// common case of nothing to trim.
    public var trimmedSpaces: String {
        // Nearly every cell starts and ends with a printable ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, first.isPrintableASCII, last.isPrintableASCII { return self }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace && $0 != "\n" && $0 != "\r" && $0.value != 0x0B && $0.value != 0x0C && $0.value != 0x85 && $0.value != 0x2028 && $0.value != 0x2029 }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }
}

extension String {
    /// True when the text is empty or white space only (a missing CSV cell).
    public var isBlank: Bool {
        if let first = utf8.first, first.isPrintableASCII { return false }
        return utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
            || (utf8.contains { $0 >= 0x80 } && unicodeScalars.allSatisfy(\.properties.isWhitespace))
    }
}

extension UInt8 {
    /// A byte of UTF-8 that is a whole ASCII character, neither white space nor a control character.
    var isPrintableASCII: Bool { self > 0x20 && self < 0x7F }
}
