/// `xl/sharedStrings.xml`: the table of strings that cells of type `s` point into.
enum SharedStringsPart {
    private static let si = Array("si".utf8)

    static func read(_ bytes: [UInt8]) throws(Spreadsheet.Failure) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        while let event = try scanner.next() {
            guard case .start(let name, _, let selfClosing) = event, scanner.isNamed(name, si) else { continue }
            strings.append(selfClosing ? "" : try RichText.read(&scanner, item: si))
        }
        return strings
    }
}
