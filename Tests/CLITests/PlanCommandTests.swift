import Foundation
import GuideTestSupport
import Testing

/// `adex-guide plan ...` against the real binary, with the plan in a scratch state directory.
@Suite struct PlanCommandTests {
    let runner = BinaryRunner()

    @Test func aPlanBuiltOnTheCommandLineIsSavedAndShown() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        #expect(try runner.run(["plan", "add", "aselsan", "--must"], environment: environment).stdout.contains("★ Added ASELSAN to your plan (must)"))
        #expect(try runner.run(["plan", "add", "opening-ceremony"], environment: environment).status == 0)
        #expect(try runner.run(["plan", "note", "aselsan", "radar, 14:00"], environment: environment).status == 0)
        #expect(try runner.run(["plan", "visited", "aselsan"], environment: environment).status == 0)
        let shown = try runner.run(["plan", "show"], environment: environment)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("1 programme items, 1 exhibitors"))
        #expect(shown.stdout.contains("✓ ASELSAN  [must]"))
        #expect(shown.stdout.contains("note: radar, 14:00"))
        #expect(shown.stdout.contains("Opening ceremony"))
        let file = state.appendingPathComponent("adex-guide/plan-adex-2024.json")
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains(#""format": "adex-guide-plan/1""#))

        let json = try runner.run(["plan", "show", "--json"], environment: environment)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["exhibitors"] as? [[String: Any]])?.first?["visited"] as? Bool == true)

        #expect(try runner.run(["plan", "remove", "aselsan"], environment: environment).stdout.contains("Removed ASELSAN"))
        let missing = try runner.run(["plan", "remove", "aselsan"], environment: environment)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("is not in your plan"))
    }

    @Test func anUnreadablePlanIsMovedAsideNeverLost() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let directory = state.appendingPathComponent("adex-guide")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("plan-adex-2024.json")
        try Data("{ not json".utf8).write(to: file)
        let outcome = try runner.run(["plan", "add", "aselsan"], environment: ["XDG_STATE_HOME": state.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("could not be read"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let aside = try #require(names.first { $0.hasPrefix("plan-adex-2024.json.unreadable-") })
        #expect(try String(contentsOf: directory.appendingPathComponent(aside), encoding: .utf8) == "{ not json")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("aselsan"))
    }

    @Test func aReadOnlyPlaceFailsWithACodeAndKeepsTheOldPlan() throws {
        let state = try Fixtures.temporaryDirectory()
        defer {
            chmod(state.appendingPathComponent("adex-guide").path, 0o700)
            try? FileManager.default.removeItem(at: state)
        }
        let environment = ["XDG_STATE_HOME": state.path]
        #expect(try runner.run(["plan", "add", "aselsan"], environment: environment).status == 0)
        chmod(state.appendingPathComponent("adex-guide").path, 0o500)
        let outcome = try runner.run(["plan", "add", "roketsan"], environment: environment)
        if getuid() == 0 {
            // root writes anywhere: the save succeeds, which is still correct behaviour.
            #expect(outcome.status == 0)
        } else {
            #expect(outcome.status == 73)
            #expect(outcome.stderr.contains("could not save the plan"))
        }
        #expect(try runner.run(["plan", "show"], environment: environment).stdout.contains("ASELSAN"))
    }

    @Test func aPathThatCannotExistIsAClearError() throws {
        let outcome = try runner.run(["plan", "add", "aselsan"], environment: ["XDG_STATE_HOME": "/proc/no-such-place"])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("/proc/no-such-place"))
    }

    @Test func aColleaguesPlanIsImported() throws {
        let mine = try Fixtures.temporaryDirectory()
        let theirs = try Fixtures.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: mine)
            try? FileManager.default.removeItem(at: theirs)
        }
        #expect(try runner.run(["plan", "add", "aselsan", "--must"], environment: ["XDG_STATE_HOME": mine.path]).status == 0)
        #expect(try runner.run(["plan", "add", "aselsan"], environment: ["XDG_STATE_HOME": theirs.path]).status == 0)
        #expect(try runner.run(["plan", "add", "roketsan"], environment: ["XDG_STATE_HOME": theirs.path]).status == 0)
        let file = theirs.appendingPathComponent("adex-guide/plan-adex-2024.json").path
        let outcome = try runner.run(["plan", "import", file], environment: ["XDG_STATE_HOME": mine.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("1 added, 1 with differences"))
        #expect(outcome.stdout.contains("priority: yours must, theirs maybe; kept yours"))
        let broken = theirs.appendingPathComponent("broken.json")
        try Data(#"{"format": "adex-guide-plan/1", "event": "adex-2024", "items": [{"kind": "stand"}]}"#.utf8).write(to: broken)
        let bad = try runner.run(["plan", "import", broken.path], environment: ["XDG_STATE_HOME": mine.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("broken.json:$.items[0].kind"))
    }
}
