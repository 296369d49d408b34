import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The relationships of one part of an Open Packaging package (`_rels/….rels`): which part
/// an id names, and of which type.
struct PackageRelationships {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    var relationships: [Relationship] = []

    /// The part the package's own relationships name as its main document, else `xl/workbook.xml`.
    static func officeDocument(in names: Set<String>, read: (String) throws(Spreadsheet.Failure) -> [UInt8])
        throws(Spreadsheet.Failure) -> String {
        let root = try load(for: "", in: names, read: read)
        if let path = root.first(ofType: "officeDocument"), names.contains(path) { return path }
        guard names.contains("xl/workbook.xml") else {
            throw Spreadsheet.Failure(reason: "not an Excel workbook (no xl/workbook.xml in the archive)")
        }
        return "xl/workbook.xml"
    }

    /// The relationships of the part at `path` (`""` for the package), none when it has no `.rels`.
    static func load(for path: String, in names: Set<String>, read: (String) throws(Spreadsheet.Failure) -> [UInt8])
        throws(Spreadsheet.Failure) -> PackageRelationships {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard names.contains(relsPath) else { return PackageRelationships() }
        let reader = Reader()
        try reader.parse(try read(relsPath), name: relsPath)
        var result = PackageRelationships()
        result.relationships = reader.relationships.map { relationship in
            var resolved = relationship
            resolved.target = Self.resolve(relationship.target, from: folder)
            return resolved
        }
        return result
    }

    /// A target relative to the source part's folder, or absolute (`/xl/…`), as a path in the archive.
    static func resolve(_ target: String, from folder: String) -> String {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }

    /// The target of the first relationship whose type ends in `/kind`.
    func first(ofType kind: String) -> String? {
        relationships.first { $0.type.hasSuffix("/" + kind) }?.target
    }

    func target(of id: String) -> String? {
        relationships.first { $0.id == id }?.target
    }

    func type(of id: String) -> String? {
        relationships.first { $0.id == id }?.type
    }

    private final class Reader: XMLPart {
        var relationships: [Relationship] = []

        override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard Self.local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            relationships.append(Relationship(id: id, type: attributes["Type"] ?? "", target: target))
        }
    }
}
