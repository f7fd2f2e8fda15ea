import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import Testing

/// Screens of a folder of fairs of several years (exhibitor lists only): nothing in them may
/// read as if it were one event of thousands of days, and the schedule tab, with no programme,
/// says so instead of showing years of empty days.
struct FairFolderScreensTests {
    func driver() throws -> GuideDriver {
        GuideDriver(catalog: try FairSamples.loadFixtureCollection(), columns: 100, lines: 30, now: GuideDriver.moment("2026-12-06T10:00"))
    }

    @Test func homeGivesTheSpanOfTheFairsNotADayCount() throws {
        let driver = try driver()
        #expect(driver.catalog.days.count > 2000, "the fixtures span 2016 to 2024")
        let screen = driver.screen
        #expect(screen.contains("Span        2016–2024"), "\(screen)")
        #expect(screen.contains("3 fairs, 2016–2024"), "the title bar: no countdown")
        #expect(!screen.contains(" days"))
        #expect(!screen.contains("Press 5 for the programme"))
    }

    @Test func theScheduleTabSaysThereIsNoProgramme() throws {
        var driver = try driver()
        driver.press(.character("5"))
        let screen = driver.screen
        #expect(screen.contains("This data has no programme items, on any day"), "\(screen)")
        #expect(!screen.contains("Sep │"), "no day tabs")
        driver.press(.character("]"), .character("]"), .character("["))
        #expect(driver.screen.contains("This data has no programme items"))
    }

    @Test func anEditionWithoutAListIsNotOpened() throws {
        var driver = try driver()
        driver.press(.character("H"))
        let rows = Rows.editions(in: driver.catalog)
        guard case .editions(let list) = driver.state.route, case .edition(let first) = rows[list.selected] else {
            Issue.record("H did not open the editions on an edition"); return
        }
        #expect(Rows.edition(first, in: driver.catalog)?.listPublished == false, "ADEX 2016 has no list in the sample")
        driver.press(.enter)
        #expect(driver.lastEffect == .bell)
        #expect(driver.state.message?.text.contains("the exhibitor list of this edition is not in the data") == true)
        guard case .editions = driver.state.route else { Issue.record("Enter opened an empty edition"); return }
        // The first edition with a list says everyone is new; the last one does not.
        driver.press(.down, .enter)
        #expect(driver.screen.contains("(the first edition: everyone is new)"))
        driver.press(.escape, .end, .enter)
        #expect(!driver.screen.contains("everyone is new"))
        #expect(driver.screen.contains("returning"))
    }

    @Test func theExhibitorListSaysHowManyFairsAndWhichYears() throws {
        var driver = try driver()
        driver.press(.character("2"))
        let screen = driver.screen
        #expect(screen.contains("FAIRS"))
        #expect(!screen.contains("STAND"), "no fair file publishes stands")
        // The first (in name order) at both listed editions, selected.
        let position = try #require(driver.catalog.exhibitors.firstIndex { $0.shows.count == 2 })
        let both = driver.catalog.exhibitors[position]
        for _ in 0..<position { driver.press(.down) }
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "fair-folder-exhibitors-100x30")
        let line = driver.screen.split(separator: "\n").first { $0.contains(both.name) && $0.contains("2 · 2022–2024") }
        #expect(line != nil, "\(driver.screen)")
    }

    @Test func searchResultsTellCompaniesApartByCountryAndFairs() throws {
        var driver = try driver()
        driver.press(.character("/"))
        for character in "aeronautics" { driver.press(.character(character)) }
        let line = driver.screen.split(separator: "\n").first { $0.contains("AERONAUTICS GROUP") }
        #expect(line?.contains("Israel · 2 · 2022–2024") == true, "\(driver.screen)")
    }
}
