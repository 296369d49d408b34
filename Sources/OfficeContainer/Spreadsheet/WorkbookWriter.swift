internal import CXlsxWriter
import Foundation

/// Writes a ``WorkbookDocument`` as an `.xlsx` file through libxlsxwriter: the only file that
/// touches its C API.
///
/// One writer owns one `lxw_workbook` (and through it the sheets and formats libxlsxwriter
/// frees with the workbook). Every `lxw_error` is checked and thrown as a ``Failure`` naming
/// the sheet and cell. libxlsxwriter fixes the zip entries' times at 1980-01-01 by itself; the
/// document's ``WorkbookDocument/created`` date goes into `docProps/core.xml`, so the same
/// document gives the same bytes.
public final class WorkbookWriter {
    /// Why a workbook could not be written: the part (`sheet "Bản ghi", cell B3`) and
    /// libxlsxwriter's reason. The caller names the file.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [WorkbookDocument.Style: UnsafeMutablePointer<lxw_format>] = [:]
    /// libxlsxwriter's own temporary files go here; kept alive until the workbook is closed.
    private let temporaryFolder: UnsafeMutablePointer<CChar>?

    /// Writes `document` to `path`. libxlsxwriter keeps each sheet in a temporary file until
    /// the end; they go to `temporaryFolder` (default: the system's), and are removed.
    public static func write(_ document: WorkbookDocument, to path: String, temporaryFolder: String? = nil) throws(Failure) {
        let writer = try WorkbookWriter(path: path, temporaryFolder: temporaryFolder)
        try writer.add(document)
        try writer.close()
    }

    private init(path: String, temporaryFolder: String?) throws(Failure) {
        self.temporaryFolder = temporaryFolder.map { strdup($0) }
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: self.temporaryFolder, use_zip64: 0)
        guard let workbook = workbook_new_opt(path, &options) else {
            throw Failure(description: "libxlsxwriter cannot start a workbook")
        }
        self.workbook = workbook
    }

    deinit {
        if let workbook { lxw_workbook_free(workbook) }
        free(temporaryFolder)
    }

    private func add(_ document: WorkbookDocument) throws(Failure) {
        guard let workbook else { return }
        let title = strdup(document.title), author = strdup(document.author)
        defer { free(title); free(author) }
        var properties = lxw_doc_properties()
        properties.title = title
        properties.author = author
        // 0 would mean "now" to libxlsxwriter; one second after 1970 stands for 1970.
        properties.created = time_t(max(document.created, 1))
        try check(workbook_set_properties(workbook, &properties), "the workbook's properties")
        for sheet in document.sheets {
            try add(sheet, to: workbook, author: document.author)
        }
    }

    private func add(_ sheet: WorkbookDocument.Sheet, to workbook: UnsafeMutablePointer<lxw_workbook>, author: String) throws(Failure) {
        try check(workbook_validate_sheet_name(workbook, sheet.name), "the sheet name \"\(sheet.name)\"")
        guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
            throw Failure(description: "cannot add the sheet \"\(sheet.name)\"")
        }
        let place = "sheet \"\(sheet.name)\""
        for columns in sheet.columns {
            try check(worksheet_set_column(worksheet, lxw_col_t(columns.range.lowerBound), lxw_col_t(columns.range.upperBound),
                                           columns.width, format(columns.style)), "\(place), columns \(columns.range)")
        }
        for (row, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
            try check(worksheet_set_row(worksheet, lxw_row_t(row), height, nil), "\(place), row \(row + 1)")
        }
        for cell in sheet.cells {
            let name = "\(place), cell \(WorkbookDocument.cellName(row: cell.row, column: cell.column))"
            let row = lxw_row_t(cell.row), column = lxw_col_t(cell.column), style = format(cell.style)
            switch cell.value {
            case .text(let text):
                try check(worksheet_write_string(worksheet, row, column, text, style), name)
            case .number(let number):
                try check(worksheet_write_number(worksheet, row, column, number, style), name)
            case .formula(let formula, let result):
                try check(worksheet_write_formula_num(worksheet, row, column, formula, style, result), name)
            }
        }
        for comment in sheet.comments {
            // The document's author signs the notes; libxlsxwriter's default is an empty name.
            let signature = strdup(author)
            defer { free(signature) }
            var options = lxw_comment_options()
            options.author = signature
            options.width = UInt16(clamping: comment.width ?? 0)
            options.height = UInt16(clamping: comment.height ?? 0)
            try check(worksheet_write_comment_opt(worksheet, lxw_row_t(comment.row), lxw_col_t(comment.column), comment.text, &options),
                      "\(place), the comment on \(WorkbookDocument.cellName(row: comment.row, column: comment.column))")
        }
        for validation in sheet.validations {
            try add(validation, to: worksheet, place: place)
        }
        if let frozen = sheet.frozen {
            worksheet_freeze_panes(worksheet, lxw_row_t(frozen.rows), lxw_col_t(frozen.columns))
        }
        if !sheet.showsGridlines { worksheet_gridlines(worksheet, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue)) }
        if let color = sheet.tabColor { worksheet_set_tab_color(worksheet, lxw_color_t(color)) }
        if sheet.fitsPageWidth {
            worksheet_set_paper(worksheet, 9)  // libxlsxwriter's number for A4
            worksheet_fit_to_pages(worksheet, 1, 0)
        }
    }

    private func add(_ validation: WorkbookDocument.Validation, to worksheet: UnsafeMutablePointer<lxw_worksheet>,
                     place: String) throws(Failure) {
        var rule = lxw_data_validation()
        let title = strdup(validation.title), message = strdup(validation.message)
        var list: [UnsafeMutablePointer<CChar>?] = []
        defer {
            free(title)
            free(message)
            list.forEach { free($0) }
        }
        rule.error_title = validation.title.isEmpty ? nil : title
        rule.error_message = validation.message.isEmpty ? nil : message
        switch validation.rule {
        case .list(let values):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = values.map { strdup($0) } + [nil]
        case .wholeNumber(let minimum):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            rule.value_number = Double(minimum)
        case .decimal(let range):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            rule.minimum_number = range.lowerBound
            rule.maximum_number = range.upperBound
        }
        let range = "\(place), validation of \(WorkbookDocument.cellName(row: validation.rows.lowerBound, column: validation.columns.lowerBound))"
            + ":\(WorkbookDocument.cellName(row: validation.rows.upperBound, column: validation.columns.upperBound))"
        let status = list.withUnsafeMutableBufferPointer { values in
            if !values.isEmpty { rule.value_list = values.baseAddress }
            return worksheet_data_validation_range(worksheet, lxw_row_t(validation.rows.lowerBound), lxw_col_t(validation.columns.lowerBound),
                                                   lxw_row_t(validation.rows.upperBound), lxw_col_t(validation.columns.upperBound), &rule)
        }
        try check(status, range)
    }

    /// The format for a style, made once per distinct style; nil for the default look.
    private func format(_ style: WorkbookDocument.Style?) -> UnsafeMutablePointer<lxw_format>? {
        guard let style, !style.isPlain, let workbook else { return nil }
        if let format = formats[style] { return format }
        guard let format = workbook_add_format(workbook) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.wrap { format_set_text_wrap(format) }
        if style.alignTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.border {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_border_color(format, 0xBFBFBF)
        }
        formats[style] = format
        return format
    }

    /// Writes the file. libxlsxwriter frees the workbook whatever the outcome.
    private func close() throws(Failure) {
        guard let workbook else { return }
        self.workbook = nil
        try check(workbook_close(workbook), "the file")
    }

    private func check(_ status: lxw_error, _ what: String) throws(Failure) {
        guard status != LXW_NO_ERROR else { return }
        throw Failure(description: "\(what): \(String(cString: lxw_strerror(status)))")
    }
}
