/// Writes a `JSONValue` as text: members in the order given (so output is stable and reads in a
/// sensible order), two-space indentation, UTF-8 kept as is, `/` not escaped.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        append(value, to: &out, indent: 0, pretty: pretty)
        if pretty { out += "\n" }
        return out
    }

    private static func append(_ value: JSONValue, to out: inout String, indent: Int, pretty: Bool) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                out += String(Int(number))
            } else {
                out += "\(number)"
            }
        case .string(let text): appendString(text, to: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                append(element, to: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { newline(&out, indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                appendString(member.key, to: &out)
                out += pretty ? ": " : ":"
                append(member.value, to: &out, indent: indent + 1, pretty: pretty)
            }
            if pretty { newline(&out, indent) }
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    private static func appendString(_ text: String, to out: inout String) {
        out += "\""
        // Most strings are printable ASCII without quotes or backslashes: copied whole.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            // Controls and invisible formatting (bidi overrides, zero-width characters) are escaped:
            // still the same JSON string, but harmless when the output is shown in a terminal.
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0x061C:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONValue {
    /// `nil` becomes `null`, so "not published" is explicit in output rather than a missing key.
    public static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    public static func int(_ number: Int?) -> JSONValue { number.map { .number(Double($0)) } ?? .null }
    public static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
    /// An object from key-value pairs in the order given.
    public static func dict(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.key, value: $0.value) })
    }
    public static func dict(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.0, value: $0.1) })
    }
}
