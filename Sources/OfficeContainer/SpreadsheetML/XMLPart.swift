import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reading one XML part of a package with Foundation's event parser: the delegate sees local
/// names (a producer's `x:` prefix taken off) and a part that is not well-formed is refused
/// with the parser's line.
class XMLPart: NSObject, XMLParserDelegate {
    /// The parser's complaint, when a delegate gives up on the part's content.
    var failure: String?

    /// Parses `bytes`, named `name` in messages.
    func parse(_ bytes: [UInt8], name: String) throws(Spreadsheet.Failure) {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        // Office XML never needs entities from outside, and they would be a way out of the limits.
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let failure { throw Spreadsheet.Failure(reason: "\(name): \(failure)") }
        guard parsed else {
            throw Spreadsheet.Failure(reason: "\(name) is not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "?"))")
        }
    }

    // The three events the parts read. On Linux the delegate protocol's witnesses are bound where
    // the conformance is declared, so subclasses override these rather than implement the protocol.
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {}

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    /// The name without its namespace prefix.
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of an attribute, whatever prefix the producer gave it (`r:id`, `id`).
    static func attribute(_ attributes: [String: String], _ local: String) -> String? {
        if let value = attributes[local] { return value }
        return attributes.first { Self.local($0.key) == local && $0.key.contains(":") }?.value
    }

    /// Text with the `_xHHHH_` escapes of Office XML strings turned back into characters.
    static func unescaped(_ text: String) -> String {
        // Nearly no cell holds an escape: look for "_x" in its bytes before searching the text.
        guard hasEscapeMark(text), text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            let after = rest[start.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
               let scalar = Unicode.Scalar(value) {
                result += rest[..<start.lowerBound]
                result.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                result += rest[..<start.upperBound]
                rest = after
            }
        }
        return result + rest
    }

    private static func hasEscapeMark(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }
}
