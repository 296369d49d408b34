/// File-name-safe words from Vietnamese text: `Phường Kỳ Phương` → `phuong-ky-phuong`.
///
/// Output files are named from ids and slugs only, never from raw text.
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens; `empty` when nothing is left.
    public static func make(_ text: String, empty: String = "x", maxLength: Int = 80) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let mapped: Character? = switch scalar {
            case "đ", "Đ": "d"
            case "a"..."z", "0"..."9": Character(scalar)
            case "A"..."Z": Character(String(scalar).lowercased())
            default: nil
            }
            guard let mapped else {
                pendingHyphen = !slug.isEmpty
                continue
            }
            if pendingHyphen { slug.append("-") }
            pendingHyphen = false
            slug.append(mapped)
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? empty : slug
    }
}
