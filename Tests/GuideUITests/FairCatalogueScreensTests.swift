import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// The screens of a catalogue of several fairs: Home says what it spans and holds (no "today"),
/// the fairs list and a fair's detail, the filter panel narrowed by typing, and no screen shows
/// invented days for a fair dated only approximately.
struct FairCatalogueScreensTests {
    static let moment = GuideDriver.moment("2026-12-06T10:00")

    func driver(_ columns: Int = 80, _ lines: Int = 24) throws -> GuideDriver {
        GuideDriver(catalog: try FairCatalogueSamples.load(), columns: columns, lines: lines, now: Self.moment)
    }

    @Test func homeSaysTheSpanTheCountsAndTheUnreadableFiles() throws {
        let driver = try driver(100, 30)
        let screen = driver.screen
        #expect(screen.contains("Span        2004–2024"), "\(screen)")
        #expect(screen.contains("5 fairs, 2004–2024"), "title bar")
        #expect(screen.contains("2 files could not be read: broken-one.json, broken-two.json (see info)"))
        #expect(screen.contains("Latest fairs"))
        #expect(screen.contains("ADEX 2024 · 24 – 26 September 2024") || screen.contains("ADEX 2024 · 24–26 September 2024") || screen.contains("ADEX 2024 ·"))
        for countdown in ["day ", "starts in", "ended ", "Now"] {
            #expect(!screen.contains(countdown), "\(countdown)")
        }
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "catalogue-home-100x30")
    }

    @Test func fairsListAndAFairsDetail() throws {
        var driver = try driver()
        driver.press(.character("L"))
        let list = driver.screen
        #expect(list.contains("2004"))
        #expect(list.contains("Sep 2011") || list.contains("September 2011"))
        #expect(list.contains("held, list not published"))
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "fairs-80x24")
        let index = try #require(Rows.fairs(in: driver.catalog).firstIndex { $0.show.name == "ADEX 2024" })
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        let detail = driver.screen
        #expect(detail.contains("https://adex-second-site.example"))
        #expect(detail.contains("Delegations (4)"))
        #expect(detail.contains("2 countries: "))
        #expect(detail.contains("country not given 1"))
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "fair-detail-80x24")
    }

    @Test func theFilterPanelShowsWhatIsTypedTheOrderAndTheMatches() throws {
        var driver = try driver()
        driver.press(.character("2"), .character("F"))
        #expect(driver.screen.contains("by count ▾"))
        driver.type("adex")
        let screen = driver.screen
        #expect(screen.contains("find: adex"))
        #expect(!screen.contains("Northwind"))
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "filter-typed-80x24")
        driver.type("zzz")
        #expect(driver.screen.contains("No value matches \"adexzzz\""))
    }

    /// The class: wherever a fair dated only approximately appears, its days are never printed.
    @Test(arguments: ["northwind-2004", "northwind-2011"])
    func noScreenInventsDaysForAnApproximateFair(id: String) throws {
        var driver = try driver(120, 40)
        let show = try #require(driver.catalog.show(id: id))
        let invented = [show.firstDay.longText, show.lastDay.longText, LocalDate.rangeText(show.firstDay, show.lastDay)]
        var screens = [driver.screen]
        driver.press(.character("L"))
        screens.append(driver.screen)
        let index = try #require(Rows.fairs(in: driver.catalog).firstIndex { $0.show.id == id })
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        screens.append(driver.screen)
        #expect(driver.screen.contains(show.dateLabel + " (the source gives no days)"))
        driver.press(.character("1"), .character("H"))
        screens.append(driver.screen)
        #expect(driver.screen.contains("list not published"))
        driver.press(.escape, .character("/"))
        driver.type("northwind")
        screens.append(driver.screen)
        for screen in screens {
            for text in invented { #expect(!screen.contains(text), "\(text) in\n\(screen)") }
        }
    }

    @Test func theEditionsScreenDatesApproximateEditionsByTheirLabel() throws {
        var driver = try driver(100, 30)
        driver.press(.character("H"))
        let screen = driver.screen
        #expect(screen.contains("Northwind Expo 2011 (September 2011)"), "\(screen)")
        #expect(!screen.contains("Northwind Expo 2004 (2004)"), "the year is not repeated")
    }
}
