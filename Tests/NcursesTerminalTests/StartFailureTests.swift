import Foundation
import GuideTestSupport
import Testing

/// Where a full-screen interface cannot run, the probe says why and exits with the sysexits code,
/// without writing a single escape (curses never gets to print its own message or exit).
@Suite(.timeLimit(.minutes(10)))
struct StartFailureTests {
    @Test func stdoutNotATerminalExits69AndWritesNothing() throws {
        let outcome = try BinaryRunner(executable: Probe.path).run([])
        #expect(outcome.status == 69)
        #expect(outcome.stdout.isEmpty, "\(outcome.stdout.debugDescription)")
        #expect(outcome.stderr == "terminal-probe: standard output is not a terminal (the interactive guide needs one; use a subcommand such as 'adex-guide info' for plain output)\n")
    }

    @Test func stdinNotATerminalExits69() throws {
        let session = try TmuxSession(command: ["sh", "-c", "exec \"$0\" < /dev/null", Probe.path])
        #expect(try session.waitForExit() == 69)
        #expect(try session.history().contains("terminal-probe: standard input is not a terminal"))
        #expect(try Probe.terminalState(session) == "0:1:0")
    }

    @Test(arguments: [
        ("nosuchterm", "terminal-probe: terminal type \"nosuchterm\" is not in the terminfo database"),
        ("dumb", "terminal-probe: terminal type \"dumb\" cannot move the cursor"),
    ])
    func unusableTermExits64(term: String, message: String) throws {
        let session = try TmuxSession(command: ["env", "TERM=\(term)", Probe.path], columns: 120)
        #expect(try session.waitForExit() == 64)
        let history = try session.history()
        #expect(history.contains(message), "\(history)")
        #expect(try Probe.terminalState(session) == "0:1:0")
    }
}
