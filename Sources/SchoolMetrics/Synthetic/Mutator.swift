/// Ways hand-made files go wrong: the damage the mutation tests and the fuzz fixtures apply to
/// samples and reports.
public enum Mutator {
    /// Numbers that break careless readers.
    public static let hostileNumbers = ["99999999999999999999", "-5", "-1e308", "12.5", "NaN", "1e309", "0.000001", "-0", "1e3", "00012", "Infinity"]

    /// `bytes` damaged `times` times.
    public static func mutate(_ bytes: [UInt8], times: Int, random: inout RandomSource) -> [UInt8] {
        var result = bytes
        for _ in 0..<times where !result.isEmpty { result = once(result, random: &random) }
        return result
    }

    /// `bytes` damaged once, in one of ten ways.
    public static func once(_ bytes: [UInt8], random: inout RandomSource) -> [UInt8] {
        var bytes = bytes
        let at = random.int(0...(bytes.count - 1))
        switch random.int(0...9) {
        case 0: // a flipped byte
            bytes[at] ^= UInt8(1 << random.int(0...7))
        case 1: // truncated
            bytes.removeSubrange(at...)
        case 2, 3: // a line duplicated or deleted
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let line = random.int(0...(lines.count - 1))
            if random.chance(0.5) { lines.insert(lines[line], at: line) } else { lines.remove(at: line) }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 4: // delimiters swapped
            bytes = bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ";") : $0 == UInt8(ascii: ";") ? UInt8(ascii: ",") : $0 }
        case 5, 6: // a number replaced by a hostile one
            guard let start = bytes[at...].firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { break }
            let end = bytes[start...].firstIndex { !($0 >= 0x30 && $0 <= 0x39) } ?? bytes.endIndex
            bytes.replaceSubrange(start..<end, with: Array(random.pick(hostileNumbers).utf8))
        case 7: // a key changed to a near miss
            guard let quote = bytes[at...].firstIndex(of: UInt8(ascii: "\"")), quote + 2 < bytes.count else { break }
            bytes[quote + 1] = UInt8(ascii: "a") + UInt8(random.int(0...25))
        case 8: // invalid UTF-8
            bytes.insert(contentsOf: random.pick([[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]), at: at)
        default: // a long string, or characters that draw as garbage
            let insert = random.chance(0.5) ? String(repeating: "Trường ", count: random.int(50...2000)) : "\u{202E}\u{200B}\u{7}"
            bytes.insert(contentsOf: Array(insert.utf8), at: at)
        }
        return bytes
    }
}
