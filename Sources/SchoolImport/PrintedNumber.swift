import SchoolMetrics
/// Numbers as Vietnamese reports print them: `1.438` (a dot between groups of three digits),
/// `94,7` and `0.14` (a decimal comma or point), `09` (a leading zero), `45 %`, and ranges with
/// any dash and spacing, or "đến": `4- 6`, `96% - 98%`, `2 đến 4`.
public enum PrintedNumber {
    /// A figure found in a line: its value (or range), whether it had a `%`, and where it is.
    public struct Found: Sendable, Equatable {
        public var low: Double
        public var high: Double?
        public var percent: Bool
        public var range: Range<Int>
    }

    /// The value of one printed number, or nil when the text is not one.
    public static func value(_ text: String) -> Double? {
        let scalars = Array(text.trimmedSpaces.unicodeScalars)
        guard !scalars.isEmpty, scalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "," }),
              ("0"..."9").contains(scalars[0]), ("0"..."9").contains(scalars[scalars.count - 1]) else { return nil }
        let separators = scalars.enumerated().filter { $0.element == "." || $0.element == "," }
        switch separators.count {
        case 0:
            return Double(String(String.UnicodeScalarView(scalars)))
        case 1:
            let (at, mark) = separators[0]
            let digitsAfter = scalars.count - at - 1
            // One dot followed by exactly three digits groups thousands: 1.438 students.
            let whole = String(String.UnicodeScalarView(scalars[..<at])), fraction = String(String.UnicodeScalarView(scalars[(at + 1)...]))
            if mark == "." && digitsAfter == 3 && whole != "0" { return Double(whole + fraction) }
            return Double(whole + "." + fraction)
        default:
            // 1.204.000 (dots between groups) or 1.204,5 (groups and a decimal comma).
            let dots = separators.filter { $0.element == "." }.map(\.offset)
            let commas = separators.filter { $0.element == "," }.map(\.offset)
            guard commas.count <= 1, commas.allSatisfy({ $0 > (dots.last ?? -1) }) else { return nil }
            let groupEnds = Array(dots.dropFirst()) + [commas.first ?? scalars.count]
            for (start, end) in zip(dots, groupEnds) where end - start != 4 { return nil }
            let digits = String(String.UnicodeScalarView(scalars.filter { $0 != "." }))
            return Double(digits.replacingOccurrences(of: ",", with: "."))
        }
    }

    /// Every number in a line, ranges joined, each with its place (in unicode scalars).
    public static func all(in line: String) -> [Found] {
        let scalars = Array(line.unicodeScalars)
        var tokens: [(value: Double, percent: Bool, range: Range<Int>)] = []
        var index = 0
        while index < scalars.count {
            guard ("0"..."9").contains(scalars[index]) else { index += 1; continue }
            var end = index
            while end < scalars.count && (("0"..."9").contains(scalars[end])
                    || ((scalars[end] == "." || scalars[end] == ",") && end + 1 < scalars.count && ("0"..."9").contains(scalars[end + 1]))) {
                end += 1
            }
            let text = String(String.UnicodeScalarView(scalars[index..<end]))
            var after = end
            while after < scalars.count && scalars[after] == " " { after += 1 }
            let percent = after < scalars.count && scalars[after] == "%"
            if let value = value(text) { tokens.append((value, percent, index..<(percent ? after + 1 : end))) }
            index = end
        }
        var found: [Found] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            if position + 1 < tokens.count, isRangeJoin(scalars[token.range.upperBound..<tokens[position + 1].range.lowerBound]) {
                let next = tokens[position + 1]
                found.append(Found(low: token.value, high: next.value, percent: token.percent || next.percent,
                                   range: token.range.lowerBound..<next.range.upperBound))
                position += 2
            } else {
                found.append(Found(low: token.value, high: nil, percent: token.percent, range: token.range))
                position += 1
            }
        }
        return found
    }

    /// What may stand between the two ends of a range: a dash of any kind, or "đến", with spaces.
    private static func isRangeJoin(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = String(String.UnicodeScalarView(between)).trimmedSpaces
        return ["-", "–", "—", "‒", "−", "đến", "tới"].contains(text)
    }
}
