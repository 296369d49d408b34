/// A JSON value to write, with object members in the order given, so that output is stable.
public enum JSONOutput: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONOutput])
    case object([(String, JSONOutput)])

    public static func == (a: JSONOutput, b: JSONOutput) -> Bool {
        a.serialized() == b.serialized()
    }

    /// An optional value, `null` when missing.
    public static func optional<T>(_ value: T?, _ wrap: (T) -> JSONOutput) -> JSONOutput {
        value.map(wrap) ?? .null
    }

    /// The JSON text; `indent` spaces per level, or one line when nil.
    public func serialized(indent: Int? = 2) -> String {
        var output = ""
        write(into: &output, indent: indent, level: 0)
        return output
    }

    private func write(into output: inout String, indent: Int?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += JSONOutput.number(value)
        case .string(let text): JSONOutput.quote(text, into: &output)
        case .array(let elements):
            writeContainer(elements, open: "[", close: "]", into: &output, indent: indent, level: level) { element, output in
                element.write(into: &output, indent: indent, level: level + 1)
            }
        case .object(let members):
            writeContainer(members, open: "{", close: "}", into: &output, indent: indent, level: level) { member, output in
                JSONOutput.quote(member.0, into: &output)
                output += indent == nil ? ":" : ": "
                member.1.write(into: &output, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer<Element>(_ elements: [Element], open: String, close: String, into output: inout String,
                                         indent: Int?, level: Int, writeElement: (Element, inout String) -> Void) {
        output += open
        guard !elements.isEmpty else { output += close; return }
        let newline = indent.map { "\n" + String(repeating: " ", count: $0 * (level + 1)) } ?? ""
        for (index, element) in elements.enumerated() {
            if index > 0 { output += "," }
            output += newline
            writeElement(element, &output)
        }
        output += indent.map { "\n" + String(repeating: " ", count: $0 * level) } ?? ""
        output += close
    }

    /// The shortest text that reads back as the same double; whole numbers without `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
