/// Fitting text into a number of terminal columns: truncation, padding and (in
/// `TextLayout+Wrap.swift`) word wrapping.
///
/// Why this exists: list rows, table columns and footers must line up on screen, and a screen
/// column is a `DisplayWidth` unit, not a `Character`. Every function here measures with
/// `DisplayWidth`, cuts only between grapheme clusters (never splitting `e` + U+0301, an emoji
/// with its skin tone, or a ZWJ sequence), and never leaves half of a wide character.
///
/// Input is expected to be sanitised already (`TextSanitizer`): controls count as width 0 and
/// are not treated specially here.
public enum TextLayout {
    /// Where `pad(_:toWidth:alignment:ellipsis:)` puts the text inside its columns.
    public enum Alignment: Sendable, Equatable, Hashable, CaseIterable {
        /// Text first, spaces after it (names, titles).
        case left
        /// Spaces first, text after it (numbers, times).
        case right
        /// Spaces split around the text; when the split is odd the extra space goes on the right.
        case center
    }

    /// Shortens `text` so that it fits in `width` columns, marking the cut with `ellipsis`.
    ///
    /// Exact rule:
    /// - `width <= 0` gives `""`.
    /// - If `text` already fits (`DisplayWidth.of(text) <= width`) it is returned unchanged.
    /// - Otherwise the result is: the longest prefix of whole `Character`s whose width is at most
    ///   `width - DisplayWidth.of(ellipsis)`, then `ellipsis`, then as many spaces as needed to
    ///   make the result **exactly** `width` columns. Spaces are only needed when the next
    ///   character is wider than the room left (a wide CJK character or emoji straddling the
    ///   boundary), so a cut never leaves half of a wide character and a truncated cell is always
    ///   completely filled. Example: `truncate("漢字漢字", toWidth: 6)` is `"漢字… "`.
    /// - If `ellipsis` itself is wider than `width`, the ellipsis is what gets truncated (with no
    ///   marker): `truncate("abcdef", toWidth: 2, ellipsis: "...")` is `".."`.
    ///
    /// So the result is never wider than `width`, and when a cut happened it is exactly `width`.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        if ellipsisWidth > width {
            return truncate(ellipsis, toWidth: width, ellipsis: "")
        }
        let budget = width - ellipsisWidth
        var used = 0
        var end = text.startIndex
        while end < text.endIndex {
            let characterWidth = DisplayWidth.of(text[end])
            if used + characterWidth > budget { break }
            used += characterWidth
            text.formIndex(after: &end)
        }
        var result = String(text[..<end])
        result.append(ellipsis)
        if used < budget {
            result.append(String(repeating: " ", count: budget - used))
        }
        return result
    }

    /// Makes `text` exactly `width` columns wide: truncates it with
    /// `truncate(_:toWidth:ellipsis:)` if it is too wide, then adds spaces on the side given by
    /// `alignment`. Used for aligned columns and list rows, where every cell must be the same
    /// width whatever the script. `width <= 0` gives `""`.
    public static func pad(
        _ text: String,
        toWidth width: Int,
        alignment: Alignment = .left,
        ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, toWidth: width, ellipsis: ellipsis)
        let missing = width - DisplayWidth.of(fitted)
        guard missing > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + fitted
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + fitted
                + String(repeating: " ", count: missing - before)
        }
    }
}
