import Foundation
import GuideTestSupport
import Testing

/// The terminal capability check (ncursesw's terminfo) seen from a real terminal in tmux.
@Suite(.timeLimit(.minutes(1)))
struct TerminalCheckTests {
    @Test func aRealTerminalIsReportedUsable() throws {
        let session = try TmuxSession(command: [BinaryRunner.builtBinary, "--at", "2024-09-25T11:00"], columns: 100, lines: 40)
        #expect(try session.waitForExit() == 0)
        let text = try session.history()
        #expect(text.contains("this terminal (tmux-256color, 100x40) can run it"), "\(text)")
    }

    @Test func anUnknownTerminalTypeIsExplainedNotFatal() throws {
        let session = try TmuxSession(command: ["env", "TERM=nosuchterm", BinaryRunner.builtBinary], columns: 120, lines: 40)
        #expect(try session.waitForExit() == 0)
        let text = try session.history()
        #expect(text.contains("it would not start here: terminal type \"nosuchterm\" is not in the terminfo database"), "\(text)")
    }

    @Test func aTerminalThatCannotMoveTheCursorIsRefused() throws {
        let session = try TmuxSession(command: ["env", "TERM=dumb", BinaryRunner.builtBinary], columns: 120, lines: 40)
        #expect(try session.waitForExit() == 0)
        #expect(try session.history().contains("terminal type \"dumb\" cannot move the cursor"))
    }
}
