/// A key press, independent of how the terminal encoded it.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// Function key F1...F12.
    case function(Int)
    /// Control plus a letter, e.g. `.control("c")` for Ctrl-C (delivered as a key in raw mode).
    case control(Character)
    /// A key code the backend could not name.
    case unknown(Int32)

    /// How the key is written in the footer and help ("↑", "Enter", "C-c", "F1").
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let n): "F\(n)"
        case .control(let c): "C-\(c)"
        case .unknown(let code): "key \(code)"
        }
    }
}

/// Something that happened at the terminal.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    /// The terminal now has this size (after SIGWINCH / KEY_RESIZE).
    case resize(columns: Int, lines: Int)
    /// A terminating signal arrived (SIGINT, SIGTERM, SIGHUP): restore the terminal and leave.
    case signal(Int32)
    /// The wait timed out: a chance to refresh the clock.
    case tick
    /// Input ended (the terminal went away).
    case endOfInput
}
