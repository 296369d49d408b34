import Foundation

/// The date written into files that carry one (PDF metadata, a workbook's properties): never
/// the clock, so that the same input gives the same bytes.
public enum SourceDate {
    /// `SOURCE_DATE_EPOCH` in seconds when it is set and valid, else 2000-01-01 (946,684,800).
    public static func seconds(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } ?? 946_684_800
    }

    /// ``seconds(environment:)`` of this process, worked out once.
    public static let processSeconds = seconds()
}
