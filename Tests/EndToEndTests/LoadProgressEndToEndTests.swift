import Foundation
import GuideTestSupport
import Testing

/// The progress line of a large folder on a real terminal (tmux): drawn while the folder loads,
/// erased before the command's output or the guide's first frame, never in a pipe, and gone
/// when Ctrl-C stops the load. The folder (100 files, 40,000 entries, written by guide-synth)
/// takes well over the line's 0.2 s delay to open in a debug build.
@Suite(.timeLimit(.minutes(10)))
struct LoadProgressEndToEndTests {
    /// Written once for the suite; removed with the temporary folder of the test run.
    static let folder: Result<String, Error> = Result {
        let directory = try Fixtures.temporaryDirectory().appendingPathComponent("fairs").path
        let synth = URL(fileURLWithPath: EndToEndTests.binary).deletingLastPathComponent().appendingPathComponent("guide-synth").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: synth)
        process.arguments = ["fairs", "--fairs", "30", "--entries", "40000", "--metadata-only", "70", "-o", directory]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return directory
    }

    static func isProgress(_ line: Substring) -> Bool {
        (line.hasPrefix("Reading ") || line.hasPrefix("Matching ")) && line.contains(" files")
    }

    /// `info` with standard error on the terminal: the line shows, then only the output is left.
    @Test func theLineShowsWhileLoadingAndIsErasedBeforeTheOutput() throws {
        let folder = try Self.folder.get()
        let session = try TmuxSession(command: [EndToEndTests.binary, "--data", folder, "info"], columns: 100, lines: 30)
        try session.waitFor("a progress line") { $0.split(separator: "\n").contains(where: Self.isProgress) }
        #expect(try session.waitForExit(timeout: 120) == 0)
        let history = try session.history()
        #expect(history.contains("with an exhibitor list"), "\(history)")
        #expect(!history.split(separator: "\n").contains(where: Self.isProgress), "\(history)")
    }

    /// Standard error redirected (a script, a log): no line, no escape, no carriage return.
    @Test func nothingIsDrawnIntoARedirectedStandardError() throws {
        let folder = try Self.folder.get()
        let outcome = try BinaryRunner().run(["--data", folder, "info"])
        #expect(outcome.status == 0)
        #expect(!outcome.stderr.contains("\r") && !outcome.stderr.contains("\u{1B}"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("files read") && !outcome.stderr.contains("Reading "), "\(outcome.stderr)")
    }

    /// Ctrl-C (SIGINT) while the folder loads (before curses starts): the process ends by the signal and
    /// leaves the terminal as it found it, the line erased.
    @Test func ctrlCDuringTheLoadErasesTheLine() throws {
        let folder = try Self.folder.get()
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let session = try TmuxSession(command: [EndToEndTests.binary, "--data", folder], columns: 100, lines: 30,
                                      environment: ["XDG_STATE_HOME": state.path])
        try session.waitFor("a progress line") { $0.split(separator: "\n").contains(where: Self.isProgress) }
        // The signal Ctrl-C sends, to the guide alone: the pane's wrapper shell, in the same
        // process group, would die of a real Ctrl-C before it could print the exit status.
        let pid = try #require(try session.commandPID())
        kill(pid, SIGINT)
        #expect(try session.waitForExit(timeout: 60) == 130)
        let screen = try session.screen()
        #expect(!screen.split(separator: "\n").contains(where: Self.isProgress), "\(screen)")
        #expect(try EndToEndTests.restored(session))
    }
}
