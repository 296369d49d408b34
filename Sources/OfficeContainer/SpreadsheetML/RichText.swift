/// The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): every
/// `<t>` joined, whether one (`<si><t>…</t></si>`) or rich-text runs
/// (`<si><r><t>…</t></r><r><t>…</t></r></si>`), phonetic guides (`<rPh>`) left out, the
/// `_xHHHH_` escapes of Office strings decoded; `<si><t/></si>` is the empty string.
enum RichText {
    private static let t = Array("t".utf8), rPh = Array("rPh".utf8)

    /// Reads from just after the item's start tag to its end tag, named `item`.
    static func read(_ scanner: inout XMLScanner, item: [UInt8]) throws(Spreadsheet.Failure) -> String {
        var text = ""
        var inText = false
        var phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let name, _, let selfClosing):
                if scanner.isNamed(name, t) { inText = !selfClosing } else if scanner.isNamed(name, rPh), !selfClosing { phoneticDepth += 1 }
            case .end(let name):
                if scanner.isNamed(name, item) { return XMLPart.unescaped(text) }
                if scanner.isNamed(name, t) { inText = false } else if scanner.isNamed(name, rPh) { phoneticDepth -= 1 }
            case .text(let range):
                if inText && phoneticDepth == 0 { text += scanner.text(range) }
            case .cdata(let range):
                if inText && phoneticDepth == 0 { text += String(decoding: scanner.bytes[range], as: UTF8.self) }
            }
        }
        return XMLPart.unescaped(text)
    }
}
