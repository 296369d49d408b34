/// A set of exclusive categories that students are rated in, best first.
///
/// The five schemes of the format are built in (``Scheme/builtIn``); a record may define
/// its own. Distributions of different schemes are never added together.
public struct Scheme: Sendable, Hashable {
    /// One category of a scheme: a stable id and the label printed in reports.
    public struct Category: Sendable, Hashable {
        public let id: String
        public let label: String
        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    /// What a scheme rates, which tells whether it may stand in `conduct` or `academic`.
    public enum Family: String, Sendable, Hashable {
        case conduct, academic, any
    }

    public let id: String
    public let categories: [Category]
    public let family: Family
    /// True for the schemes defined by the format itself.
    public let isBuiltIn: Bool

    public init(id: String, categories: [Category], family: Family = .any, isBuiltIn: Bool = false) {
        self.id = id
        self.categories = categories
        self.family = family
        self.isBuiltIn = isBuiltIn
    }

    /// The index of the category a key names: its id or its label, in any case and normalization.
    public func categoryIndex(forKey key: String) -> Int? {
        if let index = categoryIndex(id: key) { return index }
        let wanted = key.nfc.lowercased()
        return categories.firstIndex { $0.id == wanted || $0.label.lowercased() == wanted }
    }

    /// The index of the category with this exact id.
    public func categoryIndex(id: String) -> Int? {
        categories.firstIndex { $0.id == id }
    }

    /// The categories as `tot "Tốt", kha "Khá"`, for messages.
    public var categoryList: String {
        categories.map { "\($0.id) \"\($0.label)\"" }.joined(separator: ", ")
    }
}

extension Scheme {
    /// The schemes of the format, in the order the format lists them.
    public static let builtIn: [Scheme] = [conduct2011, academic2011, training2021, learning2021, primary2020]

    /// The built-in scheme with this id.
    public static func builtIn(id: String) -> Scheme? {
        builtIn.first { $0.id == id }
    }

    /// Hạnh kiểm, Circular 58/2011.
    public static let conduct2011 = Scheme(
        id: "conduct-2011",
        categories: [.init(id: "tot", label: "Tốt"), .init(id: "kha", label: "Khá"),
                     .init(id: "trung-binh", label: "Trung bình"), .init(id: "yeu", label: "Yếu")],
        family: .conduct, isBuiltIn: true)

    /// Học lực, Circular 58/2011.
    public static let academic2011 = Scheme(
        id: "academic-2011",
        categories: [.init(id: "gioi", label: "Giỏi"), .init(id: "kha", label: "Khá"),
                     .init(id: "trung-binh", label: "Trung bình"), .init(id: "yeu", label: "Yếu"),
                     .init(id: "kem", label: "Kém")],
        family: .academic, isBuiltIn: true)

    /// Kết quả rèn luyện, Circular 22/2021.
    public static let training2021 = Scheme(
        id: "training-2021", categories: fourLevels2021, family: .conduct, isBuiltIn: true)

    /// Kết quả học tập, Circular 22/2021.
    public static let learning2021 = Scheme(
        id: "learning-2021", categories: fourLevels2021, family: .academic, isBuiltIn: true)

    /// Primary schools, Circular 27/2020; it may stand in either section.
    public static let primary2020 = Scheme(
        id: "primary-2020",
        categories: [.init(id: "xuat-sac", label: "Hoàn thành xuất sắc"),
                     .init(id: "tot", label: "Hoàn thành tốt"),
                     .init(id: "hoan-thanh", label: "Hoàn thành"),
                     .init(id: "chua-hoan-thanh", label: "Chưa hoàn thành")],
        family: .any, isBuiltIn: true)

    private static let fourLevels2021: [Category] = [
        .init(id: "tot", label: "Tốt"), .init(id: "kha", label: "Khá"),
        .init(id: "dat", label: "Đạt"), .init(id: "chua-dat", label: "Chưa đạt"),
    ]
}
