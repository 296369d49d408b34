import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The text of a Word `.docx` file: one line per paragraph (`w:p`), tabs as tabs, line breaks
/// (`w:br`) as new lines, and one line per table row (`w:tr`) with its cells separated by tabs —
/// the report flattened as it reads.
public enum WordText {
    /// The lines of the main document part of the `.docx` file held in `bytes`.
    public static func lines(_ bytes: [UInt8]) throws(ZipArchive.Failure) -> [String] {
        let document = try ZipArchive(bytes).file("word/document.xml")
        let collector = Collector()
        let parser = XMLParser(data: Data(document))
        parser.delegate = collector
        guard parser.parse() else { throw ZipArchive.Failure(reason: "word/document.xml is not well-formed XML") }
        return collector.lines
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var lines: [String] = []
        private var line = ""
        private var inText = false
        /// Inside a table cell a paragraph does not end the line; the row does.
        private var cellDepth = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:t": inText = true
            case "w:tc": cellDepth += 1
            case "w:tab": line += "\t"
            case "w:br", "w:cr": finishLine()
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:p": if cellDepth > 0 { line += " " } else { finishLine() }
            case "w:tc":
                cellDepth = max(0, cellDepth - 1)
                while line.hasSuffix(" ") { line.removeLast() }
                line += "\t"
            case "w:tr": finishLine()
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { line += string }
        }

        private func finishLine() {
            lines.append(line)
            line = ""
        }
    }
}
