import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// The editions screens (H on the home screen) on a catalog with a fair history: the chart of
/// exhibitors per edition, and one edition's lists with its countries.
struct EditionsScreenTests {
    func driver(_ columns: Int, _ lines: Int) throws -> GuideDriver {
        GuideDriver(catalog: try Fixtures.loadFictionalWithHistory(), columns: columns, lines: lines,
                    now: GuideDriver.moment("2030-06-03T11:40"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func editionsAndOneEdition(_ size: (Int, Int)) throws {
        var driver = try driver(size.0, size.1)
        driver.press(.character("H"))
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "editions-\(size.0)x\(size.1)")
        // The last edition: its returning exhibitors.
        driver.press(.end, .enter, .character("]"))
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "edition-returning-\(size.0)x\(size.1)")
    }

    @Test func editionKeysMoveBetweenListsAndOpenExhibitors() throws {
        var driver = try driver(80, 24)
        driver.press(.character("H"))
        guard case .editions(let list) = driver.state.route else { Issue.record("H did not open the editions"); return }
        let rows = Rows.editions(in: driver.catalog)
        #expect(rows[list.selected] == .edition("expo-2028"), "the cursor starts on the first edition, past the chart")
        driver.press(.end, .enter)
        guard case .edition(let edition) = driver.state.route else { Issue.record("Enter did not open the edition"); return }
        #expect(edition.showID == "safety")
        #expect(edition.group == .new)
        driver.press(.character("["), .character("["))
        #expect(driver.lastEffect == .bell, "all is the first list")
        driver.press(.character("]"), .character("]"), .character("]"))
        guard case .edition(let last) = driver.state.route else { return }
        #expect(last.group == .notReturning)
        let ids = Rows.edition(last, in: driver.catalog)
        #expect(!ids.isEmpty)
        driver.press(.enter)
        guard case .exhibitor(let id, _) = driver.state.route else { Issue.record("Enter did not open the exhibitor"); return }
        #expect(.exhibitor(id) == ids[0])
        driver.press(.escape, .character("f"))
        #expect(driver.state.plan.contains(exhibitor: id))
    }

    @Test func withoutAHistoryHSaysHowToGetOne() throws {
        var driver = GuideDriver(catalog: try Fixtures.loadFictional(), now: GuideDriver.moment("2030-06-03T11:40"))
        driver.press(.character("H"))
        #expect(driver.lastEffect == .bell)
        #expect(driver.state.message?.text.contains("--data a.json --data b.json") == true)
    }
}

/// An exhibitor of a catalog of several fairs lists the fairs it attended, by year.
struct FairsAttendedTests {
    @Test func theDetailListsFairsByYearWithTheirSpellings() throws {
        let catalog = try Fixtures.loadFictionalWithHistory()
        let returning = try #require(Rows.edition(EditionRoute(showID: "safety", group: .returning), in: catalog).first?.exhibitorID)
        var driver = GuideDriver(catalog: catalog, now: GuideDriver.moment("2030-06-03T11:40"))
        driver.press(.character("H"), .end, .enter, .character("]"), .enter)
        guard case .exhibitor(let id, _) = driver.state.route else { Issue.record("not on the exhibitor"); return }
        #expect(id == returning)
        let screen = driver.screen
        #expect(screen.contains("Fairs attended (2)"))
        #expect(screen.contains("2030 · Fictional Expo"))
    }
}
