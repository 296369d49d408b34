/// A problem with the inputs themselves rather than their data: a usage or I/O error.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: Message

    public init(path: String, message: Message) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message.en)" }

    static func notFound(_ path: String) -> InputError {
        InputError(path: path, message: Message(en: "no such file or directory", vi: "không có tệp hoặc thư mục này"))
    }

    static func unreadable(_ path: String, _ reason: String) -> InputError {
        InputError(path: path, message: Message(en: "cannot read: \(reason)", vi: "không đọc được: \(reason)"))
    }
}
