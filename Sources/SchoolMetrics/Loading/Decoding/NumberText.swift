/// Reading numbers as people type them: JSON numbers, and CSV cells with a decimal comma
/// (`94,7`) and dots between groups of three digits (`1.204`) when `;` is the delimiter.
enum NumberText {
    /// The number in JSON's spelling, or nil when the text is not a number.
    static func canonical(_ raw: String, decimalComma: Bool) -> String? {
        if isPlainDecimal(raw, decimalComma: decimalComma) { return raw }
        var text = raw.trimmedSpaces
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        if decimalComma {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return nil }
            var integer = String(parts[0])
            if integer.contains(".") {
                if parts.count == 2 || isGroupedThousands(integer) {
                    guard isGroupedThousands(integer) else { return nil }
                    integer.removeAll { $0 == "." }
                }
            }
            text = parts.count == 2 ? integer + "." + parts[1] : integer
        }
        if text.hasPrefix("+") { text.removeFirst() }
        if text.hasPrefix(".") { text = "0" + text }
        return isJSONNumber(text) ? text : nil
    }

    /// Digits, with at most one point between them unless the point groups thousands: the
    /// spelling of most cells (`661`, `94.7`), already JSON's, read without taking the text apart.
    private static func isPlainDecimal(_ text: String, decimalComma: Bool) -> Bool {
        let bytes = text.utf8
        guard (1...64).contains(bytes.count), let first = bytes.first, let last = bytes.last,
              first.isASCIIDigit, last.isASCIIDigit else { return false }
        var points = 0
        for byte in bytes where !byte.isASCIIDigit {
            guard byte == UInt8(ascii: "."), !decimalComma else { return false }
            points += 1
        }
        return points <= 1
    }

    /// `1.204` or `-12.345.678`: one to three digits, then groups of a dot and three digits.
    private static func isGroupedThousands(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let integerDigits = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
        guard integerDigits > 0 else { return false }
        bytes = bytes.dropFirst(integerDigits)
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            let fraction = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
            guard fraction > 0 else { return false }
            bytes = bytes.dropFirst(fraction)
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
            guard exponent > 0 else { return false }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension UInt8 {
    /// A byte of UTF-8 that is one of the digits 0–9.
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
