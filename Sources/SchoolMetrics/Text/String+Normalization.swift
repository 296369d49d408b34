import Foundation

extension String {
    /// The text in Unicode normalization form C (composed), as every text in a record is kept.
    public var nfc: String {
        utf8.allSatisfy({ $0 < 0x80 }) ? self : precomposedStringWithCanonicalMapping
    }

    /// The text as it may be shown: NFC, with control characters, direction marks and
    /// zero-width characters removed, runs of white space folded to one space, trimmed.
    public var cleanedForDisplay: String {
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
