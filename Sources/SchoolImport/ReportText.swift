import SchoolMetrics
import OfficeContainer

/// The lines of a report, from a plain-text file (UTF-8, any normalization, LF or CRLF) or a
/// Word `.docx` file, in NFC with line numbers as the reader sees them.
public struct ReportText: Sendable {
    public var name: String
    public var lines: [String]

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public init(name: String, bytes: [UInt8]) throws(Failure) {
        self.name = name
        if name.lowercased().hasSuffix(".docx") {
            do {
                lines = try WordText.lines(bytes).map(\.nfc)
            } catch {
                throw Failure(description: "\(name): \(error.reason)")
            }
            return
        }
        var text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        text.removeAll { $0 == UInt8(ascii: "\r") }
        guard let decoded = String(validating: text, as: UTF8.self) else {
            throw Failure(description: "\(name): the text is not UTF-8")
        }
        lines = decoded.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).nfc }
    }
}
