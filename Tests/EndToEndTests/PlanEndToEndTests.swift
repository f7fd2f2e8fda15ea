import Foundation
import GuideTestSupport
import Testing

/// My plan in the real binary: favourites added in one run are there in the next, and a second
/// guide's additions are not lost by the first one's saves.
@Suite(.timeLimit(.minutes(10)))
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
            try session.waitFor(text: "Stands to visit · 1 exhibitor")
            try session.send(keys: "Q")
            #expect(try session.waitForExit() == 0)
        }
        let saved = try String(contentsOf: state.appendingPathComponent("adex-guide/plan-adex-2024.json"), encoding: .utf8)
        #expect(saved.contains(#""favourite": true"#))

        // Meanwhile the command line (another guide) adds a programme item.
        #expect(try BinaryRunner().run(["plan", "add", "opening-ceremony"], environment: environment).status == 0)

        let again = try EndToEndTests.guide(environment: environment)
        try again.send(keys: "6")
        try again.waitFor(text: "Stands to visit · 1 exhibitor")
        try again.waitFor(text: "Programme · 1 item")
        try again.send(keys: "Q")
        #expect(try again.waitForExit() == 0)
    }

    /// A new visitor's whole story: build a plan with a priority, a note and a visit, quit, come
    /// back, and export it to a calendar from the plan screen.
    @Test func buildQuitReturnAndExportACalendarFromTheGuide() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        // The export's path must fit on the message line whatever the clone's path is.
        let shortDirectory = try ShortTemporaryDirectory()
        defer { shortDirectory.remove() }
        let work = URL(fileURLWithPath: shortDirectory.path)
        let environment = ["XDG_STATE_HOME": state.path]
        do {
            let session = try EndToEndTests.guide(columns: 100, environment: environment, workingDirectory: work.path)
            try session.send(keys: "2")
            try session.waitFor(text: "of 207 exhibitors")
            try session.send(keys: "!")
            try session.waitFor(text: "Must see")
            try session.send(keys: "e")
            try session.waitFor(text: "Note:")
            try session.type("ask for the UAV brochure")
            try session.send(keys: "Enter")
            try session.waitFor(text: "Note saved")
            try session.send(keys: "Down", "v")
            try session.waitFor(text: "✓ Visited")
            try session.send(keys: "5", "f")
            // Programme titles are long: the end of the message may be cut at this width.
            try session.waitFor(text: "★ Added")
            try session.send(keys: "Q")
            #expect(try session.waitForExit() == 0)
        }
        let again = try EndToEndTests.guide(columns: 200, environment: environment, workingDirectory: work.path)
        try again.send(keys: "6")
        try again.waitFor(text: "★ 3 in My plan")
        try again.waitFor(text: "1 of 2 visited")
        try again.waitFor(text: "ask for the UAV brochure")
        try again.send(keys: "E")
        try again.waitFor(text: "Export My plan")
        try again.send(keys: "Enter")
        try again.waitFor(text: "Exported My plan (iCalendar) to " + work.path + "/adex-2024-plan.ics")
        try again.send(keys: "Q")
        #expect(try again.waitForExit() == 0)
        let calendar = try String(contentsOf: work.appendingPathComponent("adex-2024-plan.ics"), encoding: .utf8)
        #expect(calendar.contains("BEGIN:VEVENT"))
        #expect(calendar.contains("time not published"))
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
        let aside = try #require(names.first { $0.hasPrefix("plan-adex-2024.json.unreadable-") })
        // Said again once the screen is restored, in full, where it stays in the terminal.
        try session.waitFor("the moved-aside path after exit", history: true) {
            $0.contains("adex-guide: Your plan file could not be read and was moved to \(directory.path)/\(aside)")
        }
    }

    /// A FIFO where the plan file goes: the guide starts at once instead of waiting for a writer,
    /// says the plan cannot be read (and that changes will not be saved), and leaves it.
    @Test func aFIFOInPlaceOfThePlanNeitherBlocksNorIsReplaced() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let directory = state.appendingPathComponent("adex-guide")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let fifo = directory.appendingPathComponent("plan-adex-2024.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let session = try EndToEndTests.guide(columns: 160, environment: ["XDG_STATE_HOME": state.path])
        try session.waitFor(text: "My plan cannot be read, so changes will not be saved")
        try session.send(keys: "2")
        try session.waitFor(text: "of 207 exhibitors")
        try session.send(keys: "f")
        try session.waitFor(text: "to My plan")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
        try session.waitFor("the reason after exit", history: true) { $0.contains("\(fifo) : is a FIFO") || $0.contains("\(fifo): is a FIFO") }
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    /// A plan kept in another folder through a symbolic link: the guide's saves go to the file
    /// the link leads to, and the link stays.
    @Test func aLinkedPlanStaysALinkWhenTheGuideSaves() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let directory = state.appendingPathComponent("adex-guide")
        let synced = state.appendingPathComponent("Synced")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: synced, withIntermediateDirectories: true)
        let link = directory.appendingPathComponent("plan-adex-2024.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../Synced/plan.json")
        let session = try EndToEndTests.guide(environment: ["XDG_STATE_HOME": state.path])
        try session.send(keys: "2")
        try session.waitFor(text: "of 207 exhibitors")
        try session.send(keys: "f")
        try session.waitFor(text: "to My plan")
        try session.send(keys: "Q")
        #expect(try session.waitForExit() == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../Synced/plan.json")
        let saved = try String(contentsOf: synced.appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(saved.contains(#""favourite": true"#))
    }
}
