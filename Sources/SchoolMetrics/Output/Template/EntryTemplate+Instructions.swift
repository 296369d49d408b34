import OfficeContainer

/// The first sheet of the template: what each sheet is for, how to write the figures, the
/// schemes and their categories, and what to run next.
extension EntryTemplate {
    /// One line of the instructions: a heading, a paragraph, or a paragraph with example cells beside it.
    enum Line {
        case title(String)
        case heading(String)
        case text(String)
        case percentExample(String)
    }

    /// The width of the text column, in characters.
    static let textWidth = 100.0

    static func instructions(_ language: Language, names: SheetNames) -> WorkbookDocument.Sheet {
        var sheet = WorkbookDocument.Sheet(name: names.instructions)
        sheet.showsGridlines = false
        sheet.fitsPageWidth = true
        sheet.tabColor = 0x2E75B6
        sheet.columns = [.init(0...0, width: 2), .init(1...1, width: textWidth), .init(2...3, width: 12)]
        let wrapped = WorkbookDocument.Style(wrap: true, alignTop: true)
        for (row, line) in lines(language, names: names).enumerated() {
            switch line {
            case .title(let text):
                sheet.set(row: row, column: 1, .text(text), style: .init(bold: true, fontColor: 0x1F4E79, fontSize: 16))
                sheet.rowHeights[row] = 28
            case .heading(let text):
                sheet.set(row: row, column: 1, .text(text), style: .init(bold: true, fill: 0xDDEBF7, fontSize: 12))
                sheet.rowHeights[row] = 22
            case .text(let text):
                sheet.set(row: row, column: 1, .text(text), style: wrapped)
                sheet.rowHeights[row] = height(text)
            case .percentExample(let text):
                sheet.set(row: row, column: 1, .text(text), style: wrapped)
                sheet.set(row: row, column: 2, .number(99.86), style: .init(alignTop: true, numberFormat: "0.00", border: true))
                sheet.set(row: row, column: 3, .number(0.9986), style: .init(alignTop: true, numberFormat: "0.00%", border: true))
                sheet.rowHeights[row] = height(text)
            }
        }
        return sheet
    }

    /// Enough height for a wrapped paragraph: 15 points a line, a line holding about 1.1
    /// characters per unit of column width (Excel and LibreOffice do not size rows of wrapped text).
    static func height(_ text: String) -> Double {
        let perLine = Int(textWidth * 1.1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
        return Double(lines) * 15 + 3
    }

    /// The first entry cell of `students.enrolled`, for the example of an error's place.
    private static var enrolledCell: String {
        WorkbookDocument.cellName(row: headerRow + 1, column: CSVColumn.records.firstIndex { $0.name == "students.enrolled" } ?? 0)
    }

    static func lines(_ language: Language, names: SheetNames) -> [Line] {
        language == .vi ? vietnamese(names) : english(names)
    }

    /// One line per built-in scheme: its id, what it rates and its categories with their column ids.
    static func schemeLines(_ language: Language) -> [Line] {
        Scheme.builtIn.map { scheme in
            let categories = scheme.categories.map { "\($0.label) (\($0.id))" }.joined(separator: ", ")
            return .text("• \(scheme.id) — \(schemeName(scheme, language)): \(categories).")
        }
    }

    private static func schemeName(_ scheme: Scheme, _ language: Language) -> String {
        let vi = language == .vi
        switch scheme.id {
        case Scheme.conduct2011.id: return vi ? "Hạnh kiểm, Thông tư 58/2011" : "conduct, Circular 58/2011"
        case Scheme.academic2011.id: return vi ? "Học lực, Thông tư 58/2011" : "academic results, Circular 58/2011"
        case Scheme.training2021.id: return vi ? "Kết quả rèn luyện, Thông tư 22/2021" : "conduct (training), Circular 22/2021"
        case Scheme.learning2021.id: return vi ? "Kết quả học tập, Thông tư 22/2021" : "learning results, Circular 22/2021"
        case Scheme.primary2020.id:
            return vi ? "Tiểu học, Thông tư 27/2020 (ở cột Hạnh kiểm hoặc Học lực)" : "primary schools, Circular 27/2020 (in either section)"
        default: return scheme.id
        }
    }

    private static func vietnamese(_ names: SheetNames) -> [Line] {
        let records = CSVColumn.records.count, targets = CSVColumn.targets.count
        return [
            .title("Mẫu nhập số liệu báo cáo tổng kết năm học"),
            .text("Sổ tính này dùng để nhập số liệu trong báo cáo cuối năm của trường và của chi bộ: hạnh kiểm, học lực, tỉ lệ lên lớp, "
                + "tốt nghiệp, đỗ vào lớp 10, xếp loại đảng viên và các chỉ tiêu. Nhập xong, lưu lại dưới dạng Excel (.xlsx), "
                + "rồi cho schooldash đọc: schooldash kiểm tra các con số và vẽ trang tổng hợp cho từng trường, từng phường."),
            .heading("Các trang"),
            .text("• \(names.instructions): trang này."),
            .text("• \(names.records): mỗi dòng là một trường trong một kỳ báo cáo (một năm). Nhập từ dòng 3 trở xuống; \(records) cột."),
            .text("• \(names.targets): mỗi dòng là một chỉ tiêu của một trường cho một kỳ; Mã trường và Kỳ phải có một dòng "
                + "ở trang \(names.records) (có thể chỉ có mã, tên, phường và kỳ). \(targets) cột."),
            .text("• \(names.recordExamples), \(names.targetExamples): số liệu của hai báo cáo thật (THCS Kỳ Phương năm 2021 "
                + "và chỉ tiêu 2022, THCS Phong Hải năm 2024 và chỉ tiêu 2025). schooldash bỏ qua các trang có tên bắt đầu bằng "
                + "“Ví dụ”; có thể chép dòng từ đó sang để sửa."),
            .heading("Cách nhập"),
            .text("• Dòng 1 là tên cột bằng tiếng Việt; dòng 2 là tên cột mà schooldash đọc: không sửa dòng 2. "
                + "Đưa chuột lên ô ở dòng 2 để xem ghi chú: cột đó ghi gì. Cột không dùng có thể để trống, ẩn đi hoặc xóa."),
            .text("• Bắt buộc: Mã trường (school.id), Tên trường, Phường, xã và Kỳ báo cáo (period). Mỗi trường giữ một mã cố định "
                + "qua các năm: chữ thường không dấu, số và dấu gạch nối, vd. thcs-ky-phuong."),
            .text("• Ô trống là thiếu số liệu, không phải số 0: chỉ ghi 0 khi báo cáo ghi 0. Số em ghi là số nguyên, vd. 661 "
                + "(không ghi “661 em”). Ô có điều kiện: ghi sai, Excel báo ngay."),
            .text("• Có và không: ghi “có” hoặc “không” (hoặc true, false)."),
            .heading("Tỉ lệ: ghi số em hoặc ghi phần trăm"),
            .text("• Lên lớp, tốt nghiệp, đỗ vào lớp 10: ghi số em và tổng số em (vd. lên lớp 697 trên 698), hoặc ghi tỉ lệ phần trăm "
                + "(99,86), hoặc cả hai — schooldash đối chiếu hai cách ghi và báo khi chúng khác nhau."),
            .percentExample("• Phần trăm là số từ 0 đến 100: 99,86. Gõ kèm dấu % (99,86%) cũng được: Excel lưu ô đó là 0,9986 "
                + "với định dạng phần trăm, và schooldash đọc đúng 99,86. Hai ô bên cạnh là hai cách ghi đó."),
            .text("• Các cột “% in trong báo cáo” không bắt buộc: ghi tỉ lệ đúng như báo cáo in. schooldash tự tính tỉ lệ từ số em "
                + "và báo khi số in khác số tính (vd. báo cáo in 96,4 % đảng viên xuất sắc, nhưng 6 trên 28 là 21,4 %)."),
            .heading("Các thang xếp loại"),
            .text("Chọn thang ở cột “thang xếp loại” của Hạnh kiểm / Rèn luyện và của Học lực / Học tập, rồi ghi số em vào cột "
                + "của từng loại, vd. thang conduct-2011: các cột students.conduct.tot, .kha, .trung-binh, .yeu. "
                + "Để trống các cột của loại không thuộc thang đã chọn."),
        ] + schemeLines(.vi) + [
            .text("• Năm chuyển tiếp (một số khối theo Thông tư 22, các khối khác theo Thông tư 58): dùng các cột ở cuối trang "
                + "\(names.records), có tên thang, vd. students.conduct.training-2021.tot và students.conduct.training-2021.grades = 6 7; "
                + "khi đó để trống các cột một thang."),
            .heading("Đảng viên"),
            .text("• Các mức xếp loại không chồng nhau: “09/09 đồng chí hoàn thành tốt nhiệm vụ, trong đó 02 hoàn thành xuất sắc” "
                + "ghi là xuất sắc 2, tốt 7. Đảng viên dự bị và đảng viên nữ là số trong tổng số đảng viên."),
            .heading("Chỉ tiêu"),
            .text("• Chỉ tiêu có số: ghi Tối thiểu và/hoặc Tối đa (vd. tỉ lệ tốt nghiệp tối thiểu 97, đơn vị %), và Kết quả khi đã có. "
                + "Chỉ tiêu đạt/không đạt: để trống Tối thiểu, Tối đa; ghi Đã đạt? = có hoặc không khi biết kết quả."),
            .text("• “Tốt hơn khi” = lower cho thứ hạng và số vi phạm (thấp hơn là tốt); để trống cho các chỉ tiêu còn lại."),
            .heading("Tiếp theo"),
            .text("1. Lưu sổ tính, vd. truong.xlsx (giữ dạng Excel .xlsx)."),
            .text("2. Kiểm tra: schooldash check truong.xlsx — báo từng lỗi với tên trang và ô, vd. \(names.records)!\(enrolledCell): “students.enrolled” phải là số nguyên."),
            .text("3. Vẽ trang tổng hợp: schooldash build truong.xlsx — các tệp PDF và PNG vào thư mục Output."),
        ]
    }

    private static func english(_ names: SheetNames) -> [Line] {
        let records = CSVColumn.records.count, targets = CSVColumn.targets.count
        return [
            .title("Year-end report figures: data-entry template"),
            .text("This workbook holds the figures of a school's and its party cell's year-end report: conduct, academic results, "
                + "promotion, graduation and admission rates, party member classification, and targets. When it is filled in, "
                + "save it as an Excel workbook (.xlsx) and give it to schooldash, which checks the figures and draws a dashboard "
                + "for each school and ward."),
            .heading("The sheets"),
            .text("• \(names.instructions): this sheet."),
            .text("• \(names.records): one row per school and period (a year). Type from row 3 down; \(records) columns."),
            .text("• \(names.targets): one row per target of a school for a period; the school id and period must have a row on "
                + "\(names.records) (the id, name, ward and period are enough). \(targets) columns."),
            .text("• \(names.recordExamples), \(names.targetExamples): the figures of two real reports (THCS Kỳ Phương 2021 with its "
                + "2022 targets, THCS Phong Hải 2024 with its 2025 targets). schooldash skips sheets whose names start with "
                + "“Example” or “Ví dụ”; copy rows from them to start."),
            .heading("Typing the figures"),
            .text("• Row 1 gives the column's label; row 2 holds the column names schooldash reads: do not change row 2. Rest the "
                + "pointer on a cell of row 2 to see its note. Columns you do not need may stay empty, be hidden or be deleted."),
            .text("• Required: the school id (school.id), the school's name, its ward and the period. A school keeps one id over the "
                + "years: lower-case letters without tone marks, digits and hyphens, e.g. thcs-ky-phuong."),
            .text("• An empty cell is a missing figure, not zero: write 0 only when the report says 0. Counts are whole numbers, "
                + "e.g. 661 (not “661 em”). Cells with rules refuse a wrong value as you type it."),
            .text("• Yes/no cells: true or false (có or không are read too)."),
            .heading("Rates: a count or a percent"),
            .text("• Promotion, graduation, admission to grade 10: write the count and its total (e.g. 697 promoted of 698), or the "
                + "percent (99.86), or both — schooldash checks one against the other."),
            .percentExample("• A percent is a number from 0 to 100: 99.86. Typing it with a % sign (99.86%) works too: Excel "
                + "stores 0.9986 with a percent format, and schooldash reads 99.86. The two cells beside show both ways."),
            .text("• The “% as printed” columns are optional: the shares exactly as the report prints them. schooldash computes the "
                + "shares from the counts and says when a printed one differs (e.g. 96.4 % excellent printed, but 6 of 28 is 21.4 %)."),
            .heading("Schemes and their categories"),
            .text("Choose the scheme in the “scheme” column of each section, then write the count of each category in its column, "
                + "e.g. for conduct-2011 the columns students.conduct.tot, .kha, .trung-binh, .yeu. Leave the columns of other "
                + "schemes' categories empty."),
        ] + schemeLines(.en) + [
            .text("• Transition years (some grades under Circular 22, the others under Circular 58): use the columns at the end of "
                + "\(names.records) that name their scheme, e.g. students.conduct.training-2021.tot and "
                + "students.conduct.training-2021.grades = 6 7, and leave the single-scheme columns empty."),
            .heading("Party members"),
            .text("• The levels do not overlap: “09/09 comrades good, 02 of them excellent” is excellent 2, good 7. Probationary "
                + "and women members are counted within the members."),
            .heading("Targets"),
            .text("• Numeric targets: a minimum and/or a maximum (e.g. graduation at least 97, unit %), and the result once known. "
                + "Yes/no targets: no minimum or maximum; Achieved? = true or false once known."),
            .text("• “Better when” = lower for ranks and counts of failures (less is better); leave it empty otherwise."),
            .heading("Next"),
            .text("1. Save the workbook, e.g. truong.xlsx (keep the Excel .xlsx format)."),
            .text("2. Check it: schooldash check truong.xlsx — each error names its sheet and cell, e.g. \(names.records)!\(enrolledCell): “students.enrolled” must be a whole number."),
            .text("3. Draw the dashboards: schooldash build truong.xlsx — PDF and PNG files in the Output folder."),
        ]
    }
}
