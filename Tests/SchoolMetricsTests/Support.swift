import Foundation
@testable import SchoolMetrics

/// Loads text as if it were a file of that name.
func load(_ text: String, name: String = "test.json") -> Loader.Result {
    Loader().load(bytes: Array(text.utf8), name: name)
}

/// The folder of the package, found from this file.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A path inside the package.
func packagePath(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
}

/// A fixture under Tests/SchoolMetricsTests/Fixtures.
func fixturePath(_ relative: String) -> String {
    packagePath("Tests/SchoolMetricsTests/Fixtures/" + relative)
}

/// A minimal valid record, as JSON text, with `extra` fields spliced into its top level.
func recordJSON(_ extra: String = "", school: String = "thcs-a", period: String = "2021") -> String {
    """
    {
      "school": { "id": "\(school)", "name": "Trường THCS A", "ward": "Phường 1" },
      "period": "\(period)"\(extra.isEmpty ? "" : ",\n  " + extra)
    }
    """
}
