import Foundation
import GuideTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The terminal is given back on every way out, and the exit status tells the truth.
@Suite(.timeLimit(.minutes(10)))
struct RestoreEndToEndTests {
    static let signals: [(Int32, Int32)] = [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)]

    @Test(arguments: signals)
    func aSignalRestoresTheTerminalAndIsReraised(signal: Int32, status: Int32) throws {
        let session = try Probe.start()
        #expect(try Probe.terminalState(session) == "1:0:1")
        let pid = try #require(try session.commandPID())
        #expect(kill(pid, signal) == 0)
        #expect(try session.waitForExit() == status)
        #expect(try Probe.terminalState(session) == "0:1:0")
    }

    static let quitKeys: [(String, Int32)] = [("q", 0), ("C-c", 130)]

    @Test(arguments: quitKeys)
    func quittingByKeyRestoresTheTerminal(key: String, status: Int32) throws {
        let session = try Probe.start()
        try session.send(keys: key)
        #expect(try session.waitForExit() == status)
        #expect(try Probe.terminalState(session) == "0:1:0")
    }

    /// Ctrl-Z under an interactive bash: the shell gets a normal screen back, `fg` brings the
    /// probe back with a full repaint and the keypad on again.
    @Test func ctrlZSuspendsAndFgResumes() throws {
        let session = try Self.probeUnderJobControlShell()
        try session.send(keys: "C-z")
        try session.waitFor("the shell to report the stopped job") { $0.contains("Stopped") }
        #expect(try Probe.terminalState(session) == "0:1:0")
        // A resize while stopped sends SIGWINCH to the shell, not to the probe: the backend
        // has to notice the new size itself on resume.
        try session.resize(columns: 100, lines: 30)
        try session.waitFor("the pane to be 100x30") { _ in (try? session.display("#{pane_width}x#{pane_height}")) == "100x30" }
        // `fg` returns the job's status once it ends.
        try session.type("fg; echo \"[fg exit $?]\"")
        try session.send(keys: "Enter")
        // events=2 is the C-z itself (drawn on resume), events=3 the resize found on resume.
        let rows = try Probe.waitForEvents(session, 3, last: "resize 100x30")
        #expect(try Probe.terminalState(session) == "1:0:1")
        // Everything is back, not just the rows that changed.
        #expect(rows[0] == "terminal-probe")
        #expect(rows[2] == "size=100x30")
        #expect(rows[Probe.firstListRow + 1].hasPrefix("▶ row 01"))
        #expect(rows[3] == "Azərbaycan Ж 漢字 😀 e\u{301}")
        #expect(rows[29].hasPrefix("bytes="))
        // The first key after resuming is decoded (keypad mode is back on).
        try session.send(keys: "Up")
        try Probe.waitForEvents(session, 4, last: "↑")
        try session.send(keys: "q")
        try session.waitFor("the probe to exit", history: true) { $0.contains("[fg exit 0]") }
        #expect(try Probe.terminalState(session) == "0:1:0")
    }

    /// `kill -TSTP` from outside (a job-control shell, a multiplexer, a script) stops the probe
    /// the way Ctrl-Z does: the shell reports the stopped job on a terminal in cooked mode with
    /// echo, and `fg` brings the probe back, fully repainted, with its keys working.
    @Test func sigtstpFromOutsideSuspendsLikeCtrlZ() throws {
        let session = try Self.probeUnderJobControlShell()
        let pid = try #require(try session.descendantPID(named: "terminal-probe"))
        #expect(kill(pid, SIGTSTP) == 0)
        try session.waitFor("the shell to report the stopped job") { $0.contains("Stopped") }
        #expect(try Probe.terminalState(session) == "0:1:0")
        let modes = try session.terminalModes()
        #expect(modes.contains("icanon") && modes.contains("echo"), "\(modes)")
        try session.type("fg; echo \"[fg exit $?]\"")
        try session.send(keys: "Enter")
        // Nothing of the probe was on the shell's screen: these rows are a full repaint.
        let rows = try Probe.waitForEvents(session, 1, last: "m")
        #expect(try Probe.terminalState(session) == "1:0:1")
        #expect(rows[0] == "terminal-probe")
        #expect(rows[3] == "Azərbaycan Ж 漢字 😀 e\u{301}")
        try session.send(keys: "Up")
        try Probe.waitForEvents(session, 2, last: "↑")
        try session.send(keys: "q")
        try session.waitFor("the probe to exit", history: true) { $0.contains("[fg exit 0]") }
        #expect(try Probe.terminalState(session) == "0:1:0")
        #expect(try session.terminalModes().contains("icanon"))
    }

    /// SIGCONT with no stop of ours (after SIGSTOP, which cannot be caught, or on its own):
    /// whatever was written to the terminal meanwhile is painted over, and the keys still work.
    @Test(arguments: [false, true])
    func sigcontRepaintsTheWholeScreen(stoppedFirst: Bool) throws {
        let session = try Probe.start()
        let before = Probe.rows(try session.screen())
        let pid = try #require(try session.commandPID())
        if stoppedFirst {
            #expect(kill(pid, SIGSTOP) == 0)
            try session.waitFor("the probe to stop") { _ in TmuxSession.processState(pid) == "T" }
        }
        try session.writeToPaneTerminal("\u{1B}[4;1HSCRIBBLE\u{1B}[8;3HSCRIBBLE")
        try session.waitFor("the scribbles") { Probe.rows($0)[7].contains("SCRIBBLE") }
        #expect(kill(pid, SIGCONT) == 0)
        try session.waitFor("the probe's own screen again") { Probe.rows($0) == before }
        #expect(try Probe.terminalState(session) == "1:0:1")
        try session.send(keys: "m")
        try Probe.waitForEvents(session, 1, last: "m")
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try Probe.terminalState(session) == "0:1:0")
    }

    /// The probe started from an interactive bash (job control on), one key already read: the
    /// state from which a suspension can be checked.
    static func probeUnderJobControlShell() throws -> TmuxSession {
        let session = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "$ "])
        try session.type("env -u NO_COLOR \(Probe.path)")
        try session.send(keys: "Enter")
        try Probe.waitForEvents(session, 0, last: "-")
        try session.send(keys: "m")
        try Probe.waitForEvents(session, 1, last: "m")
        return session
    }
}
