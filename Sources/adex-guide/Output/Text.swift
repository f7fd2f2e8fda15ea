import TerminalCanvas

/// The command line's single doorway to `TerminalCanvas` for measuring and cleaning text: every
/// string that came from a data file goes through `line`/`block` before it is printed.
enum Text {
    /// Columns the text occupies in a terminal.
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// Single-line data text with control characters and escape sequences neutralised.
    static func line(_ text: String) -> String { TextSanitizer.sanitizeLine(text) }

    /// Multi-line data text, neutralised, newlines kept.
    static func block(_ text: String) -> String { TextSanitizer.sanitizeBlock(text) }

    /// Cut to `width` columns with an ellipsis, never inside a character.
    static func clip(_ text: String, _ width: Int) -> String { TextLayout.truncate(text, toWidth: width) }

    /// Wrapped to `width` columns.
    static func wrap(_ text: String, _ width: Int) -> [String] { TextLayout.wrap(text, width: width) }

    /// Quotes user or data text inside a message.
    static func quote(_ text: String) -> String { "\"" + line(text) + "\"" }

    /// Pads with spaces to `width` columns (no cutting).
    static func padRight(_ text: String, _ width: Int) -> String {
        let missing = width - self.width(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        let missing = width - self.width(text)
        return missing > 0 ? String(repeating: " ", count: missing) + text : text
    }
}
