/// Makes untrusted text (anything read from a data file) safe to hand to the terminal.
///
/// Why this exists: a data file is not trusted input. A raw ESC starts an escape sequence that can
/// move the cursor, change colours, set the window title or plant an OSC 8 hyperlink; C1 controls
/// (U+0080...U+009F, including the 8-bit CSI U+009B) do the same on some terminals; a bidi
/// override (U+202E) reorders what the user reads; invisible format characters hide text. Every
/// string from data goes through here before layout, and every problem becomes a *visible*
/// replacement symbol of display width 1, so nothing is hidden and columns stay predictable.
///
/// Replacements (both modes):
/// - C0 controls U+0000...U+001F (other than the whitespace below) become their Control Picture
///   U+2400 + code: NUL → `␀`, BEL → `␇`, ESC → `␛`, so `ESC[31m` shows as `␛[31m`.
/// - DEL (U+007F) becomes `␡` (U+2421).
/// - C1 controls U+0080...U+009F become U+FFFD `�`.
/// - Format characters (General Category Cf) become U+FFFD: the bidirectional controls U+061C,
///   U+200E, U+200F, U+202A...U+202E, U+2066...U+2069, and the other invisible ones (U+200B,
///   U+2060...U+2064, U+206A...U+206F, U+FEFF, tag characters U+E0001 and U+E0020...U+E007F,
///   ZWJ U+200D outside emoji, ...). Two exceptions keep meaningful text intact: ZWNJ (U+200C)
///   is left alone (Persian and Indic orthography; no terminal joins on it), and SOFT HYPHEN
///   (U+00AD) becomes `-` because it hides nothing but terminals disagree on drawing it.
/// - Scalars glibc gives no width (`DisplayWidth.hasDefinedWidth` is false: code points
///   unassigned in the width tables' Unicode version, noncharacters) become U+FFFD: ncurses
///   counts them 1 column, but a terminal that knows a newer Unicode may draw them 2 wide.
/// - Emoji sequences are sent as their separate parts, because ncurses advances the cursor by
///   the width of each scalar while terminals draw a sequence as they please (tmux 3.3a puts a
///   wide character that follows a ZWJ into the previous cell; tmux 3.4 and most graphical
///   terminals draw a skin tone or VS16 emoji as one 2-column glyph), and every later column of
///   the row would be out of step with the screen ncurses thinks it drew:
///   a ZWJ between two emoji is dropped (`👨‍👩‍👧` shows as `👨👩👧`), the presentation selectors
///   VS15/VS16 (U+FE0E, U+FE0F) are dropped, and a skin-tone modifier (U+1F3FB...U+1F3FF) right
///   after an emoji is dropped (the emoji keeps its default colour). Other variation selectors
///   (CJK, Mongolian) are zero-width marks like any other and are kept.
///
/// Whitespace differs by mode, see `sanitizeLine(_:)` and `sanitizeBlock(_:)`.
///
/// When nothing needs replacing the input string is returned as is (same storage, no
/// allocation), because this runs on every drawn string.
public enum TextSanitizer {
    /// Which whitespace rules apply.
    public enum Mode: Sendable, Equatable, Hashable, CaseIterable {
        /// Single-line fields (names, titles): every line break becomes a space.
        case line
        /// Multi-line text (descriptions, notices, addresses): line breaks are kept as LF.
        case block
    }

    /// Sanitises a single-line field (a name, a title, a label).
    ///
    /// CR, LF, TAB, U+2028 and U+2029 become spaces; a run of whitespace that contains at least
    /// one of them becomes a single space (runs of plain spaces are kept as they are); leading and
    /// trailing spaces are removed. All other replacements are as described on the type.
    public static func sanitizeLine(_ text: String) -> String {
        sanitize(text, mode: .line)
    }

    /// Sanitises multi-line text (a description, a notice, an address).
    ///
    /// CRLF, a lone CR, U+2028 and U+2029 become LF; LF is kept; TAB becomes one space; leading
    /// and trailing spaces and line breaks of the whole block are removed (inner blank lines and
    /// spacing are kept). All other replacements are as described on the type.
    public static func sanitizeBlock(_ text: String) -> String {
        sanitize(text, mode: .block)
    }

    /// Sanitises `text` under the rules of `mode`; `sanitizeLine` and `sanitizeBlock` are the
    /// usual entry points. Returns `text` itself when `needsSanitizing(text, mode: mode)` is false.
    public static func sanitize(_ text: String, mode: Mode) -> String {
        if !needsSanitizing(text, mode: mode) { return text }
        let text = separatingEmojiSequences(text)
        // Built as UTF-8 bytes: appending to a String.UnicodeScalarView scalar by scalar is
        // an order of magnitude slower.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        // Whitespace seen since the last visible scalar, already converted (space or LF), and
        // whether it contained anything but plain spaces. It is written out only when more
        // visible text follows, which trims leading and trailing whitespace.
        var pending: [UInt8] = []
        var pendingHasBreak = false
        var seenContent = false
        var previousWasCR = false

        for scalar in text.unicodeScalars {
            let value = scalar.value
            let wasCR = previousWasCR
            previousWasCR = (value == 0x0D)
            if let whitespace = whitespaceKind(value) {
                switch mode {
                case .line:
                    if whitespace != .space { pendingHasBreak = true }
                    pending.append(0x20)
                case .block:
                    switch whitespace {
                    case .space, .tab:
                        pending.append(0x20)
                    case .lineBreak:
                        // CRLF is one line break: the CR already produced the LF.
                        if value == 0x0A && wasCR { continue }
                        pending.append(0x0A)
                    }
                }
                continue
            }
            if seenContent {
                if pendingHasBreak {  // only ever set in line mode
                    output.append(0x20)
                } else {
                    output.append(contentsOf: pending)
                }
            }
            pending.removeAll(keepingCapacity: true)
            pendingHasBreak = false
            seenContent = true
            UTF8.encode(terminalReplacement(for: scalar) ?? scalar) { output.append($0) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Sanitises text about to be written into cells, keeping every space where it is (no
    /// trimming, no collapsing: layout code pads and indents with spaces). Line breaks and tabs
    /// become one space each; every other replacement is as described on the type. This is the
    /// canvas's last line of defence; data fields are still cleaned with `sanitizeLine` first.
    public static func sanitizeForCells(_ text: String) -> String {
        var clean = true
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                previous = scalar
                continue
            }
            if whitespaceKind(value) != nil || changesForTerminal(scalar, after: previous) {
                clean = false
                break
            }
            previous = scalar
        }
        if clean { return text }
        let text = separatingEmojiSequences(text)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if whitespaceKind(scalar.value) != nil {
                output.append(0x20)
            } else {
                UTF8.encode(terminalReplacement(for: scalar) ?? scalar) { output.append($0) }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// True when `sanitize(text, mode: mode)` would change `text`: it contains a control,
    /// a format character to replace, whitespace the mode converts, or leading/trailing
    /// whitespace. Cheap (one pass, no allocation); the sanitisers use it as their fast path.
    public static func needsSanitizing(_ text: String, mode: Mode = .line) -> Bool {
        var isFirst = true
        var last: UInt32 = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let value = scalar.value
            last = value
            if let whitespace = whitespaceKind(value) {
                if isFirst { return true }
                switch whitespace {
                case .space: break
                case .tab: return true
                case .lineBreak:
                    if mode == .line || value != 0x0A { return true }
                }
            } else if changesForTerminal(scalar, after: previous) {
                return true
            }
            previous = scalar
            isFirst = false
        }
        return whitespaceKind(last) != nil
    }

    // MARK: - Internals

    /// Whitespace the sanitiser converts or trims.
    enum WhitespaceKind {
        case space  // U+0020
        case tab  // U+0009
        case lineBreak  // LF, CR, U+2028, U+2029
    }

    @inline(__always)
    static func whitespaceKind(_ value: UInt32) -> WhitespaceKind? {
        switch value {
        case 0x20: return .space
        case 0x09: return .tab
        case 0x0A, 0x0D, 0x2028, 0x2029: return .lineBreak
        default: return nil
        }
    }

    /// The visible replacement for a scalar that must not reach a reader, or nil if the scalar is
    /// safe in a file. Whitespace is handled before this is called. Every replacement has
    /// display width 1. Text for the terminal goes further (`terminalReplacement(for:)` and
    /// `separatingEmojiSequences`): ZWJ and scalars without a glibc width are kept here.
    /// `package`: the plan's exports (GuidePlan) neutralise text with the same table.
    @inline(__always)
    package static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x20 { return Unicode.Scalar(0x2400 + value) }  // Control Pictures
        if value < 0x7F { return nil }
        if value == 0x7F { return "\u{2421}" }  // ␡
        if value < 0xA0 { return "\u{FFFD}" }  // C1 controls, including 8-bit CSI U+009B
        if value == 0xAD { return "-" }  // SOFT HYPHEN
        if value < 0x600 { return nil }  // fast path: Latin, Greek, Cyrillic, Armenian, Hebrew
        if value == 0x200C || value == 0x200D { return nil }  // ZWNJ; ZWJ (terminalReplacement decides)
        return isFormatCharacter(value) ? "\u{FFFD}" : nil
    }

    /// The replacement for a scalar on its way to the terminal: `replacement(for:)`, and U+FFFD
    /// for a ZWJ (one that joins two emoji was already dropped by `separatingEmojiSequences`) and
    /// for a scalar glibc gives no width. Whitespace is handled before this is called.
    @inline(__always)
    static func terminalReplacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if let replaced = replacement(for: scalar) { return replaced }
        let value = scalar.value
        if value == 0x200D || !DisplayWidth.hasDefinedWidth(value) { return "\u{FFFD}" }
        return nil
    }

    /// True when `scalar` (not whitespace), coming after `previous`, does not reach the terminal
    /// as it is: replaced, or dropped as part of an emoji sequence. Runs on every scalar of
    /// every drawn string, so the common cases are answered inline.
    @inline(__always)
    static func changesForTerminal(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 }
        // Up to U+0377 everything has a glibc width and nothing joins: only DEL, C1 and SOFT
        // HYPHEN change (Latin, Azerbaijani and Turkish text never leaves this line).
        if value < 0x378 { return value < 0xA0 || value == 0xAD }
        // Cyrillic, CJK ideographs and Hangul syllables: every scalar has a glibc width, none
        // is a format character or part of an emoji sequence (the tests check every scalar).
        if (0x400..<0x530).contains(value) || (0x3400..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value) {
            return false
        }
        return changesBeyondLatin(scalar, after: previous)
    }

    /// `changesForTerminal` from U+0378 on.
    static func changesBeyondLatin(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        let value = scalar.value
        if terminalReplacement(for: scalar) != nil { return true }
        switch value {
        case 0xFE0E, 0xFE0F:
            return true
        case 0x1F3FB...0x1F3FF:
            return previous.map(isJoinableEmoji) ?? false
        default:
            return false
        }
    }

    /// True for the scalars `separatingEmojiSequences` looks at.
    @inline(__always)
    static func isSequenceScalar(_ value: UInt32) -> Bool {
        value == 0x200D || value == 0xFE0E || value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value)
    }

    /// An emoji a ZWJ can join or a skin tone can colour. ASCII digits, `#` and `*` are emoji
    /// only as keycap bases, never joined. Never inlined: reading Unicode properties costs a
    /// runtime type lookup on entry to whatever function does it, and the callers run for
    /// every scalar while this is needed only next to a skin tone or a joiner.
    @inline(never)
    static func isJoinableEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && scalar.properties.isEmoji
    }

    /// `text` with its emoji sequences taken apart (see the type's documentation): a ZWJ between
    /// two emoji, VS15 and VS16, and a skin-tone modifier after an emoji are dropped; any other
    /// ZWJ becomes U+FFFD. Returns `text` itself when it holds none of these scalars.
    static func separatingEmojiSequences(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isSequenceScalar($0.value) }) else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        var lastKept: Unicode.Scalar?
        while let scalar = next {
            next = scalars.next()
            switch scalar.value {
            case 0xFE0E, 0xFE0F:
                continue
            case 0x1F3FB...0x1F3FF:
                if let lastKept, isJoinableEmoji(lastKept) { continue }
            case 0x200D:
                if let lastKept, isJoinableEmoji(lastKept), let following = next, isJoinableEmoji(following) { continue }
                output.append("\u{FFFD}")
                lastKept = "\u{FFFD}"
                continue
            default:
                break
            }
            output.append(scalar)
            lastKept = scalar
        }
        return String(output)
    }

    /// General Category Cf (format) scalars, Unicode 16 (the set Swift 6.3's standard library
    /// reports; a test cross-checks it), from U+0600 on. Sorted inclusive ranges.
    static let formatRanges: [ClosedRange<UInt32>] = [
        0x0600...0x0605, 0x061C...0x061C, 0x06DD...0x06DD, 0x070F...0x070F,
        0x0890...0x0891, 0x08E2...0x08E2, 0x180E...0x180E, 0x200B...0x200F,
        0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF...0xFEFF,
        0xFFF9...0xFFFB, 0x110BD...0x110BD, 0x110CD...0x110CD, 0x13430...0x1343F,
        0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0001...0xE0001, 0xE0020...0xE007F,
    ]

    /// True for a format (Cf) scalar at or above U+0600.
    static func isFormatCharacter(_ value: UInt32) -> Bool {
        // Most text in the wide gaps between the ranges: answer without searching.
        if value < 0x0600 || (value > 0x08E2 && value < 0x180E) || (value > 0x206F && value < 0xFEFF)
            || (value > 0x1D17A && value < 0xE0001) || value > 0xE007F
        {
            return false
        }
        for range in formatRanges {
            if value < range.lowerBound { return false }
            if value <= range.upperBound { return true }
        }
        return false
    }
}
