import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/styles.xml`, as far as numbers go: the custom number formats (`numFmts`) and the
/// format of each cell style (`cellXfs`; the `cellStyleXfs` beside them are not cell styles).
final class StylesPart: XMLPart {
    private var custom: [Int: Spreadsheet.Cell.Format] = [:]
    private var inCellStyles = false
    private(set) var formats = NumberFormats()

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                         attributes: [String: String] = [:]) {
        switch Self.local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                custom[id] = .of(code: code)
            }
        case "cellXfs":
            inCellStyles = true
        case "xf" where inCellStyles:
            let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
            formats.styles.append(custom[id] ?? .of(builtIn: id))
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if Self.local(name) == "cellXfs" { inCellStyles = false }
    }
}
