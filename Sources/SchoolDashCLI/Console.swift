import Foundation

/// Where a command writes: standard output for results, standard error for findings and progress.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// True when standard error is a terminal (progress is shown only then).
    var errorIsTerminal: Bool { get }
}

/// The process's own standard output and error.
public final class StandardConsole: Console {
    public init() {}

    public func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    public var errorIsTerminal: Bool { isatty(2) == 1 }
}

/// A console that keeps what is written, for tests.
public final class RecordingConsole: Console {
    public private(set) var output: [String] = []
    public private(set) var errors: [String] = []

    public init() {}

    public func out(_ text: String) { output.append(text) }
    public func err(_ text: String) { errors.append(text) }
    public var errorIsTerminal: Bool { false }
}
