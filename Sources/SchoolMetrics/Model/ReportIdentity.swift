/// The fields that say whose record it is and for when, and the option of `schooldash import`
/// that supplies each when a report does not name it. A record `import` writes without one of
/// them is still written, with every figure it read; the loader then names the field and the
/// option until someone fills it in.
public enum ReportIdentity: String, CaseIterable, Sendable {
    case schoolName = "school.name"
    case schoolID = "school.id"
    case ward = "school.ward"
    case period

    /// The field's path in a record, as docs/format.md names it.
    public var field: String { rawValue }

    /// The option of `schooldash import` that supplies the field.
    public var option: String {
        switch self {
        case .schoolName: "--school-name"
        case .schoolID: "--school-id"
        case .ward: "--ward"
        case .period: "--period"
        }
    }

    /// What the field holds, in both languages, for messages.
    public var meaning: Message {
        switch self {
        case .schoolName: Message(en: "the school's name", vi: "tên trường")
        case .schoolID: Message(en: "the school's id", vi: "mã trường")
        case .ward: Message(en: "the ward or commune", vi: "phường/xã")
        case .period: Message(en: "the reporting period", vi: "kỳ báo cáo")
        }
    }

    /// The field with the given path, if it is one of these.
    public init?(field: String) {
        self.init(rawValue: field)
    }
}
