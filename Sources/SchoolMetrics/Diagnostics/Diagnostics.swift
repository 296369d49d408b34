/// The findings of one run, collected in order, with a cap per file so that a broken
/// file cannot flood the output.
public struct Diagnostics: Sendable {
    /// How many findings one file may add before the rest are counted only.
    public static let capPerFile = 50

    public private(set) var all: [Diagnostic] = []
    private var countByFile: [String: Int] = [:]
    private var omittedByFile: [String: Int] = [:]
    private var omittedErrors = 0

    public init() {}

    public mutating func add(_ diagnostic: Diagnostic) {
        let file = diagnostic.place.file
        let count = countByFile[file, default: 0]
        if count < Diagnostics.capPerFile {
            all.append(diagnostic)
            countByFile[file] = count + 1
        } else {
            omittedByFile[file, default: 0] += 1
            if diagnostic.severity == .error { omittedErrors += 1 }
        }
    }

    public mutating func add(contentsOf other: Diagnostics) {
        for diagnostic in other.all { add(diagnostic) }
        for (file, omitted) in other.omittedByFile { omittedByFile[file, default: 0] += omitted }
        omittedErrors += other.omittedErrors
    }

    public var errorCount: Int { all.count { $0.severity == .error } + omittedErrors }
    public var warningCount: Int { all.count { $0.severity == .warning } }
    public var hasErrors: Bool { errorCount > 0 }

    /// One line per file whose findings were cut, sorted by file.
    public var omissionNotes: [Message] {
        omittedByFile.keys.sorted().map { file in
            let n = omittedByFile[file]!
            return Message(en: "\(file): \(n) more findings not shown", vi: "\(file): còn \(n) phát hiện khác không hiển thị")
        }
    }
}
