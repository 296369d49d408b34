/// The rows of a table handed out one at a time, as ``CSVDocument`` reads them: a CSV file read
/// as it goes (``CSVReader``), or a workbook's sheet already read (``CSVTable``).
protocol TableRows {
    /// What reading a row may fail with: ``CSVTable/Failure`` for a CSV file, `Never` for a sheet.
    associatedtype Failure: Error

    /// The delimiter of a CSV file (`,` for a sheet): with `;` or tab, numbers have a decimal comma.
    var delimiter: UInt8 { get }
    /// The cells of the header row.
    var header: [CSVTable.Cell] { get }

    /// Puts the next row's cells in `row` (replacing what it held); false after the last row.
    mutating func nextRow(into row: inout [CSVTable.Cell]) throws(Failure) -> Bool
}
