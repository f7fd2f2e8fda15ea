/// Quotes file text inside a message: at most 80 characters, quotes and backslashes escaped,
/// control and bidi characters written as `\u{..}` so a message can neither break a line nor
/// reorder itself in a terminal (the same rules as the `adex-guide/1` loader's messages).
enum FairQuote {
    static func quoted(_ text: String) -> String {
        var out = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == 80 {
                out += "…"
                break
            }
            count += 1
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
