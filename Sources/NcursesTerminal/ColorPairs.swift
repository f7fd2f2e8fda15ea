@preconcurrency import CNcursesw
import TerminalCanvas

/// Colour pairs, allocated the first time a (foreground, background) combination is drawn, so a
/// screen that uses three combinations costs three `init_pair` calls. Pair 0 (the terminal's own
/// colours) is used when colour is off, when a style has no colour, and when pairs run out.
struct ColorPairs {
    private var pairs: [UInt16: Int16] = [:]
    private let enabled: Bool
    /// Whether -1 (the terminal's default colour) is allowed, after `use_default_colors`.
    private let defaultColorsAllowed: Bool
    private let limit: Int

    init(enabled: Bool, defaultColorsAllowed: Bool, limit: Int) {
        self.enabled = enabled
        self.defaultColorsAllowed = defaultColorsAllowed
        self.limit = limit
    }

    mutating func pair(foreground: TerminalColor?, background: TerminalColor?) -> Int16 {
        guard enabled, foreground != nil || background != nil else { return 0 }
        let key = UInt16(foreground.map { $0.rawValue + 1 } ?? 0) << 8 | UInt16(background.map { $0.rawValue + 1 } ?? 0)
        if let existing = pairs[key] { return existing }
        let number = pairs.count + 1
        guard number < limit, number <= Int(Int16.max) else { return 0 }
        // TerminalColor's order (black, red, ... white) is curses' COLOR_BLACK...COLOR_WHITE.
        let fg = foreground.map { Int16($0.rawValue) } ?? (defaultColorsAllowed ? -1 : Int16(COLOR_WHITE))
        let bg = background.map { Int16($0.rawValue) } ?? (defaultColorsAllowed ? -1 : Int16(COLOR_BLACK))
        guard init_pair(Int16(number), fg, bg) == OK else { return 0 }
        pairs[key] = Int16(number)
        return Int16(number)
    }
}
