/// Every problem schooldash can find in its input, with its stable code, its severity and
/// its sentence in Vietnamese and English.
///
/// Keeping them in one place keeps codes unique and both languages side by side.
public enum Problem: Sendable, Hashable {
    // Files and syntax.
    case unreadableFile(reason: String)
    /// A report given as an input that gives no record (why, from the importer).
    case unreadableReport(Message)
    case emptyFile
    case fileTooLarge(bytes: Int, limit: Int)
    case invalidUTF8
    case jsonSyntax(expected: Expected, found: Found)
    case nestingTooDeep(limit: Int)
    case numberOutOfRange(text: String)
    case csvUnterminatedQuote
    case csvUnknownKind
    case csvDuplicateColumn(name: String)
    case csvUnknownColumn(name: String, suggestion: String?)
    case csvExtraCells(expected: Int, found: Int)
    case csvTargetWithoutRecord(school: String, period: String)
    case noInputFiles
    /// A CSV file read from a legacy encoding (UTF-16, Windows-1258).
    case csvEncoding(name: String)
    case xlsxUnreadable(reason: String)
    case xlsxNoTable
    case xlsxErrorValue(value: String)
    case xlsxFormulaWithoutValue(formula: String)
    case xlsxUnnamedColumn(column: String)

    // Shape of a record.
    case wrongType(Subject, expected: ValueKind, found: String)
    case missingField(Subject)
    /// An identity field missing from a record `import` wrote: the report did not name it.
    case missingFromReport(ReportIdentity)
    case unknownField(Subject, suggestion: String?)
    case duplicateField(Subject)
    case invalidSchoolID(found: String)
    case textTooLong(Subject, length: Int, limit: Int)
    case textCleaned(Subject)
    case negativeNumber(Subject, found: String)
    case countTooLarge(Subject, found: String, limit: Int)
    case percentOutOfRange(Subject, found: String)
    case unknownScheme(Subject, found: String)
    case schemeInWrongSection(Subject, scheme: String, section: String)
    case duplicateScheme(Subject, scheme: String)
    case unknownCategory(Subject, key: String, scheme: Scheme)
    case duplicateCategory(Subject, category: String)
    case rateCountExceedsOf(Subject, count: Int, of: Int)
    case classificationExceedsMembers(classified: Int, members: Int)
    case probationaryExceedsMembers(probationary: Int, members: Int)
    case invalidBetter(Subject, found: String)
    case targetBoundsReversed(Subject, min: String, max: String)
    case achievedOnNumericTarget(Subject)
    case actualOnYesNoTarget(Subject)
    case unknownMetric(Subject, found: String)
    case tooManyTargets(count: Int, limit: Int)
    case schemeCategoriesInvalid(Subject, reason: String)

    // Across records.
    case duplicateRecord(first: String)
    case schoolNameConflict(first: String, second: String)
    case identicalRepeats(count: Int, of: String)

    // The report's own arithmetic.
    case distributionTotalMismatch(section: String, total: Int, enrolled: Int)
    case membersUnclassified(unclassified: Int, members: Int)
    case reportedPercentMismatch(field: String, printed: Double, computed: Double, count: Int, total: Int)
    case reportedPercentSum(field: String, sum: Double)
    case ratePercentMismatch(field: String, printed: Double, computed: Double)
    case targetActualMismatch(name: String, actual: Double, metric: String, value: Double)
    case promotionWithFailingStudents(rate: Double, category: String, count: Int)
    case excellentAboveQuota(excellent: Int, good: Int)
    /// A sentence `schooldash import` listed for a person to look at.
    case importedForReview(report: String, line: Int, reason: String, figures: String, sentence: String)

    static let importReviewCode = "imported-for-review"

    /// The stable code, for scripts and for looking a problem up.
    public var code: String {
        switch self {
        case .unreadableFile: "unreadable-file"
        case .unreadableReport: "unreadable-report"
        case .emptyFile: "empty-file"
        case .fileTooLarge: "file-too-large"
        case .invalidUTF8: "invalid-utf8"
        case .jsonSyntax: "json-syntax"
        case .nestingTooDeep: "nesting-too-deep"
        case .numberOutOfRange: "number-out-of-range"
        case .csvUnterminatedQuote: "csv-unterminated-quote"
        case .csvUnknownKind: "csv-unknown-kind"
        case .csvDuplicateColumn: "csv-duplicate-column"
        case .csvUnknownColumn: "csv-unknown-column"
        case .csvExtraCells: "csv-extra-cells"
        case .csvTargetWithoutRecord: "target-without-record"
        case .noInputFiles: "no-input-files"
        case .csvEncoding: "csv-encoding"
        case .xlsxUnreadable: "xlsx-unreadable"
        case .xlsxNoTable: "xlsx-no-table"
        case .xlsxErrorValue: "xlsx-error-value"
        case .xlsxFormulaWithoutValue: "xlsx-formula-without-value"
        case .xlsxUnnamedColumn: "xlsx-unnamed-column"
        case .wrongType: "wrong-type"
        case .missingField, .missingFromReport: "missing-field"
        case .unknownField: "unknown-field"
        case .duplicateField: "duplicate-field"
        case .invalidSchoolID: "invalid-school-id"
        case .textTooLong: "text-too-long"
        case .textCleaned: "text-cleaned"
        case .negativeNumber: "negative-count"
        case .countTooLarge: "count-too-large"
        case .percentOutOfRange: "percent-out-of-range"
        case .unknownScheme: "unknown-scheme"
        case .schemeInWrongSection: "scheme-wrong-section"
        case .duplicateScheme: "duplicate-scheme"
        case .unknownCategory: "unknown-category"
        case .duplicateCategory: "duplicate-category"
        case .rateCountExceedsOf: "rate-count-exceeds-of"
        case .classificationExceedsMembers: "classification-exceeds-members"
        case .probationaryExceedsMembers: "probationary-exceeds-members"
        case .invalidBetter: "invalid-better"
        case .targetBoundsReversed: "target-min-above-max"
        case .achievedOnNumericTarget: "target-achieved-on-numeric"
        case .actualOnYesNoTarget: "target-actual-on-yes-no"
        case .unknownMetric: "unknown-metric"
        case .tooManyTargets: "too-many-targets"
        case .schemeCategoriesInvalid: "scheme-categories-invalid"
        case .duplicateRecord: "duplicate-record"
        case .schoolNameConflict: "school-name-conflict"
        case .identicalRepeats: "identical-repeats"
        case .distributionTotalMismatch: "distribution-total-mismatch"
        case .membersUnclassified: "members-unclassified"
        case .reportedPercentMismatch: "reported-percent-mismatch"
        case .reportedPercentSum: "reported-percent-sum"
        case .ratePercentMismatch: "rate-percent-mismatch"
        case .targetActualMismatch: "target-actual-mismatch"
        case .promotionWithFailingStudents: "promotion-with-failing-students"
        case .excellentAboveQuota: "excellent-above-quota"
        case .importedForReview: Problem.importReviewCode
        }
    }

    public var severity: Severity {
        switch self {
        case .unknownField, .csvUnknownColumn, .textCleaned, .csvEncoding, .xlsxUnnamedColumn: .warning
        case .identicalRepeats, .excellentAboveQuota: .info
        case .distributionTotalMismatch, .membersUnclassified, .reportedPercentMismatch, .reportedPercentSum,
             .ratePercentMismatch, .targetActualMismatch, .promotionWithFailingStudents, .importedForReview: .warning
        default: .error
        }
    }

    public var message: Message {
        let (en, vi) = sentences
        return Message(en: en, vi: vi)
    }

    private var sentences: (String, String) {
        let en = DisplayFormat(.en), vi = DisplayFormat(.vi)
        switch self {
        case .unreadableFile(let reason):
            return ("cannot read the file: \(reason)", "không đọc được tệp: \(reason)")
        case .unreadableReport(let reason):
            return ("the report gives no record: \(reason.en)", "báo cáo không cho bản ghi nào: \(reason.vi)")
        case .emptyFile:
            return ("the file is empty; expected a record", "tệp trống; cần có ít nhất một bản ghi")
        case .fileTooLarge(let bytes, let limit):
            return ("the file has \(bytes) bytes, more than the limit of \(limit)",
                    "tệp có \(bytes) byte, vượt giới hạn \(limit)")
        case .invalidUTF8:
            return ("the text is not valid UTF-8 from here on (nor UTF-16 with a byte-order mark, nor Windows-1258); save the file as \"CSV UTF-8\"",
                    "từ đây văn bản không phải UTF-8 hợp lệ (cũng không phải UTF-16 có BOM hay Windows-1258); hãy lưu tệp dạng \"CSV UTF-8\"")
        case .jsonSyntax(let expected, let found):
            return ("expected \(expected.en), found \(found.en)", "cần \(expected.vi), gặp \(found.vi)")
        case .nestingTooDeep(let limit):
            return ("values are nested more than \(limit) levels deep", "giá trị lồng nhau quá \(limit) cấp")
        case .numberOutOfRange(let text):
            return ("the number \(text) is too large", "số \(text) quá lớn")
        case .csvUnterminatedQuote:
            return ("a quoted cell is not closed; expected a closing \"", "ô có dấu ngoặc kép chưa đóng; cần dấu \" đóng")
        case .csvUnknownKind:
            return ("the header is neither a records file (with school.id, school.name, school.ward, period) nor a targets file (with school.id, period, name)",
                    "dòng tiêu đề không phải của tệp bản ghi (có school.id, school.name, school.ward, period) hay tệp chỉ tiêu (có school.id, period, name)")
        case .csvDuplicateColumn(let name):
            return ("column \"\(name)\" appears twice in the header", "cột \"\(name)\" xuất hiện hai lần trong tiêu đề")
        case .csvUnknownColumn(let name, let suggestion):
            return ("unknown column \"\(name)\"\(Self.didYouMean(suggestion, .en)); it is ignored",
                    "cột không xác định \"\(name)\"\(Self.didYouMean(suggestion, .vi)); cột này bị bỏ qua")
        case .csvExtraCells(let expected, let found):
            return ("the row has \(found) cells, but the header has \(expected) columns",
                    "dòng có \(found) ô, nhưng tiêu đề chỉ có \(expected) cột")
        case .csvTargetWithoutRecord(let school, let period):
            return ("the target is for \(school) \(period), which no input file has as a record",
                    "chỉ tiêu thuộc \(school) \(period), nhưng không có bản ghi nào như vậy")
        case .noInputFiles:
            return ("no *.json, *.csv or *.xlsx file found", "không tìm thấy tệp *.json, *.csv hoặc *.xlsx nào")
        case .csvEncoding(let name):
            return ("the file is in \(name), not UTF-8; it was read, but save it as \"CSV UTF-8 (Comma delimited)\" next time",
                    "tệp được mã hoá \(name), không phải UTF-8; tệp vẫn được đọc, nhưng lần sau hãy lưu dạng \"CSV UTF-8 (Comma delimited)\"")
        case .xlsxUnreadable(let reason):
            return ("cannot read the workbook: \(reason)", "không đọc được sổ tính Excel: \(reason)")
        case .xlsxNoTable:
            return ("no sheet has a header row with the columns school.id and period (see docs/format.md)",
                    "không trang tính nào có dòng tiêu đề với các cột school.id và period (xem docs/format.md)")
        case .xlsxErrorValue(let value):
            return ("the cell holds the error \(value); correct the formula or type the value",
                    "ô chứa lỗi \(value); hãy sửa công thức hoặc nhập giá trị")
        case .xlsxFormulaWithoutValue(let formula):
            return ("the cell holds the formula =\(formula.shortened(to: 40)) without its result; open the file in Excel or LibreOffice and save it again",
                    "ô chứa công thức =\(formula.shortened(to: 40)) nhưng không có kết quả; hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại")
        case .xlsxUnnamedColumn(let column):
            return ("column \(column) holds values but has no name in the header row; it is not read",
                    "cột \(column) có giá trị nhưng không có tên trong dòng tiêu đề; cột này không được đọc")
        case .wrongType(let subject, let expected, let found):
            return ("\(subject.text(.en)) must be \(expected.en), found \(found)",
                    "\(subject.text(.vi)) phải là \(expected.vi), gặp \(found)")
        case .missingField(let subject):
            return ("\(subject.text(.en)) is required", "thiếu \(subject.text(.vi)), trường này là bắt buộc")
        case .missingFromReport(let identity):
            return ("\(identity.field) (\(identity.meaning.en)) is missing: the report this record was imported from does not name it; give it with schooldash import REPORT \(identity.option) … --out FILE, or write it into the record",
                    "thiếu \(identity.field) (\(identity.meaning.vi)): báo cáo mà bản ghi này được nhập từ đó không ghi; hãy nhập lại bằng schooldash import BÁO-CÁO \(identity.option) … --out TỆP, hoặc ghi vào bản ghi")
        case .unknownField(let subject, let suggestion):
            return ("unknown field \(subject.text(.en))\(Self.didYouMean(suggestion, .en))",
                    "trường không xác định \(subject.text(.vi))\(Self.didYouMean(suggestion, .vi))")
        case .duplicateField(let subject):
            return ("\(subject.text(.en)) is given twice", "\(subject.text(.vi)) được ghi hai lần")
        case .invalidSchoolID(let found):
            return ("\"school.id\" must use only a-z, 0-9 and -, found \(found)",
                    "\"school.id\" chỉ được gồm a-z, 0-9 và -, gặp \(found)")
        case .textTooLong(let subject, let length, let limit):
            return ("\(subject.text(.en)) has \(length) characters, more than the limit of \(limit)",
                    "\(subject.text(.vi)) dài \(length) ký tự, vượt giới hạn \(limit)")
        case .textCleaned(let subject):
            return ("\(subject.text(.en)) contained control, direction or zero-width characters; they were removed",
                    "\(subject.text(.vi)) có ký tự điều khiển, ký tự hướng chữ hoặc ký tự vô hình; đã được loại bỏ")
        case .negativeNumber(let subject, let found):
            return ("\(subject.text(.en)) cannot be negative, found \(found)",
                    "\(subject.text(.vi)) không được âm, gặp \(found)")
        case .countTooLarge(let subject, let found, let limit):
            return ("\(subject.text(.en)) is \(found), above the limit of \(limit)",
                    "\(subject.text(.vi)) là \(found), vượt giới hạn \(limit)")
        case .percentOutOfRange(let subject, let found):
            return ("\(subject.text(.en)) must be a percent from 0 to 100, found \(found)",
                    "\(subject.text(.vi)) phải là tỉ lệ phần trăm từ 0 đến 100, gặp \(found)")
        case .unknownScheme(let subject, let found):
            let known = Scheme.builtIn.map(\.id).joined(separator: ", ")
            return ("\(subject.text(.en)): \(found) is not a known scheme (\(known)), nor one the record defines",
                    "\(subject.text(.vi)): \(found) không phải thang đánh giá đã biết (\(known)) hay do bản ghi định nghĩa")
        case .schemeInWrongSection(let subject, let scheme, let section):
            return ("\(subject.text(.en)): scheme \(scheme) cannot stand in \(section)",
                    "\(subject.text(.vi)): thang \(scheme) không dùng được cho \(section)")
        case .duplicateScheme(let subject, let scheme):
            return ("\(subject.text(.en)) names scheme \(scheme) twice", "\(subject.text(.vi)) ghi thang \(scheme) hai lần")
        case .unknownCategory(let subject, let key, let scheme):
            return ("\(subject.text(.en)): \"\(key)\" is not a category of \(scheme.id) (\(scheme.categoryList))",
                    "\(subject.text(.vi)): \"\(key)\" không phải loại của thang \(scheme.id) (\(scheme.categoryList))")
        case .duplicateCategory(let subject, let category):
            return ("\(subject.text(.en)) gives category \(category) twice", "\(subject.text(.vi)) ghi loại \(category) hai lần")
        case .rateCountExceedsOf(let subject, let count, let of):
            return ("\(subject.text(.en)): count \(count) is larger than of \(of)",
                    "\(subject.text(.vi)): số lượng \(count) lớn hơn tổng \(of)")
        case .classificationExceedsMembers(let classified, let members):
            return ("\"party.classification\" adds up to \(classified), more than the \(members) members",
                    "\"party.classification\" cộng lại được \(classified), nhiều hơn \(members) đảng viên")
        case .probationaryExceedsMembers(let probationary, let members):
            return ("\"party.probationary\" is \(probationary), more than the \(members) members",
                    "\"party.probationary\" là \(probationary), nhiều hơn \(members) đảng viên")
        case .invalidBetter(let subject, let found):
            return ("\(subject.text(.en)) must be \"higher\" or \"lower\", found \(found)",
                    "\(subject.text(.vi)) phải là \"higher\" hoặc \"lower\", gặp \(found)")
        case .targetBoundsReversed(let subject, let min, let max):
            return ("\(subject.text(.en)): min \(min) is larger than max \(max)",
                    "\(subject.text(.vi)): min \(min) lớn hơn max \(max)")
        case .achievedOnNumericTarget(let subject):
            return ("\(subject.text(.en)) has min or max, so it is numeric and cannot have \"achieved\"; give \"actual\"",
                    "\(subject.text(.vi)) có min hoặc max nên là chỉ tiêu số, không được có \"achieved\"; hãy ghi \"actual\"")
        case .actualOnYesNoTarget(let subject):
            return ("\(subject.text(.en)) has neither min nor max, so it is a yes/no target and cannot have \"actual\"; give \"achieved\"",
                    "\(subject.text(.vi)) không có min và max nên là chỉ tiêu có/không, không được có \"actual\"; hãy ghi \"achieved\"")
        case .unknownMetric(let subject, let found):
            return ("\(subject.text(.en)): \(found) is not a figure a record holds (promotion, graduation, admission, conduct.<category>, academic.<category>, party.members, party.<level>, party.goodOrBetter)",
                    "\(subject.text(.vi)): \(found) không phải số liệu của bản ghi (promotion, graduation, admission, conduct.<loại>, academic.<loại>, party.members, party.<mức>, party.goodOrBetter)")
        case .tooManyTargets(let count, let limit):
            return ("the record has \(count) targets, more than the limit of \(limit)",
                    "bản ghi có \(count) chỉ tiêu, vượt giới hạn \(limit)")
        case .schemeCategoriesInvalid(let subject, let reason):
            return ("\(subject.text(.en)): \(reason)", "\(subject.text(.vi)): \(reason)")
        case .identicalRepeats(let count, let file):
            return ("\(count) records repeat those of \(file) exactly; each is read once",
                    "\(count) bản ghi trùng khớp hoàn toàn với \(file); mỗi bản ghi chỉ được đọc một lần")
        case .distributionTotalMismatch(let section, let total, let enrolled):
            return ("\"\(section)\" counts add up to \(total), but \"students.enrolled\" is \(enrolled)",
                    "số liệu \"\(section)\" cộng lại được \(total), nhưng \"students.enrolled\" là \(enrolled)")
        case .membersUnclassified(let unclassified, let members):
            return ("\(unclassified) of the \(members) members were not classified",
                    "\(unclassified) trong số \(members) đảng viên chưa được phân loại")
        case .reportedPercentMismatch(let field, let printed, let computed, let count, let total):
            return ("\"\(field)\" is printed as \(en.percent(printed)), but \(count) of \(total) is \(en.percent(computed))",
                    "\"\(field)\" được ghi là \(vi.percent(printed)), nhưng \(count)/\(total) là \(vi.percent(computed))")
        case .reportedPercentSum(let field, let sum):
            return ("the printed shares of \"\(field)\" add up to \(en.percent(sum)), more than 100% by more than rounding",
                    "các tỉ lệ in ra của \"\(field)\" cộng lại được \(vi.percent(sum)), vượt 100% quá mức làm tròn")
        case .ratePercentMismatch(let field, let printed, let computed):
            return ("\"\(field).percent\" is \(en.percent(printed)), but count over of gives \(en.percent(computed))",
                    "\"\(field).percent\" là \(vi.percent(printed)), nhưng count/of cho \(vi.percent(computed))")
        case .targetActualMismatch(let name, let actual, let metric, let value):
            return ("target \"\(name)\" gives actual \(en.number(actual)), but the record's \(metric) is \(en.number(value))",
                    "chỉ tiêu \"\(name)\" ghi kết quả \(vi.number(actual)), nhưng \(metric) của bản ghi là \(vi.number(value))")
        case .promotionWithFailingStudents(let rate, let category, let count):
            return ("promotion is \(en.percent(rate)), yet \(count) students are rated \(category) and cannot be promoted",
                    "tỉ lệ lên lớp \(vi.percent(rate)), nhưng có \(count) học sinh xếp loại \(category) không được lên lớp")
        case .excellentAboveQuota(let excellent, let good):
            return ("\(excellent) members rated excellent is more than 20% of the \(good) rated good; the quota applies to the ward or commune party committee, so this is only a note",
                    "\(excellent) đảng viên hoàn thành xuất sắc nhiều hơn 20% của \(good) đảng viên hoàn thành tốt; tỉ lệ này áp dụng cho đảng bộ xã, phường nên chỉ là ghi chú")
        case .importedForReview(let report, let line, let reason, let figures, let sentence):
            let why: (String, String) = switch reason {
            case "contradicts": ("differs from a value already taken from the report", "khác với giá trị đã lấy từ báo cáo")
            case "in-parentheses": ("in parentheses, read as a remark", "nằm trong ngoặc, được coi là ghi chú")
            case "does-not-add-up": ("the counts do not add up to the printed total", "các số không cộng đúng tổng đã in")
            case "fails-check": ("contradictory figures, taken out of the record", "số liệu mâu thuẫn, đã bỏ khỏi bản ghi")
            case "shares-without-counts": ("shares printed without counts", "tỉ lệ không kèm số lượng")
            default: ("not placed in any field", "chưa được đưa vào trường nào")
            }
            return ("\(report) line \(line): \(figures) — \(why.0), to review: «\(sentence)»",
                    "\(report) dòng \(line): \(figures) — \(why.1), cần xem lại: «\(sentence)»")
        case .duplicateRecord(let first):
            return ("this school and period are already given at \(first)", "trường và kỳ báo cáo này đã có ở \(first)")
        case .schoolNameConflict(let first, let second):
            return ("the school id is used for \"\(first)\" and for \"\(second)\"",
                    "mã trường được dùng cho cả \"\(first)\" và \"\(second)\"")
        }
    }

    private static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
        guard let suggestion else { return "" }
        return language == .en ? " — did you mean \"\(suggestion)\"?" : " — có phải là \"\(suggestion)\"?"
    }
}

/// What the JSON reader expected where it stopped.
public enum Expected: Sendable, Hashable {
    case value, objectKey, colon, commaOrObjectEnd, commaOrArrayEnd, endOfInput, stringEnd, escape, digit

    var en: String {
        switch self {
        case .value: "a value (object, array, string, number, true, false or null)"
        case .objectKey: "a field name in double quotes"
        case .colon: "':' after the field name"
        case .commaOrObjectEnd: "',' or '}'"
        case .commaOrArrayEnd: "',' or ']'"
        case .endOfInput: "the end of the file"
        case .stringEnd: "a closing '\"'"
        case .escape: "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
        case .digit: "a digit"
        }
    }

    var vi: String {
        switch self {
        case .value: "một giá trị (đối tượng, mảng, chuỗi, số, true, false hoặc null)"
        case .objectKey: "tên trường trong ngoặc kép"
        case .colon: "dấu ':' sau tên trường"
        case .commaOrObjectEnd: "dấu ',' hoặc '}'"
        case .commaOrArrayEnd: "dấu ',' hoặc ']'"
        case .endOfInput: "hết tệp"
        case .stringEnd: "dấu '\"' đóng chuỗi"
        case .escape: "một chuỗi thoát hợp lệ (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
        case .digit: "một chữ số"
        }
    }
}

/// What the JSON reader found where it stopped.
public enum Found: Sendable, Hashable {
    /// The text there, already quoted: `'}'`, `"NaN"`.
    case token(String)
    case endOfFile, lineBreak, controlCharacter, loneSurrogate

    var en: String {
        switch self {
        case .token(let text): text
        case .endOfFile: "the end of the file"
        case .lineBreak: "a line break"
        case .controlCharacter: "a control character"
        case .loneSurrogate: "a lone surrogate"
        }
    }

    var vi: String {
        switch self {
        case .token(let text): text
        case .endOfFile: "hết tệp"
        case .lineBreak: "dấu xuống dòng"
        case .controlCharacter: "ký tự điều khiển"
        case .loneSurrogate: "một nửa cặp thay thế (surrogate) đứng riêng"
        }
    }
}

/// The kinds of value a field can require.
public enum ValueKind: Sendable, Hashable {
    case object, array, text, wholeNumber, number, percent, boolean, objectOrArray, schemeReference, grades

    var en: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .text: "a non-empty text"
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .percent: "a number from 0 to 100"
        case .boolean: "true or false"
        case .objectOrArray: "an object or an array of objects"
        case .schemeReference: "a scheme id or a scheme definition"
        case .grades: "a list of grades from 1 to 12"
        }
    }

    var vi: String {
        switch self {
        case .object: "một đối tượng"
        case .array: "một mảng"
        case .text: "một chuỗi không rỗng"
        case .wholeNumber: "một số nguyên"
        case .number: "một số"
        case .percent: "một số từ 0 đến 100"
        case .boolean: "true hoặc false (có/không)"
        case .objectOrArray: "một đối tượng hoặc mảng các đối tượng"
        case .schemeReference: "mã thang đánh giá hoặc định nghĩa thang"
        case .grades: "danh sách khối lớp từ 1 đến 12"
        }
    }
}
