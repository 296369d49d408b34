import Foundation
import Testing
import OfficeContainer
@testable import SchoolMetrics

/// Workbooks whose cells are changed into every kind Excel stores: the loader never crashes,
/// and every error names its sheet and cell.
@Suite("Mutated workbook cells")
struct WorkbookMutationTests {
    private static let values: [Spreadsheet.Cell.Value] = [
        .text(""), .text("  "), .text("698 em"), .text("94,7"), .text("có"), .text("Tốt"), .text("\u{202E}x"),
        .text(String(repeating: "a", count: 400)), .number(-1), .number(661.5), .number(1e300), .number(0),
        .number(0.947), .number(44347), .boolean(true), .boolean(false), .error("#DIV/0!"), .error("#N/A"),
        .formulaWithoutValue(formula: "A1"),
    ]
    private static let formats: [Spreadsheet.Cell.Format] = [.general, .percent, .date]

    @Test func mutatedCellsGivePlacedErrorsNeverACrash() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: packagePath("Samples/demo/xlsx/demo.xlsx"))))
        let original = try Spreadsheet(bytes)
        var random = RandomSource(seed: 15)
        var errors = 0
        for _ in 0..<150 {
            var workbook = original
            for _ in 0..<random.int(1...6) {
                let sheet = random.int(0...(workbook.sheets.count - 1))
                guard !workbook.sheets[sheet].rows.isEmpty else { continue }
                let row = random.int(0...(workbook.sheets[sheet].rows.count - 1))
                var cells = workbook.sheets[sheet].rows[row].cells
                guard !cells.isEmpty else { continue }
                let index = random.int(0...(cells.count - 1))
                switch random.int(0...3) {
                case 0: cells.remove(at: index)                       // a cell emptied
                case 1: cells[index].format = random.pick(Self.formats)
                default: cells[index].value = random.pick(Self.values)
                }
                workbook.sheets[sheet].rows[row].cells = cells
            }
            let part = Loader().read(workbook, name: "mutated.xlsx")
            for diagnostic in part.diagnostics where diagnostic.severity == .error {
                errors += 1
                #expect(diagnostic.place.sheet != nil && diagnostic.place.cell != nil && diagnostic.place.line != nil,
                        "\(diagnostic.rendered(.en))")
            }
        }
        #expect(errors > 0)
    }
}
