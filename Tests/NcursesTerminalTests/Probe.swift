import Foundation
import GuideTestSupport

/// The `terminal-probe` test program (built by SwiftPM because this test target depends on it)
/// and helpers to read its screen in tmux.
enum Probe {
    /// The binary next to the test bundle, found the way `BinaryRunner.builtBinary` finds adex-guide.
    static var path: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("terminal-probe").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return Fixtures.path(".build/debug/terminal-probe")
    }

    /// The first list row, where the selection starts (see ProbeScreen).
    static let firstListRow = 6

    /// The probe in its own tmux server, with its first frame on screen. NO_COLOR is set only
    /// when `noColor` is given: the test runner's own environment (which the tmux server copies
    /// into every pane) has NO_COLOR=1.
    static func start(columns: Int = 80, lines: Int = 24, noColor: String? = nil) throws -> TmuxSession {
        let command = ["env", "-u", "NO_COLOR"] + (noColor.map { ["NO_COLOR=\($0)"] } ?? []) + [path]
        let session = try TmuxSession(command: command, columns: columns, lines: lines)
        try waitForEvents(session, 0, last: "-")
        return session
    }

    /// Screen rows with trailing blanks removed (tmux keeps reversed blanks).
    static func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { row in
            var row = String(row)
            while row.last == " " { row.removeLast() }
            return row
        }
    }

    /// Waits for the exact line `events=N last=X` (the probe's event counter makes every key
    /// visible, even one that changes nothing else) and for `frame=N` on the status line, which
    /// is drawn last: tmux can show a frame that is only partly parsed.
    @discardableResult
    static func waitForEvents(_ session: TmuxSession, _ count: Int, last: String, timeout: TimeInterval = TmuxSession.deadline) throws -> [String] {
        let line = "events=\(count) last=\(last)"
        return rows(try session.waitFor("\"\(line)\" and frame=\(count)", timeout: timeout) { screen in
            let rows = rows(screen)
            return rows.contains(line) && rows.contains { $0.hasPrefix("bytes=") && $0.hasSuffix(" frame=\(count)") }
        })
    }

    /// The number shown as `bytes=N` on the status line.
    static func bytesShown(_ rows: [String]) -> Int? {
        for row in rows.reversed() where row.hasPrefix("bytes=") { return Int(row.dropFirst(6).prefix { $0.isNumber }) }
        return nil
    }

    /// `#{alternate_on}:#{cursor_flag}:#{keypad_flag}`: `1:0:1` while the probe runs, `0:1:0` once
    /// the terminal is restored.
    static func terminalState(_ session: TmuxSession) throws -> String {
        try session.display("#{alternate_on}:#{cursor_flag}:#{keypad_flag}")
    }
}
