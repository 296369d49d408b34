/// A PDF object as the page copier needs it: enough to follow references and read a few keys.
/// Strings keep their bytes undecoded; the copier never rewrites them, it copies their text.
indirect enum PDFValue: Equatable {
    case integer(Int)
    case real
    case name(String)
    case string
    case boolean
    case null
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case reference(Int)

    subscript(key: String) -> PDFValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    var typeName: String? {
        if case .name(let name)? = self["Type"] { return name }
        return nil
    }
}
