/// Writes pages of a PDF as files of their own by copying the objects those pages use —
/// content, resources, fonts — byte for byte, renumbered, under a new catalog, page tree and
/// document information. Nothing is decoded or compressed again, so a copy costs little more
/// than its bytes; fonts subset once for a whole document serve every file cut from it.
///
/// The structure tree stays behind (it belongs to the whole document), so copies are not
/// tagged; a page that refers to another page, the catalog or the structure tree is refused.
struct PDFPageCopier {
    let source: PDFObjectIndex

    init(_ bytes: [UInt8]) throws(PDFParser.Failure) {
        source = try PDFObjectIndex(bytes)
    }

    /// A complete PDF of the source's pages at `pages` (0-based), with `information` as its
    /// document information (`Title`, `Author` … with their values as text).
    func file(pages: Range<Int>, information: [(key: String, value: String)]) throws(PDFParser.Failure) -> [UInt8] {
        guard pages.lowerBound >= 0, pages.upperBound <= source.pages.count, !pages.isEmpty else {
            throw PDFParser.Failure(offset: 0, what: "pages \(pages) are not all in a document of \(source.pages.count)")
        }
        let pageObjects = Array(source.pages[pages])
        for page in pageObjects where source.objects[page]?.value["Annots"] != nil {
            // A link names its destination in the whole document's catalog, which is not copied.
            throw PDFParser.Failure(offset: source.objects[page]!.body.lowerBound, what: "page object \(page) has links")
        }
        let copied = try closure(of: pageObjects)
        var numbers: [Int: Int] = [:]
        for (position, object) in copied.enumerated() { numbers[object.number] = position + 1 }
        let pageTree = copied.count + 1, informationNumber = copied.count + 2, catalog = copied.count + 3
        numbers[source.pageTree] = pageTree

        var out: [UInt8] = []
        out.reserveCapacity(copied.reduce(source.header.count + 1024) { $0 + $1.body.count + 32 })
        var offsets: [Int] = []
        source.bytes.withUnsafeBufferPointer { bytes in
            func copy(_ range: Range<Int>) { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range])) }
            copy(source.header)
            for object in copied {
                offsets.append(out.count)
                Self.append(numbers[object.number]!, to: &out)
                out += Self.objectStart
                var position = object.body.lowerBound
                for reference in object.references {
                    copy(position..<reference.range.lowerBound)
                    Self.append(numbers[reference.object]!, to: &out)
                    out += Self.referenceEnd
                    position = reference.range.upperBound
                }
                copy(position..<object.body.upperBound)
                out += Self.objectEnd
            }
        }
        let kids = pageObjects.map { "\(numbers[$0]!) 0 R" }.joined(separator: " ")
        let entries = information.map { "   /\($0.key) \(Self.textString($0.value))" }.joined(separator: "\n")
        for text in ["<< /Type /Pages\n   /Kids [ \(kids) ]\n   /Count \(pageObjects.count)\n>>",
                     "<<\n\(entries)\n>>",
                     "<< /Type /Catalog\n   /Pages \(pageTree) 0 R\n>>"] {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n\(text)\nendobj\n".utf8)
        }
        let table = out.count
        out += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            Self.append(offset, to: &out, digits: 10)
            out += Self.entryEnd
        }
        out += Array("trailer\n<< /Size \(offsets.count + 1)\n   /Root \(catalog) 0 R\n   /Info \(informationNumber) 0 R\n>>\nstartxref\n\(table)\n%%EOF\n".utf8)
        return out
    }

    private static let objectStart = Array(" 0 obj".utf8), objectEnd = Array("endobj\n".utf8)
    private static let referenceEnd = Array(" 0 R".utf8), entryEnd = Array(" 00000 n \n".utf8)

    /// Writes `number` in decimal, padded with zeros to `digits`.
    private static func append(_ number: Int, to out: inout [UInt8], digits: Int = 1) {
        var width = 1, power = 10
        while power <= number { width += 1; power *= 10 }
        for _ in width..<max(digits, width) { out.append(UInt8(ascii: "0")) }
        while power > 1 {
            power /= 10
            out.append(UInt8(ascii: "0") + UInt8((number / power) % 10))
        }
    }

    /// Every object the pages lead to, in the order of the source file; the page tree's root
    /// is left out (the copy has its own).
    private func closure(of pages: [Int]) throws(PDFParser.Failure) -> [PDFObjectIndex.Object] {
        let allowedPages = Set(pages)
        var seen = Set(pages)
        var queue = pages
        while let number = queue.popLast() {
            guard let object = source.objects[number] else {
                throw PDFParser.Failure(offset: 0, what: "object \(number) is referred to but not in the file")
            }
            for reference in object.references where !seen.contains(reference.object) && reference.object != source.pageTree {
                let target = reference.object
                let type = source.objects[target]?.value.typeName
                if target == source.catalog || target == source.info || source.pageTreeNodes.contains(target)
                    || (type == "Page" && !allowedPages.contains(target)) || type == "StructTreeRoot" || type == "StructElem" {
                    throw PDFParser.Failure(offset: reference.range.lowerBound,
                                            what: "object \(number) refers to \(type ?? "object") \(target), which a copy of its pages cannot carry")
                }
                seen.insert(target)
                queue.append(target)
            }
        }
        return seen.compactMap { source.objects[$0] }.sorted { $0.body.lowerBound < $1.body.lowerBound }
    }

    /// A PDF text string: printable ASCII as a literal string, anything else as UTF-16BE in hex.
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) {
            var literal = "("
            for character in text {
                if character == "(" || character == ")" || character == "\\" { literal.append("\\") }
                literal.append(character)
            }
            return literal + ")"
        }
        let hex = Array("0123456789ABCDEF")
        var result = "<FEFF"
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { result.append(hex[Int(unit >> UInt16(shift)) & 15]) }
        }
        return result + ">"
    }
}
