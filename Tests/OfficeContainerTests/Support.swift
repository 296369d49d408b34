import Foundation

/// The folder of the package, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bytes of a file inside the package.
func packageBytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relative)))
}

/// The bytes of a fixture of these tests (made by scripts/make-xlsx-fixtures.sh).
func fixture(_ name: String) throws -> [UInt8] {
    try packageBytes("Tests/OfficeContainerTests/Fixtures/" + name)
}
