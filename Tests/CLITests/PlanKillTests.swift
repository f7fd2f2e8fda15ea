import Foundation
import GuideTestSupport
import Testing

/// Saving must survive a kill at any moment: guides are killed (SIGKILL, no chance to clean up)
/// at random points of a save, many times over, and the plan on disk must always be readable and
/// hold either the old or the new note, never a broken file.
@Suite struct PlanKillTests {
    @Test func killingAGuideInTheMiddleOfASaveNeverBreaksThePlan() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let runner = BinaryRunner()
        let environment = ["XDG_STATE_HOME": state.path]
        #expect(try runner.run(["plan", "add", "aselsan", "--must"], environment: environment).status == 0)
        var generator = SystemRandomNumberGenerator()
        var notesWritten: Set<String> = ["", "note-0"]
        #expect(try runner.run(["plan", "note", "aselsan", "note-0"], environment: environment).status == 0)
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
            usleep(UInt32.random(in: 0...60_000, using: &generator))
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
