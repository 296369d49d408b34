/// The sheets of an Excel workbook (`.xlsx`), read as their producers write them: every cell
/// with its value, its kind and whether its number format shows it as a percent or a date.
///
/// Only what a reader of figures needs: the sheets and their names (workbook part and its
/// relationships), shared strings (rich-text runs as one string), inline strings, numbers,
/// booleans, errors, the cached values of formulas, and the number formats of `styles.xml`.
/// Knows nothing of what the sheets hold.
public struct Spreadsheet: Sendable {
    /// Why a workbook cannot be read.
    public struct Failure: Error, Equatable, Sendable {
        public var reason: String

        public init(reason: String) { self.reason = reason }
    }

    /// The sheets, in the workbook's order.
    public var sheets: [Sheet]
    /// True when the workbook counts dates from 1904 (old Mac Excel) rather than 1900.
    public var date1904: Bool

    /// Reads the workbook held in `bytes`, its zip container within `limits`.
    public init(_ bytes: [UInt8], limits: ZipArchive.Limits = ZipArchive.Limits()) throws(Failure) {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes, limits: limits)
        } catch {
            throw Failure(reason: error.reason)
        }
        let names = Set(archive.names)
        func part(_ name: String) throws(Failure) -> [UInt8] {
            do {
                return try archive.file(name)
            } catch {
                throw Failure(reason: error.reason)
            }
        }
        let workbookPath = try PackageRelationships.officeDocument(in: names, read: part)
        let relationships = try PackageRelationships.load(for: workbookPath, in: names, read: part)
        let workbook = WorkbookPart()
        try workbook.parse(try part(workbookPath), name: workbookPath)
        date1904 = workbook.date1904

        var strings: [String] = []
        if let path = relationships.first(ofType: "sharedStrings"), names.contains(path) {
            strings = try SharedStringsPart.read(try part(path))
        }
        var formats = NumberFormats()
        if let path = relationships.first(ofType: "styles"), names.contains(path) {
            let reader = StylesPart()
            try reader.parse(try part(path), name: path)
            formats = reader.formats
        }
        sheets = []
        for entry in workbook.sheets {
            guard let path = relationships.target(of: entry.relationship) else {
                throw Failure(reason: "the sheet “\(entry.name)” has no part in the workbook's relationships")
            }
            // Chart sheets and dialog sheets have relationships of other kinds: they hold no cells.
            guard relationships.type(of: entry.relationship)?.hasSuffix("/worksheet") ?? true else { continue }
            do {
                sheets.append(Sheet(name: entry.name, rows: try WorksheetPart(strings: strings, formats: formats).read(try part(path))))
            } catch {
                throw Failure(reason: "\(path) (sheet “\(entry.name)”): \(error.reason)")
            }
        }
    }

    /// The date of a date-formatted cell's number, `2021-05-31` (times of day left out).
    public func isoDate(serial: Double) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        if date1904 {
            day += 1462
        } else if day < 61 {
            // Excel's 1900 counts a 29 February 1900 that never was: days before it are one off.
            day += 1
        }
        // Day 0 of the 1900 system is 30 December 1899; civil-from-days (Howard Hinnant).
        let z = day - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
