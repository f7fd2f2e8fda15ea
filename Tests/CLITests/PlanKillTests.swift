import Foundation
import GuideTestSupport
import Testing

/// Saving must survive a kill at any moment: guides are killed (SIGKILL, no chance to clean up)
/// at random points of a save, many times over, and the plan on disk must always be readable and
/// hold either the old or the new note, never a broken file.
///
/// The kill points are spread over the time one whole run takes on this machine right now (the
/// shorter of two measured runs), so they fall inside the runs on a fast machine and on a busy
/// one alike.
@Suite struct PlanKillTests {
    @Test func killingAGuideInTheMiddleOfASaveNeverBreaksThePlan() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let runner = BinaryRunner()
        let environment = ["XDG_STATE_HOME": state.path]
        let clock = ContinuousClock()
        var started = clock.now
        #expect(try runner.run(["plan", "add", "aselsan", "--must"], environment: environment).status == 0)
        var oneRun = started.duration(to: clock.now)
        var generator = SystemRandomNumberGenerator()
        var notesWritten: Set<String> = ["", "note-0"]
        started = clock.now
        #expect(try runner.run(["plan", "note", "aselsan", "note-0"], environment: environment).status == 0)
        oneRun = min(oneRun, started.duration(to: clock.now))
        let (seconds, attoseconds) = oneRun.components
        let runMicroseconds = UInt32(clamping: seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        var killed = 0
        for round in 1...40 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: runner.executable)
            process.arguments = ["plan", "note", "aselsan", "note-\(round)"]
            var env = ProcessInfo.processInfo.environment
            env["XDG_STATE_HOME"] = state.path
            env["ADEX_GUIDE_DATA"] = nil
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            notesWritten.insert("note-\(round)")
            usleep(UInt32.random(in: 0...max(1_000, runMicroseconds), using: &generator))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()

            let shown = try runner.run(["plan", "show", "--json"], environment: environment)
            #expect(shown.status == 0, "round \(round): \(shown.stderr)")
            #expect(!shown.stderr.contains("could not be read"), "round \(round): \(shown.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            let note = ((object["exhibitors"] as? [[String: Any]])?.first?["note"] as? String) ?? "missing"
            #expect(notesWritten.contains(note), "round \(round): the note is \(note)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("adex-guide").path)
        #expect(!names.contains { $0.contains(".unreadable-") }, "\(names)")
        #expect(killed > 0, "at least some saves were interrupted")
    }
}
