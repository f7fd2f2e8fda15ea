import TerminalCanvas

/// Data text made safe for an export file. Every export is read by another program (a calendar,
/// a Markdown viewer, a spreadsheet) and often shown in a terminal, so text from the data file or
/// a note must not carry controls that act on the reader. Every other scalar is replaced by the
/// terminal's own table (`TextSanitizer.replacement(for:)`: control pictures for C0, U+FFFD for C1
/// and invisible format characters, ZWJ and ZWNJ kept), so the two can never drift apart; only the
/// whitespace rules differ, for files rather than cells:
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
            out.append(TextSanitizer.replacement(for: scalar) ?? scalar)
        }
        return String(out)
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
