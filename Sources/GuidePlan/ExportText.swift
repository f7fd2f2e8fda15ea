/// Data text made safe for an export file. Every export is read by another program (a calendar,
/// a Markdown viewer, a spreadsheet) and often shown in a terminal, so text from the data file or
/// a note must not carry controls that act on the reader. GuidePlan depends on GuideModel only, so
/// it cannot reach TerminalCanvas's `TextSanitizer`; these rules are the same, minus terminal
/// width concerns:
/// - C0 controls other than line breaks and TAB become their Control Picture (ESC -> `␛`), DEL
///   becomes `␡`, C1 controls (U+0080...U+009F, except NEL, a line break) become U+FFFD.
/// - Bidirectional overrides and invisible format characters (U+061C, U+200B, U+200E, U+200F,
///   U+202A...U+202E, U+2060...U+2064, U+2066...U+206F, U+FEFF) become U+FFFD; ZWJ and ZWNJ stay
///   (emoji sequences, Persian and Indic text).
/// - TAB becomes a space. Line breaks (CRLF, CR, LF, NEL, U+2028, U+2029) become LF in multi-line
///   text; in single-line text each run of whitespace holding a line break becomes one space.
/// - Leading and trailing whitespace is removed; in multi-line text, trailing spaces of each line
///   too.
enum ExportText {
    static func clean(_ text: String, multiline: Bool) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpaces = 0
        var pendingBreaks = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let wasCR = previousWasCR
            previousWasCR = value == 0x0D
            switch value {
            case 0x20, 0x09:
                pendingSpaces += 1
                continue
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                if value == 0x0A && wasCR { continue }
                pendingBreaks += 1
                // Spaces before a line break are trailing spaces of the line: dropped.
                if multiline { pendingSpaces = 0 }
                continue
            default:
                break
            }
            if !out.isEmpty {
                if multiline {
                    for _ in 0..<pendingBreaks { out.append("\n") }
                    for _ in 0..<pendingSpaces { out.append(" ") }
                } else if pendingBreaks > 0 {
                    out.append(" ")
                } else {
                    for _ in 0..<pendingSpaces { out.append(" ") }
                }
            }
            pendingSpaces = 0
            pendingBreaks = 0
            out.append(replacement(for: scalar) ?? scalar)
        }
        return String(out)
    }

    /// The visible stand-in for a scalar that must not reach a reader, or nil when it is safe.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + value)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: return "\u{FFFD}"
        default: return nil
        }
    }

    /// `20240924T063000Z`: a UTC moment as an iCalendar DATE-TIME (milliseconds are dropped).
    static func utcDateTime(_ milliseconds: Int64) -> String {
        let text = PlanTimestamp.text(milliseconds)  // 2024-09-24T06:30:00.000Z
        return text.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
    }

    /// `2024-09-24 06:30 UTC`: a UTC moment for people.
    static func utcMinute(_ milliseconds: Int64) -> String {
        let text = PlanTimestamp.text(milliseconds)
        return text.prefix(10) + " " + text.dropFirst(11).prefix(5) + " UTC"
    }
}
