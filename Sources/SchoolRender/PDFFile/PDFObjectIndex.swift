/// The objects of a PDF as Cairo writes it (one cross-reference table, no object streams, no
/// encryption), each with its place in the bytes, the references it holds and its page tree.
/// Anything else is refused with a ``PDFParser/Failure``: the copier only reads files we made.
struct PDFObjectIndex {
    struct Object {
        var number: Int
        var value: PDFValue
        /// From just after `N 0 obj` to just before `endobj`: the text a copy repeats.
        var body: Range<Int>
        var references: [PDFParser.Reference]
    }

    let bytes: [UInt8]
    /// `%PDF-1.5` and the binary comment line, as the file has them.
    let header: Range<Int>
    let objects: [Int: Object]
    let catalog: Int
    let info: Int?
    /// The root of the page tree, and every node of it that is not a page.
    let pageTree: Int
    let pageTreeNodes: Set<Int>
    /// The page objects in reading order.
    let pages: [Int]

    init(_ bytes: [UInt8]) throws(PDFParser.Failure) {
        self.bytes = bytes
        var parser = PDFParser(bytes, at: Self.crossReferenceOffset(bytes))
        guard parser.keyword() == "xref" else { throw PDFParser.Failure(offset: parser.position, what: "no cross-reference table") }
        var offsets: [Int: Int] = [:]
        while true {
            let word = parser.keyword()
            if word == "trailer" { break }
            guard let first = Int(word), let count = Int(parser.keyword()) else {
                throw PDFParser.Failure(offset: parser.position, what: "a cross-reference section is malformed")
            }
            for number in first..<(first + count) {
                guard let offset = Int(parser.keyword()), Int(parser.keyword()) != nil else {
                    throw PDFParser.Failure(offset: parser.position, what: "a cross-reference entry is malformed")
                }
                if parser.keyword() == "n" { offsets[number] = offset }
            }
        }
        let trailer = try parser.value()
        guard case .reference(let catalog)? = trailer["Root"] else {
            throw PDFParser.Failure(offset: parser.position, what: "the trailer names no catalog")
        }
        guard trailer["Encrypt"] == nil, trailer["Prev"] == nil else {
            throw PDFParser.Failure(offset: parser.position, what: "encrypted or updated files are not copied")
        }
        if case .reference(let info)? = trailer["Info"] { self.info = info } else { info = nil }
        self.catalog = catalog
        let firstObject = offsets.values.min() ?? bytes.count
        header = 0..<firstObject
        var objects: [Int: Object] = [:]
        var streams: [Int: Int] = [:] // object → where its data starts
        for (number, offset) in offsets {
            var reader = PDFParser(bytes, at: offset)
            guard Int(reader.keyword()) == number, Int(reader.keyword()) != nil, reader.keyword() == "obj" else {
                throw PDFParser.Failure(offset: offset, what: "object \(number) is not where the table says")
            }
            let start = reader.position
            let value = try reader.value()
            let afterValue = reader.position
            switch reader.keyword() {
            case "endobj":
                objects[number] = Object(number: number, value: value, body: start..<(reader.position - 6),
                                         references: reader.references)
            case "stream":
                reader.skipStreamEndOfLine()
                streams[number] = reader.position
                objects[number] = Object(number: number, value: value, body: start..<afterValue, references: reader.references)
            default:
                throw PDFParser.Failure(offset: afterValue, what: "object \(number) does not end with endobj")
            }
        }
        for (number, dataStart) in streams {
            let declared = objects[number]?.value["Length"]
            let resolved = if case .reference(let target)? = declared { objects[target]?.value } else { declared }
            guard case .integer(let length)? = resolved, length >= 0 else {
                throw PDFParser.Failure(offset: dataStart, what: "stream \(number) has no length")
            }
            var reader = PDFParser(bytes, at: dataStart + length)
            guard dataStart + length <= bytes.count, reader.keyword() == "endstream", reader.keyword() == "endobj" else {
                throw PDFParser.Failure(offset: dataStart, what: "stream \(number) does not end where its length says")
            }
            let start = objects[number]!.body.lowerBound
            objects[number]?.body = start..<(reader.position - 6)
        }
        self.objects = objects
        guard case .reference(let root)? = objects[catalog]?.value["Pages"] else {
            throw PDFParser.Failure(offset: 0, what: "the catalog names no page tree")
        }
        pageTree = root
        var nodes: Set<Int> = []
        var pages: [Int] = []
        try Self.walk(root, objects: objects, nodes: &nodes, pages: &pages)
        pageTreeNodes = nodes
        self.pages = pages
    }

    /// Collects the pages under `node` in order. Attributes a page would inherit from the tree
    /// are refused, since a copy carries only the page objects.
    private static func walk(_ node: Int, objects: [Int: Object], nodes: inout Set<Int>, pages: inout [Int]) throws(PDFParser.Failure) {
        guard let object = objects[node], !nodes.contains(node) else {
            throw PDFParser.Failure(offset: 0, what: "the page tree names object \(node) twice or not at all")
        }
        switch object.value.typeName {
        case "Page":
            pages.append(node)
        case "Pages":
            nodes.insert(node)
            for key in ["Resources", "MediaBox", "CropBox", "Rotate"] where object.value[key] != nil {
                throw PDFParser.Failure(offset: object.body.lowerBound, what: "the page tree gives its pages /\(key)")
            }
            guard case .array(let kids)? = object.value["Kids"] else {
                throw PDFParser.Failure(offset: object.body.lowerBound, what: "a page tree node has no kids")
            }
            for kid in kids {
                guard case .reference(let child) = kid else {
                    throw PDFParser.Failure(offset: object.body.lowerBound, what: "a page tree kid is not a reference")
                }
                try walk(child, objects: objects, nodes: &nodes, pages: &pages)
            }
        default:
            throw PDFParser.Failure(offset: object.body.lowerBound, what: "object \(node) of the page tree is neither a page nor a node")
        }
    }

    private static func crossReferenceOffset(_ bytes: [UInt8]) -> Int {
        let tail = Array(bytes.suffix(1024))
        let marker = Array("startxref".utf8)
        guard tail.count >= marker.count else { return bytes.count }
        for start in stride(from: tail.count - marker.count, through: 0, by: -1) where tail[start..<(start + marker.count)].elementsEqual(marker) {
            var parser = PDFParser(tail, at: start + marker.count)
            return Int(parser.keyword()) ?? bytes.count
        }
        return bytes.count
    }
}
