import Foundation
import GuideTestSupport
import Testing

/// Every key in the backend's table, typed into a real terminal (tmux, TERM=tmux-256color).
@Suite(.timeLimit(.minutes(10)))
struct KeyEndToEndTests {
    /// tmux key name (or literal text) and the `Key.description` the probe shows for it.
    static let keys: [(send: String, literal: Bool, shown: String)] = [
        ("Up", false, "↑"), ("Down", false, "↓"), ("Left", false, "←"), ("Right", false, "→"),
        ("PageUp", false, "PgUp"), ("PageDown", false, "PgDn"), ("Home", false, "Home"), ("End", false, "End"),
        ("F1", false, "F1"), ("F12", false, "F12"), ("Escape", false, "Esc"), ("Enter", false, "Enter"),
        ("BSpace", false, "Bksp"), ("Tab", false, "Tab"), ("BTab", false, "S-Tab"), ("DC", false, "Del"),
        ("IC", false, "Ins"), ("C-a", false, "C-a"), ("C-z", false, "C-z"),
        ("ə", true, "ə"), ("漢", true, "漢"), ("😀", true, "😀"), ("Ж", true, "Ж"), ("x", true, "x"),
    ]

    @Test func everyMappedKeyArrivesAsTheRightKey() throws {
        let session = try Probe.start()
        for (index, key) in Self.keys.enumerated() {
            if key.literal {
                try session.type(key.send)
            } else {
                try session.send(keys: key.send)
            }
            // C-z suspends; with no job-control shell around, tmux continues the probe at once.
            try Probe.waitForEvents(session, index + 1, last: key.shown)
        }
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
    }

    /// With a timeout the loop gets `.tick`s, spaced by the timeout (no busy loop).
    @Test func aTimeoutGivesTicks() throws {
        let started = Date()
        let session = try TmuxSession(command: ["env", "-u", "NO_COLOR", Probe.path, "--tick-ms", "50"])
        let rows = Probe.rows(try session.waitFor("three ticks") { screen in
            Probe.rows(screen).contains { row in
                row.hasPrefix("events=") && row.hasSuffix(" last=tick")
                    && (Int(row.dropFirst(7).prefix { $0.isNumber }) ?? 0) >= 3
            }
        })
        let elapsed = Date().timeIntervalSince(started)
        let events = rows.first { $0.hasPrefix("events=") }.flatMap { Int($0.dropFirst(7).prefix { $0.isNumber }) } ?? 0
        #expect(elapsed >= 0.14, "\(events) ticks after \(elapsed) s")
        #expect(Double(events) <= elapsed / 0.05 + 1, "\(events) ticks after \(elapsed) s")
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
    }
}
