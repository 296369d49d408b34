extension WordDocument {
    /// The main part (`word/document.xml`) and what it refers to: relationships and pictures,
    /// numbered in the order they appear.
    struct Body {
        private(set) var xml = ""
        private(set) var pictures: [WordPicture] = []
        /// Relationship ids 1 and 2 are the styles and the settings; pictures follow.
        private static let firstPictureID = 3

        init(_ document: WordDocument) {
            let ns = WordDocument.Namespace.self
            xml = WordDocument.declaration + "<w:document xmlns:w=\"\(ns.w)\" xmlns:r=\"\(ns.r)\" xmlns:wp=\"\(ns.wp)\""
                + " xmlns:a=\"\(ns.a)\" xmlns:pic=\"\(ns.pic)\"><w:body>"
            for (index, section) in document.sections.enumerated() {
                let last = index == document.sections.count - 1
                for (position, block) in section.blocks.enumerated() {
                    // A section other than the last ends with its properties in its last paragraph.
                    let ending = !last && position == section.blocks.count - 1
                    switch block {
                    case .paragraph(let paragraph): append(paragraph, width: section.page.textWidthEMU, section: ending ? section.page : nil)
                    case .table(let table):
                        append(table, page: section.page)
                        if ending { append(WordParagraph(runs: []), width: 0, section: section.page) }
                    }
                }
                if !last && section.blocks.isEmpty { append(WordParagraph(runs: []), width: 0, section: section.page) }
                if last { xml += Self.sectionProperties(section.page) }
            }
            xml += "</w:body></w:document>"
        }

        static func mediaName(_ index: Int) -> String { "image\(index + 1).png" }

        var relationships: String {
            let ns = WordDocument.Namespace.officeDocument
            var text = WordDocument.declaration + "<Relationships xmlns=\"\(WordDocument.Namespace.relationships)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(ns)/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"\(ns)/settings\" Target=\"settings.xml\"/>"
            for index in pictures.indices {
                text += "<Relationship Id=\"rId\(index + Self.firstPictureID)\" Type=\"\(ns)/image\" Target=\"media/\(Self.mediaName(index))\"/>"
            }
            return text + "</Relationships>"
        }

        static func sectionProperties(_ page: WordSection.Page) -> String {
            "<w:sectPr><w:pgSz w:w=\"\(page.width)\" w:h=\"\(page.height)\"/>"
                + "<w:pgMar w:top=\"\(page.top)\" w:right=\"\(page.right)\" w:bottom=\"\(page.bottom)\" w:left=\"\(page.left)\""
                + " w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/></w:sectPr>"
        }

        private mutating func append(_ paragraph: WordParagraph, width: Int, section: WordSection.Page? = nil, cellAlignment: WordParagraph.Alignment? = nil) {
            var properties = ""
            if let style = paragraph.style { properties += "<w:pStyle w:val=\"\(XMLText.escape(style))\"/>" }
            if paragraph.keepWithNext { properties += "<w:keepNext/>" }
            if let alignment = cellAlignment ?? paragraph.alignment { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
            if let section { properties += Self.sectionProperties(section) }
            xml += "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>" + properties + "</w:pPr>")
            for run in paragraph.runs {
                switch run {
                case let .text(text, bold, italic):
                    let format = (bold ? "<w:b/><w:bCs/>" : "") + (italic ? "<w:i/><w:iCs/>" : "")
                    xml += "<w:r>" + (format.isEmpty ? "" : "<w:rPr>" + format + "</w:rPr>")
                        + "<w:t xml:space=\"preserve\">" + XMLText.escape(text) + "</w:t></w:r>"
                case .picture(let picture):
                    xml += "<w:r>" + drawing(picture, width: width) + "</w:r>"
                }
            }
            xml += "</w:p>"
        }

        /// An inline picture at its physical size, scaled down only if wider than the text column.
        private mutating func drawing(_ picture: WordPicture, width: Int) -> String {
            pictures.append(picture)
            let number = pictures.count
            var (cx, cy) = picture.info.extent
            if width > 0 && cx > width {
                cy = Int((Double(cy) * Double(width) / Double(cx)).rounded())
                cx = width
            }
            let description = XMLText.escape(picture.description)
            let name = "Picture \(number)"
            return "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:docPr id=\"\(number)\" name=\"\(name)\" descr=\"\(description)\"/>"
                + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"\(WordDocument.Namespace.pic)\"><pic:pic>"
                + "<pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"\(Self.mediaName(number - 1))\" descr=\"\(description)\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"rId\(number - 1 + Self.firstPictureID)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
        }

        private mutating func append(_ table: WordTable, page: WordSection.Page) {
            let widths = table.widths(total: page.textWidth)
            let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
            xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(WordStyles.ID.tableGrid)\"/><w:tblW w:w=\"\(page.textWidth)\" w:type=\"dxa\"/>"
                + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined() + "</w:tblBorders>"
                + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
                + "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            row(table.columns.map(\.header), widths: widths, alignments: table.columns.map { _ in .center }, header: true, bold: true,
                keep: table.keepTogether && !table.rows.isEmpty)
            for (index, cells) in table.rows.enumerated() {
                row(cells, widths: widths, alignments: table.columns.map(\.alignment), header: false, bold: table.boldRows.contains(index),
                    keep: table.keepTogether && index < table.rows.count - 1)
            }
            xml += "</w:tbl>"
        }

        /// `keep` keeps the row on the page of the next one (keep-with-next on its paragraphs, as Word does).
        private mutating func row(_ cells: [String], widths: [Int], alignments: [WordParagraph.Alignment], header: Bool, bold: Bool,
                                  keep: Bool) {
            // No `w:cantSplit` beside `w:tblHeader`: LibreOffice 7.4 then drops the rows after a page break.
            xml += "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (index, width) in widths.enumerated() {
                let text = index < cells.count ? cells[index] : ""
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>" + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : "")
                    + "<w:vAlign w:val=\"center\"/></w:tcPr>"
                append(WordParagraph(style: WordStyles.ID.tableText, keepWithNext: keep, runs: [.text(text, bold: bold)]), width: 0,
                       cellAlignment: alignments[index])
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
    }
}
