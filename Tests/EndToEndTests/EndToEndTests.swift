import Foundation
import GuideTestSupport
import Testing

/// The real `adex-guide` binary in a real terminal (tmux), as a visitor would use it.
@Suite(.timeLimit(.minutes(10)))
struct EndToEndTests {
    static let binary = BinaryRunner.builtBinary

    static func guide(_ arguments: [String] = ["--at", "2024-09-25T11:00"], columns: Int = 80, lines: Int = 24,
                      environment: [String: String] = [:], workingDirectory: String? = nil) throws -> TmuxSession {
        let session = try TmuxSession(command: [binary] + arguments, columns: columns, lines: lines, environment: environment,
                                      workingDirectory: workingDirectory)
        try session.waitFor(text: "1 Home")
        return session
    }

    /// "alternate screen on, cursor hidden" while running; "off, visible" after a clean exit.
    static func restored(_ session: TmuxSession) throws -> Bool {
        try session.display("#{alternate_on}:#{cursor_flag}") == "0:1"
    }

    @Test func aVisitorSession() throws {
        let session = try Self.guide()
        // Browse to an exhibitor through a category.
        try session.send(keys: "3")
        try session.waitFor(text: "Aircraft and aviation systems")
        for _ in 0..<20 { try session.send(keys: "Down") }
        try session.waitFor(text: "21/23")
        try session.send(keys: "Enter")
        try session.waitFor(text: "Exhibitors: Weapons and ammunition")
        try session.send(keys: "Enter")
        try session.waitFor(text: "Confidence")
        try session.send(keys: "Escape")
        try session.waitFor(text: "Exhibitors: Weapons and ammunition")
        // Search by a partial, accent-free name.
        try session.send(keys: "/")
        try session.type("azersil")
        try session.waitFor(text: "\"AZERSILAH\" DEFENSE INDUSTRY HOLDING")
        try session.send(keys: "Enter")
        try session.waitFor(text: "State defence holding")
        // The schedule, changing day.
        try session.send(keys: "5")
        try session.waitFor(text: "Wed 25 Sep (today)")
        try session.send(keys: "]")
        try session.waitFor(text: "Schedule: Thu 26 Sep")
        try session.send(keys: "[", "[")
        try session.waitFor(text: "Opening ceremony of ADEX-2024")
        // A hall (layout not published).
        try session.send(keys: "4")
        try session.waitFor(text: "Outdoor display area")
        try session.send(keys: "Enter")
        try session.waitFor(text: "floor plan not published")
        // Resize, help, quit.
        try session.resize(columns: 120, lines: 40)
        try session.waitFor("the wide layout") { screen in
            screen.contains("Hall 1 — floor plan not published") && (screen.split(separator: "\n").first?.count ?? 0) > 100
        }
        try session.send(keys: "?")
        // The help opens at the keys of this screen (a hall without a plan), the rest above it.
        try session.waitFor(text: "Exhibitors of a hall without a floor plan")
        try session.send(keys: "g")
        try session.waitFor(text: "Keys")
        try session.send(keys: "Escape", "Q")
        #expect(try session.waitForExit() == 0)
        #expect(try Self.restored(session))
    }

    @Test func hallMapOfTheFictionalShow() throws {
        let session = try Self.guide(["--data", Fixtures.fixture("fictional-expo.json"), "--at", "2030-06-03T11:40"], columns: 100, lines: 30)
        try session.send(keys: "4", "Enter")
        try session.waitFor(text: "Hall A — 7 stands")
        try session.send(keys: "Right")
        try session.waitFor(text: "Stand A2: Boğaziçi Optik (fictional)")
        try session.send(keys: "Enter")
        try session.waitFor(text: "Country     Türkiye (TR)")
        try session.send(keys: "C-c")
        #expect(try session.waitForExit() == 0)
        #expect(try Self.restored(session))
    }

    @Test func tooSmallThenBigEnough() throws {
        let session = try TmuxSession(command: [Self.binary], columns: 50, lines: 12)
        try session.waitFor(text: "Terminal too small")
        try session.resize(columns: 80, lines: 24)
        try session.waitFor(text: "1 Home")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test(arguments: [("TERM", Int32(15), Int32(143)), ("HUP", 1, 129), ("INT", 2, 130)])
    func signalsRestoreTheTerminal(_ name: String, _ signal: Int32, _ status: Int32) throws {
        let session = try Self.guide()
        try session.send(keys: "2")
        try session.waitFor(text: "207 of 207")
        let pid = try #require(try session.commandPID())
        kill(pid, signal)
        #expect(try session.waitForExit() == status, "SIG\(name)")
        #expect(try Self.restored(session), "SIG\(name)")
    }

    /// Ctrl-Z hands the terminal back to the shell; `fg` brings the guide back where it was, fully
    /// redrawn (here at a size changed while it was stopped), with the keys working.
    @Test func ctrlZSuspendsAndFgResumes() throws {
        let session = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "$ "])
        try session.type("'\(Self.binary)' --at 2024-09-25T11:00")
        try session.send(keys: "Enter")
        try session.waitFor(text: "1 Home")
        try session.send(keys: "2", "Down", "Down")
        try session.waitFor(text: "3/207")
        try session.send(keys: "C-z")
        try session.waitFor("the shell to report the stopped job") { $0.contains("Stopped") }
        #expect(try Self.restored(session))
        try session.resize(columns: 100, lines: 30)
        try session.waitFor("the pane to be 100x30") { _ in (try? session.display("#{pane_width}x#{pane_height}")) == "100x30" }
        try session.type("fg; echo \"[fg exit $?]\"")
        try session.send(keys: "Enter")
        let screen = try session.waitFor("the guide at 100 columns") { $0.contains("3/207") && $0.contains("SHOW") }
        #expect(screen.contains("1 Home"), "fully redrawn")
        try session.send(keys: "Down")
        try session.waitFor(text: "4/207")
        try session.send(keys: "Q")
        try session.waitFor("the guide to exit", history: true) { $0.contains("[fg exit 0]") }
        #expect(try Self.restored(session))
    }

    /// `kill -TSTP` from outside stops the guide as Ctrl-Z does: the shell reports the stopped
    /// job, the terminal is back in cooked mode with echo on the normal screen; `fg` brings the
    /// guide back fully redrawn and working, and quitting restores the terminal again.
    @Test func sigtstpFromOutsideSuspendsAndFgResumes() throws {
        let session = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "$ "])
        try session.type("'\(Self.binary)' --at 2024-09-25T11:00")
        try session.send(keys: "Enter")
        try session.waitFor(text: "1 Home")
        try session.send(keys: "2", "Down", "Down")
        try session.waitFor(text: "3/207")
        let pid = try #require(try session.descendantPID(named: "adex-guide"))
        #expect(kill(pid, SIGTSTP) == 0)
        try session.waitFor("the shell to report the stopped job") { $0.contains("Stopped") }
        #expect(try session.display("#{alternate_on}") == "0")
        #expect(try Self.restored(session))
        let modes = try session.terminalModes()
        #expect(modes.isSuperset(of: ["icanon", "echo", "isig"]), "\(modes)")
        try session.type("fg; echo \"[fg exit $?]\"")
        try session.send(keys: "Enter")
        let screen = try session.waitFor("the guide again") { $0.contains("3/207") && $0.contains("1 Home") }
        #expect(screen.contains("3E AZERBAIJAN LLC"), "fully redrawn")
        #expect(try session.display("#{alternate_on}") == "1")
        try session.send(keys: "Down")
        try session.waitFor(text: "4/207")
        try session.send(keys: "Q")
        try session.waitFor("the guide to exit", history: true) { $0.contains("[fg exit 0]") }
        #expect(try Self.restored(session))
        #expect(try session.terminalModes().isSuperset(of: ["icanon", "echo", "isig"]))
    }

    @Test func notATerminalIsRefusedClearly() throws {
        let result = try BinaryRunner().run([])
        #expect(result.status == 69)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("standard output is not a terminal"))
    }

    @Test func unknownTerminalTypeIsRefusedClearly() throws {
        let session = try TmuxSession(command: ["env", "TERM=nosuchterm", Self.binary])
        #expect(try session.waitForExit() == 64)
        #expect(try session.history().contains("terminal type \"nosuchterm\" is not in the terminfo database"))
    }

    /// True when any SGR sequence sets a foreground or background colour.
    static func hasColourCodes(_ text: String) -> Bool {
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                for parameter in rest[..<end].split(separator: ";").compactMap({ Int($0) })
                where (30...38).contains(parameter) || (40...48).contains(parameter) || (90...107).contains(parameter) {
                    return true
                }
            }
            rest = rest[end...]
        }
        return false
    }

    @Test func colourCodeDetectorWorks() {
        #expect(Self.hasColourCodes("a\u{1B}[1;33mb"))
        #expect(Self.hasColourCodes("\u{1B}[44m"))
        #expect(!Self.hasColourCodes("\u{1B}[1m\u{1B}[4m\u{1B}[7mx\u{1B}[0m"))
    }

    @Test func monochromeAndNoColorStillShowTheSelection() throws {
        let session = try Self.guide(environment: ["NO_COLOR": "1"])
        try session.send(keys: "2")
        try session.waitFor(text: "3E AZERBAIJAN LLC")
        let styled = try session.screenWithEscapes()
        // The selected row is in reverse video (SGR 7), with no colour codes anywhere.
        #expect(styled.contains("\u{1B}[7m"))
        #expect(!Self.hasColourCodes(styled), "no colour codes under NO_COLOR")
        try session.send(keys: "Q")
        _ = try session.waitForExit()
    }
}
