/// The text rules of iCalendar (RFC 5545 section 3.1 and 3.3.11): escaping TEXT values, folding
/// content lines at 75 octets, and unfolding them again.
public enum ICalendarText {
    /// The longest content line, in octets, not counting the CRLF that ends it.
    public static let maximumLineOctets = 75

    /// A TEXT value: backslash, semicolon and comma escaped with a backslash, every line break
    /// (CRLF, CR, LF) written as `\n`. Control characters are made visible first (see
    /// `ExportText`), since TEXT may not contain them.
    public static func escape(_ text: String, multiline: Bool = true) -> String {
        var out = ""
        for scalar in ExportText.clean(text, multiline: multiline).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits one content line (without its CRLF) into lines of at most 75 octets, each joined to
    /// the next by CRLF and one space, never inside a UTF-8 sequence. The result has no final CRLF.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > maximumLineOctets else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 20 * 3)
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumLineOctets {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out
    }

    /// Undoes folding: every CRLF (or bare LF, as some programs write) followed by one space or
    /// tab is removed.
    public static func unfold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 2 < scalars.count, scalars[index + 1] == "\n", scalars[index + 2] == " " || scalars[index + 2] == "\t" {
                index += 3
                continue
            }
            if scalar == "\n", index + 1 < scalars.count, scalars[index + 1] == " " || scalars[index + 1] == "\t" {
                index += 2
                continue
            }
            out.append(scalar)
            index += 1
        }
        return String(out)
    }

    /// A UID made only of letters, digits, `-`, `.` and `_`; any other octet of the UTF-8 text is
    /// written `%XX`, so different ids never give the same UID and the UID needs no escaping in
    /// any calendar program.
    public static func uidPart(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
