import Foundation

/// The folder of the package, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A path inside the package.
func packagePath(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
}

/// A fixture under Tests/SchoolImportTests/Fixtures.
func fixturePath(_ relative: String) -> String {
    packagePath("Tests/SchoolImportTests/Fixtures/" + relative)
}
