import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OfficeContainer

/// What the tests read back from a `.docx`: its parts through our zip reader, and from the
/// main part its paragraphs (with their style), tables (cell texts) and pictures.
struct DocxParts {
    struct Paragraph {
        var style: String?
        var text: String
    }

    struct Picture {
        var cx: Int
        var cy: Int
        var description: String
        var relationship: String
    }

    let archive: ZipArchive
    let bytes: [UInt8]
    private(set) var paragraphs: [Paragraph] = []
    private(set) var tables: [[[String]]] = []
    private(set) var pictures: [Picture] = []
    /// Relationship id → target, from `word/_rels/document.xml.rels`.
    private(set) var targets: [String: String] = [:]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        archive = try ZipArchive(bytes)
        let reader = Reader()
        let parser = XMLParser(data: Data(try archive.file("word/document.xml")))
        parser.delegate = reader
        guard parser.parse() else { throw ZipArchive.Failure(reason: "document.xml is not well-formed") }
        paragraphs = reader.paragraphs
        tables = reader.tables
        pictures = reader.pictures
        let relations = Reader()
        let relationsParser = XMLParser(data: Data(try archive.file("word/_rels/document.xml.rels")))
        relationsParser.delegate = relations
        guard relationsParser.parse() else { throw ZipArchive.Failure(reason: "document.xml.rels is not well-formed") }
        targets = relations.relationships
    }

    func text(_ name: String) throws -> String {
        String(decoding: try archive.file(name), as: UTF8.self)
    }

    /// The PNG a picture shows.
    func png(_ picture: Picture) throws -> [UInt8] {
        try archive.file("word/" + (targets[picture.relationship] ?? "?"))
    }

    /// The names of the entries in the order they are stored, read from the local headers.
    var storedOrder: [String] {
        var names: [String] = []
        var position = 0
        func uint32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        func uint16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        while position + 30 <= bytes.count, uint32(position) == 0x0403_4B50 {
            let nameLength = uint16(position + 26), extra = uint16(position + 28), compressed = uint32(position + 18)
            names.append(String(decoding: bytes[position + 30..<position + 30 + nameLength], as: UTF8.self))
            position += 30 + nameLength + extra + compressed
        }
        return names
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var paragraphs: [Paragraph] = []
        var tables: [[[String]]] = []
        var pictures: [Picture] = []
        var relationships: [String: String] = [:]
        private var paragraph: Paragraph?
        private var inText = false
        private var tableDepth = 0
        private var row: [String]?
        private var cell: String?
        private var extent: (Int, Int)?
        private var altText = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:p": paragraph = Paragraph(style: nil, text: "")
            case "w:pStyle": paragraph?.style = attributes["w:val"]
            case "w:t": inText = true
            case "w:tbl": tableDepth += 1; tables.append([])
            case "w:tr": row = []
            case "w:tc": cell = ""
            case "wp:extent": extent = (Int(attributes["cx"] ?? "") ?? -1, Int(attributes["cy"] ?? "") ?? -1)
            case "wp:docPr": altText = attributes["descr"] ?? ""
            case "a:blip":
                pictures.append(Picture(cx: extent?.0 ?? -1, cy: extent?.1 ?? -1, description: altText,
                                        relationship: attributes["r:embed"] ?? ""))
            case "Relationship": relationships[attributes["Id"] ?? ""] = attributes["Target"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:p":
                if let paragraph, tableDepth == 0 { paragraphs.append(paragraph) }
                if let text = paragraph?.text, cell != nil { cell! += text }
                paragraph = nil
            case "w:tc": row?.append(cell ?? ""); cell = nil
            case "w:tr": if let row { tables[tables.count - 1].append(row) }; row = nil
            case "w:tbl": tableDepth -= 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { paragraph?.text += string }
        }
    }
}
