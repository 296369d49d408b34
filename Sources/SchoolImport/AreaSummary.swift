import SchoolMetrics
/// A report of a district or province office about all its schools ("toàn huyện có 1.466 học
/// sinh dự xét tốt nghiệp …"): its figures are those of many schools, never of one. The
/// importer makes no school record of it and says so; an area's figures are the roll-up of its
/// schools' own records (`metrics --by district`).
struct AreaSummary {
    /// The sentence that shows it, for the message.
    var sentence: ReportSentence

    /// Phrases that make a sentence speak of a whole area rather than one school.
    static let phrases = ["toan huyen", "toan quan", "toan thi xa", "toan thanh pho", "toan tinh", "toan nganh",
                          "cac truong tren dia ban", "cac don vi truong hoc", "toan cap hoc", "tai tinh", "tai thanh pho",
                          "ca nuoc", "cac tinh", "toan dang bo"]

    /// Offices above the schools: a report without a school that cites them speaks for an area.
    static let offices = ["so gd", "so giao duc"]

    /// "Toàn huyện có 1.466 học sinh …", "toàn huyện đạt …": a whole area as the subject (but
    /// "xếp thứ 4 toàn thị xã" is a school's rank within its area).
    static func speaksOfArea(_ sentence: ReportSentence) -> Bool {
        phrases.contains { phrase in
            guard let at = sentence.find(phrase) else { return false }
            let next = sentence.foldedWords((at + phrase.count)..<sentence.folded.count).first ?? ""
            return sentence.foldedWords(0..<at).count <= 1 || ["co", "da", "dat"].contains(next)
        }
    }

    /// Whether a line has a sentence about a whole area.
    static func speaksOfArea(_ line: ReportLine) -> Bool {
        line.sentences.contains(where: speaksOfArea)
    }

    /// The summary the lines make, or nil when none of them speaks of a whole area.
    init?(_ lines: [ReportLine]) {
        let sentences = lines.lazy.flatMap(\.sentences)
        // Only the figures of a whole area, or an office speaking of "học sinh" with no school named.
        guard let found = sentences.first(where: Self.speaksOfArea)
                ?? sentences.first(where: { $0.containsAny(Self.offices) && $0.containsAny(["hoc sinh", "thi sinh"]) })
        else { return nil }
        sentence = found
    }

    var message: Message {
        let quote = sentence.text.count > 90 ? String(sentence.text.prefix(90)) + "…" : sentence.text
        return Message(
            en: "not a school's report: it summarises a whole area, its schools or its party cells (line \(sentence.line): «\(quote)»); its figures belong to many schools, so no school record is made. An area's figures are the roll-up of its schools' own records (schooldash metrics --by district): import each school's report",
            vi: "không phải báo cáo của một trường: đây là báo cáo tổng hợp của cả một địa bàn, các trường hoặc các chi bộ (dòng \(sentence.line): «\(quote)»); số liệu thuộc nhiều trường nên không tạo bản ghi trường nào. Số liệu của địa bàn được cộng từ bản ghi của từng trường (schooldash metrics --by district): hãy nhập báo cáo của từng trường")
    }
}
