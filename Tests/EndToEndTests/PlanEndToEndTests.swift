import Foundation
import GuideTestSupport
import Testing

/// My plan in the real binary: favourites added in one run are there in the next, and a second
/// guide's additions are not lost by the first one's saves.
@Suite(.timeLimit(.minutes(2)))
struct PlanEndToEndTests {
    @Test func favouritesSurviveQuittingAndStartingAgain() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        do {
            let session = try EndToEndTests.guide(environment: environment)
            try session.send(keys: "2")
            try session.waitFor(text: "Exhibitors")
            try session.send(keys: "f")
            try session.waitFor(text: "to My plan")
            try session.send(keys: "6")
            try session.waitFor(text: "Exhibitors (1)")
            try session.send(keys: "Q")
            #expect(try session.waitForExit() == 0)
        }
        let saved = try String(contentsOf: state.appendingPathComponent("adex-guide/plan-adex-2024.json"), encoding: .utf8)
        #expect(saved.contains(#""favourite": true"#))

        // Meanwhile the command line (another guide) adds a programme item.
        #expect(try BinaryRunner().run(["plan", "add", "opening-ceremony"], environment: environment).status == 0)

        let again = try EndToEndTests.guide(environment: environment)
        try again.send(keys: "6")
        try again.waitFor(text: "Exhibitors (1)")
        try again.waitFor(text: "Programme (1)")
        try again.send(keys: "Q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func anUnreadablePlanIsMovedAsideAndTheGuideStillStarts() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let directory = state.appendingPathComponent("adex-guide")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("garbage".utf8).write(to: directory.appendingPathComponent("plan-adex-2024.json"))
        let session = try EndToEndTests.guide(columns: 160, environment: ["XDG_STATE_HOME": state.path])
        try session.waitFor(text: "could not be read")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.contains { $0.hasPrefix("plan-adex-2024.json.unreadable-") })
    }
}
