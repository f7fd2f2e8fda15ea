import Foundation
import GuideModel
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
        #expect(shown.stdout.contains("1 programme item, 1 exhibitor (1 visited)"))
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

    static let fictional = ["--data", Fixtures.fixture("fictional-expo.json")]

    /// A plan of the fictional show (times, opening hours, floor plans) in a fresh state directory.
    func fictionalPlan(data: [String] = fictional) throws -> (state: URL, environment: [String: String]) {
        let state = try Fixtures.temporaryDirectory()
        let environment = ["XDG_STATE_HOME": state.path]
        let commands = [["add", "drone-demo", "--must"], ["add", "optics-talk"], ["add", "closing"], ["add", "b2b-meetings"],
                        ["add", "azersky-drones", "--must"], ["add", "rhein-fahrzeuge"], ["add", "oztek"], ["add", "kiev-rescue"],
                        ["add", "yard-vehicles"], ["add", "expo-daily"], ["add", "bosphorus-optics"], ["visited", "bosphorus-optics"],
                        ["note", "azersky-drones", "ask for the hexacopter brochure"]]
        for command in commands {
            let outcome = try runner.run(data + ["plan"] + command, environment: environment)
            #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
        }
        return (state, environment)
    }

    @Test func showWithTimesAndFloorPlansHasClashesFreeTimeAndAWalkingRoute() throws {
        let (state, environment) = try fictionalPlan()
        defer { try? FileManager.default.removeItem(at: state) }
        let shown = try runner.run(Self.fictional + ["plan", "show", "--at", "2030-06-03T10:50"], environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        let out = shown.stdout
        #expect(out.hasPrefix("My plan for Fictional Expo 2030 (test data): 4 programme items, 7 exhibitors (1 visited)\n"
            + "Must see: 1 exhibitor not yet visited, 1 programme item still ahead\n"))
        // Clashes, marked on both items; the untimed item said as such.
        #expect(out.contains("  ⚠ 1 clash between your items (marked below)\n"))
        #expect(out.contains("  1 item without a published time: clashes with it cannot be checked\n"))
        #expect(out.contains("    11:00-12:00  Drone demonstration  [must]  ⚠ clash with Talk: thermal optics\n"))
        #expect(out.contains("    11:30-12:15  Talk: thermal optics  [maybe]  ⚠ clash with Drone demonstration\n"))
        #expect(out.contains("    time not published  Business meetings  [maybe]\n"))
        // Free time per day within the opening hours; a gap after an item without an end is "at most".
        #expect(out.contains("Free time (15 min or more)\n"
            + "  Mon 3 Jun  09:00–11:00 (2 h), 12:15–18:00 (5 h 45 min); within opening hours 09:00–18:00\n"
            + "             not counted, time not published: Business meetings\n"))
        #expect(out.contains("  Wed 5 Jun  09:00–15:30 (6 h 30 min), 15:30–16:00 (at most 30 min: the item before has no published end); "
            + "within opening hours 09:00–16:00\n"))
        #expect(out.contains("opening hours not published for Safety Corner; the gaps follow the published hours"))
        // The walking route: numbered stops from the entrance, visited ticked after, halls without
        // a floor plan grouped, exhibitors without a stand apart.
        #expect(out.contains("""
              Hall A: 3 stops from Main entrance, about 59.5 grid units
                1. stand A7  Rhein Fahrzeuge GmbH (fictional)  [maybe]
                2. stand A4  Öztek Systems (fictional)  [maybe]
                3. stand A1  Azərsky Drones (fictional)  [must]
                             note: ask for the hexacopter brochure
                ✓ stand A2  Boğaziçi Optik (fictional)  [maybe]
              Hall B: 1 stop, starting at stand B1 (the floor plan shows no entrance)
                1. stand B1  Київ Рятувальник (fictional)  [maybe]
              Outdoor yard: floor plan not published: grouped by hall only
                · Yard Vehicles (fictional)  [maybe]
              Stand not published: no walking route
                · Expo Daily (fictional)  [maybe]

            """))

        // --day keeps one day's free time; a day outside the show is bad usage.
        let oneDay = try runner.run(Self.fictional + ["plan", "show", "--day", "2030-06-05"], environment: environment)
        #expect(oneDay.status == 0)
        #expect(oneDay.stdout.contains("  Wed 5 Jun  09:00–15:30"))
        #expect(!oneDay.stdout.contains("Mon 3 Jun  09:00"))
        #expect(oneDay.stdout.contains("Drone demonstration"))
        let outside = try runner.run(Self.fictional + ["plan", "show", "--day", "2030-06-09"], environment: environment)
        #expect(outside.status == 64)
        #expect(outside.stderr == "--day: 2030-06-09 is not a day of the event (2030-06-03 to 2030-06-05)\n")
        #expect(outside.stdout.isEmpty)
    }

    @Test func showJSONAddsClashesFreeTimeAndRouteToTheExistingKeys() throws {
        let (state, environment) = try fictionalPlan()
        defer { try? FileManager.default.removeItem(at: state) }
        let shown = try runner.run(Self.fictional + ["plan", "show", "--json", "--day", "2030-06-03"], environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(object["event"] as? String == "fictional-expo-2030")
        #expect(object["file"] is String)
        let programme = try #require(object["programme"] as? [[String: Any]])
        let drone = try #require(programme.first { $0["id"] as? String == "drone-demo" })
        #expect(drone["start"] as? String == "11:00")
        #expect(drone["priority"] as? String == "must")
        let clashes = try #require(drone["clashes"] as? [[String: Any]])
        #expect(clashes.map { $0["id"] as? String } == ["optics-talk"])
        #expect(clashes.first?["days"] as? [String] == ["2030-06-03"])
        let exhibitors = try #require(object["exhibitors"] as? [[String: Any]])
        #expect(exhibitors.first { $0["id"] as? String == "bosphorus-optics" }?["visited"] as? Bool == true)

        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["mustSeeExhibitorsLeft"] as? Int == 1)
        let freeTime = try #require(object["freeTime"] as? [[String: Any]])
        #expect(freeTime.map { $0["day"] as? String } == ["2030-06-03"])
        #expect(freeTime.first?["basis"] as? String == "openingHours")
        let gaps = try #require(freeTime.first?["gaps"] as? [[String: Any]])
        #expect(gaps.map { "\($0["start"] as? String ?? "")-\($0["end"] as? String ?? "")" } == ["09:00-11:00", "12:15-18:00"])
        #expect(gaps.first?["minutes"] as? Int == 120)

        let route = try #require(object["route"] as? [String: Any])
        let halls = try #require(route["halls"] as? [[String: Any]])
        #expect(halls.map { ($0["hall"] as? [String: Any])?["id"] as? String } == ["hall-a", "hall-b", "yard"])
        let stops = try #require(halls.first?["stops"] as? [[String: Any]])
        #expect(stops.map { $0["stand"] as? String } == ["A7", "A4", "A1"])
        #expect(stops.map { $0["order"] as? Int } == [1, 2, 3])
        #expect(halls.first?["distance"] as? Double == 59.5)
        #expect(halls.first?["visited"] as? [String] == ["bosphorus-optics"])
        #expect((halls.last?["unplaced"] as? [[String: Any]])?.first?["reason"] as? String == "hallLayoutNotPublished")
        #expect((route["unplaced"] as? [[String: Any]])?.first?["reason"] as? String == "standNotPublished")
    }

    @Test func withoutOpeningHoursFreeTimeLiesBetweenTheFirstAndLastItem() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("no-hours.json").path
        let document = try Fixtures.fictionalDocument().setting([.key("shows"), .index(0), .key("openingHours")], to: nil)
        try JSONWriter.write(document).write(toFile: data, atomically: true, encoding: .utf8)
        let (state, environment) = try fictionalPlan(data: ["--data", data])
        defer { try? FileManager.default.removeItem(at: state) }
        let shown = try runner.run(["--data", data, "plan", "show"], environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("  Mon 3 Jun  no free time of 15 min or more; opening hours not published: between your first and last item\n"))
        #expect(shown.stdout.contains("  Tue 4 Jun  unknown: neither opening hours nor the times of your items are published\n"))
    }

    @Test func showWithTheBundledDataSaysWhatIsNotPublished() throws {
        let state = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["XDG_STATE_HOME": state.path]
        for command in [["add", "aselsan", "--must"], ["add", "azersilah"], ["visited", "azersilah"], ["add", "opening-ceremony", "--must"],
                        ["add", "jf-17c-presentation"], ["add", "--programme", "hasanov-meets-strategic-plans-division"]] {
            #expect(try runner.run(["plan"] + command, environment: environment).status == 0)
        }
        let shown = try runner.run(["plan", "show", "--at", "2024-09-24T09:00"], environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        let out = shown.stdout
        #expect(out.contains("Must see: 1 exhibitor not yet visited, 1 programme item still ahead\n"))
        #expect(out.contains("  Times are not published for any of these items, so clashes cannot be checked\n"))
        #expect(out.contains("    time not published  Opening ceremony of ADEX-2024 and Securex Caspian  [must]\n"))
        #expect(out.contains("  day not published\n    time not published  Defence Minister Hasanov meets"))
        #expect(!out.contains("⚠"))
        #expect(out.contains("""
            Free time (15 min or more)
              Tue 24 Sep  unknown: neither opening hours nor the times of your items are published
              Wed 25 Sep  unknown: neither opening hours nor the times of your items are published

            """))
        // ADEX-2024 publishes no stands at all: no route, and no hall to group by.
        #expect(out.contains("""
            Exhibitors
              Stand not published: no walking route
                · ASELSAN  [must]
                ✓ "AZERSILAH" DEFENSE INDUSTRY HOLDING - CLOSED JOINT STOCK COMPANY  [maybe]

            """))
    }
}
