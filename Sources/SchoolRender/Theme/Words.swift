import SchoolMetrics

/// The few words charts write themselves, in Vietnamese or English.
public struct Words: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// The status word, e.g. `Đạt` / `Met`.
    public func status(_ status: TargetStatus) -> String {
        switch status {
        case .met: pick("Đạt", "Met")
        case .exceeded: pick("Vượt", "Exceeded")
        case .missed: pick("Chưa đạt", "Missed")
        case .pending: pick("Chờ số liệu", "Pending")
        }
    }

    /// The status symbol, drawn beside the colour so grey print still reads.
    public func symbol(_ status: TargetStatus) -> String {
        switch status {
        case .met: "✓"
        case .exceeded: "▲"
        case .missed: "✗"
        case .pending: "○"
        }
    }

    public var noData: String { pick("Không có số liệu", "No data") }
    public var yes: String { pick("Có", "Yes") }
    public var no: String { pick("Không", "No") }
    public var target: String { pick("Chỉ tiêu", "Target") }
    public var estimated: String { pick("ước tính", "estimated") }
}
