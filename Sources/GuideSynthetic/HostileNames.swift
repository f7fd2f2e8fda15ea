/// The few exhibitor names that carry terminal escape sequences and other invisible or control
/// characters, so every screen's sanitising is exercised by realistic-looking data.
///
/// **Rate (documented contract, checked by tests):** exactly the exhibitors whose index `i`
/// (0-based, file order) satisfies `i % 10_000 == 1_000` have a hostile name: none below 1,001
/// exhibitors, one in 3,000, 10 in 100,000, 100 in 1,000,000 — never more than one in any block of
/// 10,000 consecutive exhibitors. The kind of hostility cycles through `variants` in order.
public enum HostileNames {
    public static let interval = 10_000
    public static let offset = 1_000

    public static func isHostile(index: Int) -> Bool {
        index % interval == offset
    }

    /// How many hostile names a show of `exhibitors` exhibitors has.
    public static func count(exhibitors: Int) -> Int {
        exhibitors > offset ? (exhibitors - offset - 1) / interval + 1 : 0
    }

    /// Each variant wraps or splits an ordinary name; all stay valid UTF-8 and valid JSON (the
    /// writer escapes them as `\u001b` and so on).
    static let variants: [@Sendable (String) -> String] = [
        { "\u{1B}[31m\($0)\u{1B}[0m" },                      // SGR colour
        { "\u{1B}]0;pwned\u{07}\($0)" },                     // OSC: set the window title
        { "\($0)\u{1B}[2J\u{1B}[H" },                        // clear the screen, cursor home
        { "\u{202E}\($0)" },                                 // right-to-left override
        { "\u{9B}31m\($0)" },                                // C1 CSI
        { "\($0)\u{08}\u{08}\u{08}\t\r" },                   // backspaces, tab, carriage return
        { "\($0)\u{200B}\u{2066}\u{0000}" },                 // zero-width space, isolate, NUL
        { "\($0)\nFAKE LINE: press any key" },               // newline injection
    ]

    /// The hostile form of `name` for the exhibitor at `index`.
    static func apply(to name: String, index: Int) -> String {
        variants[(index / interval) % variants.count](name)
    }
}
