import OfficeContainer

/// The blocks of a report as they are written: numbered sections, tables with their caption
/// above ("Bảng 1."), pictures with theirs below ("Hình 1."), as Vietnamese documents set them.
struct ReportBuilder {
    let words: Words
    private(set) var blocks: [WordSection.Block] = []
    private var sections = 0
    private var tables = 0
    private var figures = 0

    init(words: Words) {
        self.words = words
    }

    /// The Heading 1 and, centred under it, one line per part of the subtitle.
    mutating func title(_ text: String, subtitle: [String]) {
        blocks.append(.paragraph(WordParagraph(text, style: WordStyles.ID.heading1)))
        for line in subtitle where !line.isEmpty {
            blocks.append(.paragraph(WordParagraph(style: nil, alignment: .center, runs: [.text(line, italic: true)])))
        }
    }

    /// A numbered Heading 2: `1. Kết quả xếp loại học sinh`.
    mutating func section(_ text: String) {
        sections += 1
        blocks.append(.paragraph(WordParagraph("\(sections). " + text, style: WordStyles.ID.heading2)))
    }

    mutating func subheading(_ text: String) {
        blocks.append(.paragraph(WordParagraph(text, style: WordStyles.ID.heading3)))
    }

    mutating func paragraph(_ text: String) {
        blocks.append(.paragraph(WordParagraph(text)))
    }

    /// Lines in the reports' style, each starting with a dash.
    mutating func list(_ lines: [String]) {
        for line in lines { paragraph("- " + line) }
    }

    /// Tables of up to this many rows stay on one page; longer ones break, their header repeated.
    static let shortTable = 15

    mutating func table(_ caption: String, _ table: WordTable) {
        var table = table
        table.keepTogether = table.rows.count <= Self.shortTable
        tables += 1
        blocks.append(.paragraph(WordParagraph(style: WordStyles.ID.caption, keepWithNext: true,
                                               runs: [.text(words.table + " \(tables). ", bold: true), .text(caption)])))
        blocks.append(.table(table))
    }

    mutating func picture(_ picture: WordPicture, caption: String) {
        figures += 1
        blocks.append(.paragraph(WordParagraph(style: WordStyles.ID.figure, runs: [.picture(picture)])))
        blocks.append(.paragraph(WordParagraph(style: WordStyles.ID.caption,
                                               runs: [.text(words.figure + " \(figures). ", bold: true), .text(caption)])))
    }
}
