import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/workbook.xml`: the sheets in their order, with their names and relationship ids, and
/// the workbook's date system.
final class WorkbookPart: XMLPart {
    struct Entry {
        var name: String
        var relationship: String
    }

    private(set) var sheets: [Entry] = []
    private(set) var date1904 = false

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch Self.local(name) {
        case "sheet":
            guard let sheetName = attributes["name"], let id = Self.attribute(attributes, "id") else {
                failure = "a sheet without a name or a relationship id"
                parser.abortParsing()
                return
            }
            sheets.append(Entry(name: sheetName, relationship: id))
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        default:
            break
        }
    }
}
