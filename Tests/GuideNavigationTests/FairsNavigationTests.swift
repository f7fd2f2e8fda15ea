import GuideModel
import GuideNavigation
import GuideSearch
import GuideTestSupport
import GuideUI
import Testing

/// A catalogue of several fairs: Home → Fairs → a fair → its exhibitors, and search finding
/// series and fairs; each step checked as the whole back stack.
struct FairsNavigationTests {
    static let moment = GuideDriver.moment("2026-12-06T10:00")

    func driver() throws -> GuideDriver {
        GuideDriver(catalog: try FairCatalogueSamples.load(), columns: 100, lines: 30, now: Self.moment)
    }

    @Test func homeToFairsToAFairToItsExhibitors() throws {
        var driver = try driver()
        driver.press(.character("L"))
        #expect(driver.state.stack == [.home(scroll: 0), .fairs(ListState())])
        let rows = Rows.fairs(in: driver.catalog)
        let index = try #require(rows.firstIndex { $0.show.name == "ADEX 2024" })
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        let listState = ListState(selected: index, offset: 0)
        #expect(driver.state.stack == [.home(scroll: 0), .fairs(listState), .fair(id: rows[index].show.id, scroll: 0)])
        driver.press(.enter)
        #expect(driver.state.stack == [.home(scroll: 0), .fairs(listState), .fair(id: rows[index].show.id, scroll: 0),
                                       .exhibitors(ExhibitorListRoute(chips: [FacetChip(.show, .id(rows[index].show.id))]))])
        guard case .exhibitors(let list) = driver.state.route else { return }
        #expect(Rows.exhibitors(list, in: driver.catalog).count == rows[index].exhibitorCount)
        driver.press(.escape, .escape)
        #expect(driver.state.stack == [.home(scroll: 0), .fairs(listState)])
    }

    /// A fair held without a published list is opened, but its exhibitors are not listed as
    /// if nobody came.
    @Test(arguments: ["northwind-2004", "northwind-2011", "adex-2016"])
    func aFairWithoutAListSaysSoInsteadOfAnEmptyList(id: String) throws {
        var driver = try driver()
        driver.press(.character("L"))
        let rows = Rows.fairs(in: driver.catalog)
        let index = try #require(rows.firstIndex { $0.show.id == id })
        #expect(rows[index].exhibitorCount == nil)
        for _ in 0..<index { driver.press(.down) }
        driver.press(.enter)
        let stack = driver.state.stack
        driver.press(.enter)
        #expect(driver.lastEffect == .bell)
        #expect(driver.state.stack == stack)
        #expect(driver.state.message?.text.contains("exhibitor list of this fair is not in the data") == true)
    }

    @Test func lOnASingleEventSaysThereAreNoFairs() throws {
        var driver = GuideDriver(catalog: try Fixtures.loadFictional(), now: GuideDriver.moment("2030-06-03T11:40"))
        let before = driver.state
        driver.press(.character("L"))
        if driver.catalog.shows.count > 1 {
            #expect(driver.state.stack.last == .fairs(ListState()))
        } else {
            #expect(driver.lastEffect == .bell)
            #expect(driver.state.stack == before.stack)
        }
    }

    @Test(arguments: ["north", "NORTHWIND", "northwind expo", "nörthwind"])
    func searchListsTheSeriesAndItsFairsAboveCompanies(query: String) throws {
        var driver = try driver()
        driver.press(.character("/"))
        driver.type(query)
        guard case .search(let search) = driver.state.overlay else { Issue.record("no search"); return }
        let kinds = search.results.groups.map(\.kind)
        #expect(kinds.prefix(2) == [.series, .fair], "\(kinds)")
        #expect(search.results.groups[0].hits.map(\.id) == [FairCatalogueSamples.seriesID])
        // Latest fair first.
        #expect(search.results.groups[1].hits.map(\.id) == ["northwind-2011", "northwind-2004"])
        #expect(driver.screen.contains("Northwind Expo 2011 · September 2011"), "\(driver.screen)")
        // Enter on the series opens the editions screen on its first edition.
        driver.press(.enter)
        guard case .editions(let list) = driver.state.route else { Issue.record("not the editions"); return }
        #expect(Rows.editions(in: driver.catalog)[list.selected] == .edition("northwind-2004"))
        #expect(driver.state.overlay == nil)
    }

    @Test func aFairHitOpensTheFair() throws {
        var driver = try driver()
        driver.press(.character("/"))
        driver.type("adex 2024")
        guard case .search(let search) = driver.state.overlay else { Issue.record("no search"); return }
        let position = try #require(search.hits.firstIndex { $0.kind == .fair })
        for _ in 0..<position { driver.press(.down) }
        driver.press(.enter)
        #expect(driver.state.stack == [.home(scroll: 0), .fair(id: search.hits[position].id, scroll: 0)])
    }

    @Test func aSingleEventHasNoFairResults() throws {
        let catalog = try Fixtures.loadFictional()
        #expect(FairSearch(catalog) == nil)
    }
}
