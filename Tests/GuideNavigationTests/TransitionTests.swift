import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// One behaviour per test: what a key does to the state, on the bundled data and the fictional show.
struct TransitionTests {
    static let duringShow = GuideDriver.moment("2024-09-25T11:00")

    func bundled(_ columns: Int = 80, _ lines: Int = 24) throws -> GuideDriver {
        GuideDriver(catalog: try Fixtures.loadBundled(), columns: columns, lines: lines, now: Self.duringShow)
    }

    func fictional(_ columns: Int = 80, _ lines: Int = 24) throws -> GuideDriver {
        GuideDriver(catalog: try Fixtures.loadFictional(), columns: columns, lines: lines, now: GuideDriver.moment("2030-06-03T11:40"))
    }

    @Test func numberKeysTabAndShiftTabSwitchTabs() throws {
        var driver = try bundled()
        #expect(driver.state.tab == .home)
        driver.press(.character("3"))
        #expect(driver.state.tab == .categories)
        driver.press(.tab)
        #expect(driver.state.tab == .halls)
        driver.press(.backTab, .backTab, .backTab, .backTab)
        #expect(driver.state.tab == .plan)
    }

    @Test func backReturnsExactlyWhereTheUserWas() throws {
        var driver = try bundled()
        driver.press(.character("2"))
        for _ in 0..<30 { driver.press(.down) }
        let before = driver.state.route
        driver.press(.enter)
        guard case .exhibitor = driver.state.route else { Issue.record("Enter did not open the exhibitor"); return }
        driver.press(.down, .down)
        driver.press(.escape)
        #expect(driver.state.route == before)
        guard case .exhibitors(let list) = before else { return }
        #expect(list.list.selected == 30)
        #expect(list.list.offset == 30 - ScreenLayout.listRows(for: before, lines: 24) + 1)
    }

    @Test func qGoesBackThenHomeThenQuits() throws {
        var driver = try bundled()
        driver.press(.character("3"), .enter)
        #expect(driver.state.stack.count == 2)
        driver.press(.character("q"))
        #expect(driver.state.stack.count == 1)
        driver.press(.character("q"))
        #expect(driver.state.tab == .home)
        #expect(driver.lastEffect == .none)
        driver.press(.escape)
        #expect(driver.lastEffect == .bell)
        driver.press(.character("q"))
        #expect(driver.lastEffect == .quit)
    }

    @Test func quitAndSuspendWorkFromAnywhereIncludingOverlays() throws {
        var driver = try bundled()
        driver.press(.character("/"))
        driver.type("Qu")
        #expect(driver.lastEffect == .none, "Q is text in the search field")
        driver.press(.control("c"))
        #expect(driver.lastEffect == .quit)
        driver.press(.control("z"))
        #expect(driver.lastEffect == .suspend)
    }

    @Test func pagingAndEndsStayInBounds() throws {
        var driver = try bundled()
        driver.press(.character("2"), .end)
        guard case .exhibitors(let end) = driver.state.route else { return }
        #expect(end.list.selected == 206)
        driver.press(.pageDown)
        #expect(driver.lastEffect == .none)
        driver.press(.home, .pageDown)
        guard case .exhibitors(let paged) = driver.state.route else { return }
        #expect(paged.list.selected == ScreenLayout.listRows(for: driver.state.route, lines: 24) - 1)
    }

    @Test func categoryEnterListsItsExhibitorsIncludingSubCategories() throws {
        var driver = try fictional()
        driver.press(.character("3"), .enter)
        guard case .exhibitors(let list) = driver.state.route else { Issue.record("no list"); return }
        #expect(list.chips == [FacetChip(.category, .id("air"))])
        #expect(Rows.exhibitors(list, in: driver.catalog).count == 3)
    }

    @Test func filtersCombineShowCountsAndClearOneByOne() throws {
        var driver = try bundled()
        driver.press(.character("2"), .character("F"))
        // Country facet: three steps right from "show".
        driver.press(.right, .right, .right)
        guard case .filter(let panel) = driver.state.overlay else { Issue.record("no panel"); return }
        #expect(panel.facet == .country)
        let rows = Rows.facetValues(panel, route: ExhibitorListRoute(), in: driver.catalog)
        let turkey = try #require(rows.firstIndex { $0.value == .id("TR") })
        for _ in 0..<turkey { driver.press(.down) }
        // Enter toggles (Space is typed text in the panel).
        driver.press(.enter)
        driver.press(.left)  // category facet
        guard case .filter(let categoryPanel) = driver.state.overlay else { Issue.record("no panel"); return }
        let categories = Rows.facetValues(categoryPanel, route: ExhibitorListRoute(chips: [FacetChip(.country, .id("TR"))]), in: driver.catalog)
        let weapons = try #require(categories.firstIndex { $0.value == .id("weapons-and-ammunition") })
        #expect(categories[weapons].count == 9)
        for _ in 0..<weapons { driver.press(.down) }
        driver.press(.enter, .escape)
        #expect(driver.state.overlay == nil)
        guard case .exhibitors(let list) = driver.state.route else { return }
        #expect(list.chips.count == 2)
        #expect(Rows.exhibitors(list, in: driver.catalog).count == 9)
        driver.press(.character("x"))
        guard case .exhibitors(let fewer) = driver.state.route else { return }
        #expect(fewer.chips == [FacetChip(.country, .id("TR"))])
        #expect(driver.state.message?.text == "Filter removed: Weapons and ammunition")
        driver.press(.character("X"))
        guard case .exhibitors(let none) = driver.state.route else { return }
        #expect(none.chips.isEmpty)
    }

    @Test func searchTypesJumpsAndEnablesNextMatch() throws {
        var driver = try bundled()
        driver.press(.character("/"))
        driver.type("azersilah")
        guard case .search(let search) = driver.state.overlay else { Issue.record("no search"); return }
        #expect(search.hits.first?.id == "azersilah")
        driver.press(.enter)
        #expect(driver.state.tab == .home, "results open on the tab the search began on")
        #expect(driver.state.route == .exhibitor(id: "azersilah", scroll: 0))
        driver.press(.escape)
        #expect(driver.state.route == .home(scroll: 0), "back returns to where the search began")
        driver.press(.character("2"))
        // n in a list jumps to rows matching the last search.
        driver.press(.character("/"))
        driver.type("barzan")
        driver.press(.escape)
        driver.press(.character("n"))
        guard case .exhibitors(let list) = driver.state.route else { Issue.record("not on the list"); return }
        let rows = Rows.exhibitors(list, in: driver.catalog)
        #expect(driver.catalog.exhibitors[rows[list.list.selected]].name.hasPrefix("BARZAN"))
        #expect(driver.state.message?.text == "\"barzan\": match 1 of 3")
        driver.press(.character("N"))
        #expect(driver.state.message?.text == "\"barzan\": match 3 of 3")
    }

    @Test func searchBackspaceAndEmptyResults() throws {
        var driver = try bundled()
        driver.press(.character("/"))
        driver.type("zzqx")
        guard case .search(let empty) = driver.state.overlay else { return }
        #expect(empty.hits.isEmpty)
        driver.press(.enter)
        #expect(driver.lastEffect == .bell)
        for _ in 0..<4 { driver.press(.backspace) }
        driver.press(.backspace)
        #expect(driver.lastEffect == .bell)
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
    }

    @Test func scheduleChangesDayAndOpensItems() throws {
        var driver = try bundled()
        driver.press(.character("5"))
        guard case .schedule(let today) = driver.state.route else { return }
        #expect(today.dayIndex == 1, "opens on today during the show")
        driver.press(.character("]"), .character("]"))
        guard case .schedule(let undated) = driver.state.route else { return }
        #expect(undated.dayIndex == 3, "the last page is 'day not published'")
        driver.press(.character("]"))
        #expect(driver.lastEffect == .bell)
        driver.press(.left, .left, .left)
        guard case .schedule(let first) = driver.state.route else { return }
        #expect(first.dayIndex == 0)
        // The first row is a heading; the selection sits on the first item.
        let rows = Rows.schedule(dayIndex: 0, in: driver.catalog)
        #expect(rows[first.list.selected].item != nil)
        driver.press(.enter)
        guard case .programmeItem = driver.state.route else { Issue.record("not opened"); return }
        driver.press(.character("f"))
        #expect(driver.state.plan.programme.count == 1)
    }

    @Test func favouritesToggleEverywhereAndAppearInMyPlan() throws {
        var driver = try bundled()
        driver.press(.character("2"), .character("f"), .down, .character(" "))
        #expect(driver.state.plan.exhibitors.count == 2)
        #expect(driver.state.message?.text.hasPrefix("★ Added") == true)
        driver.press(.enter, .character("f"))
        #expect(driver.state.plan.exhibitors.count == 1)
        driver.press(.character("6"))
        guard case .plan(let planRoute) = driver.state.route else { Issue.record("not on My plan"); return }
        let rows = Rows.plan(driver.state.plan, route: planRoute, in: driver.catalog)
        guard let first = rows.firstIndex(where: \.isSelectable) else { Issue.record("no selectable row"); return }
        #expect(rows[..<first].allSatisfy { !$0.isSelectable })
        #expect(rows.filter(\.isSelectable).count == 1)
        #expect(planRoute.list.selected == first, "the headings are skipped")
        driver.press(.character("f"))
        #expect(driver.state.plan.isEmpty)
    }

    @Test func mapShowsTheStandOrSaysItIsNotPublished() throws {
        var adex = try bundled()
        adex.press(.character("2"), .character("m"))
        #expect(adex.lastEffect == .bell)
        #expect(adex.state.message?.text.hasPrefix("Stand not published: ") == true)
        var fiction = try fictional()
        fiction.press(.character("2"), .enter, .character("m"))
        #expect(fiction.state.tab == .exhibitors, "the plan opens on the current tab, so back returns here")
        #expect(fiction.state.route == .hall(HallRoute(hallID: "hall-a", selectedStand: "A1")))
        fiction.press(.right)
        #expect(fiction.state.route == .hall(HallRoute(hallID: "hall-a", selectedStand: "A2")))
        fiction.press(.down)
        #expect(fiction.state.route == .hall(HallRoute(hallID: "hall-a", selectedStand: "A6")))
        fiction.press(.left)
        #expect(fiction.state.route == .hall(HallRoute(hallID: "hall-a", selectedStand: "A5")))
        fiction.press(.left)
        #expect(fiction.lastEffect == .bell)
        fiction.press(.enter)
        #expect(fiction.state.route == .exhibitor(id: "ozgur-uav", scroll: 0))
    }

    @Test func standNeighboursFollowTheLayout() throws {
        let hall = try #require(try Fixtures.loadFictional().hall(id: "hall-a"))
        #expect(StandNavigator.neighbour(of: "A1", .right, in: hall)?.code == "A2")
        #expect(StandNavigator.neighbour(of: "A4", .down, in: hall)?.code == "A7")
        #expect(StandNavigator.neighbour(of: "A7", .up, in: hall)?.code == "A4")
        #expect(StandNavigator.neighbour(of: "A1", .up, in: hall) == nil)
    }

    @Test func detailScrollStopsAtTheEnd() throws {
        var driver = try bundled()
        driver.press(.character("/"))
        driver.type("pakistan aeronautical")
        driver.press(.enter)
        for _ in 0..<200 { driver.press(.down) }
        guard case .exhibitor(_, let scroll) = driver.state.route else { return }
        let height = driver.context.contentHeight(driver.state.route, ScreenLayout.detailWidth(columns: 80), driver.state.plan)
        #expect(scroll == max(0, height - ScreenLayout.listRows(for: driver.state.route, lines: 24)))
        #expect(scroll > 0)
    }

    @Test func resizeKeepsStateAndReclamps() throws {
        var driver = try bundled()
        driver.press(.character("2"), .end)
        driver.resize(60, 16)
        guard case .exhibitors(let small) = driver.state.route else { return }
        #expect(small.list.selected == 206)
        #expect(small.list.offset == 206 - ScreenLayout.listRows(for: driver.state.route, lines: 16) + 1)
        driver.resize(40, 10)
        #expect(driver.state.isTooSmall)
        driver.resize(120, 40)
        guard case .exhibitors(let large) = driver.state.route else { return }
        #expect(large.list.selected == 206)
    }

    @Test func quittingAsksFirstOnlyWhenMyPlanCouldNotBeSaved() throws {
        var driver = try bundled()
        driver.press(.character("2"), .character("f"), .character("1"))
        driver.press(.character("q"))
        #expect(driver.lastEffect == .quit, "a saved plan is not lost by quitting")
        driver = try bundled()
        driver.press(.character("2"), .character("f"), .character("1"))
        driver.state.planCouldNotBeSaved("/state: Read-only file system")
        driver.press(.character("q"))
        #expect(driver.lastEffect == .bell)
        #expect(driver.state.message?.text.hasPrefix("My plan could not be saved") == true)
        driver.press(.down)
        driver.press(.character("q"))
        #expect(driver.lastEffect == .bell, "any other key cancels the question")
        driver.press(.character("q"))
        #expect(driver.lastEffect == .quit)
        driver.press(.character("Q"))
        #expect(driver.lastEffect == .quit, "Q never asks")
    }

    @Test func scheduleOpensOnWhatIsOnNow() throws {
        let driver = try fictional()
        guard case .schedule(let schedule) = driver.state.stacks[.schedule]?.last else { return }
        let rows = Rows.schedule(dayIndex: schedule.dayIndex, in: driver.catalog)
        #expect(rows[schedule.list.selected].item?.id == "drone-demo")
    }

    @Test func fAndMExplainWhenThereIsNothingToActOn() throws {
        var driver = try bundled()
        driver.press(.character("3"), .character("f"))
        #expect(driver.lastEffect == .bell)
        driver.press(.character("5"), .enter, .character("m"))
        #expect(driver.state.message?.text.hasPrefix("m shows the selected exhibitor's stand") == true)
    }

    @Test func theCurrentTabsNumberGoesBackToItsFirstScreen() throws {
        var driver = try bundled()
        driver.press(.character("2"), .down, .down, .enter)
        guard case .exhibitor = driver.state.route else { Issue.record("Enter did not open the exhibitor"); return }
        // Another tab and back: the exhibitor is still there.
        driver.press(.character("3"), .character("2"))
        guard case .exhibitor = driver.state.route else { Issue.record("switching tabs lost the place"); return }
        // The number of the tab it is on: back to the list, its selection kept.
        driver.press(.character("2"))
        guard case .exhibitors(let list) = driver.state.route else { Issue.record("2 on the Exhibitors tab did not go back to the list"); return }
        #expect(list.list.selected == 2)
        #expect(driver.state.stack.count == 1)
        driver.press(.character("2"))
        #expect(driver.state.stack.count == 1, "at the first screen already: nothing changes")
    }

    @Test func helpOpensFromAnywhereAndCloses() throws {
        var driver = try bundled()
        driver.press(.character("4"), .function(1))
        guard case .help(let start) = driver.state.overlay else { Issue.record("F1 did not open the help"); return }
        // At the keys of the screen it was asked from (the halls list), the general ones above.
        #expect(start > 0)
        #expect(driver.screen.contains("Lists (categories, halls)"))
        driver.press(.down)
        #expect(driver.state.overlay == .help(scroll: start + 1))
        driver.press(.home)
        #expect(driver.state.overlay == .help(scroll: 0))
        driver.press(.character("?"))
        #expect(driver.state.overlay == nil)
        #expect(driver.state.tab == .halls)
        // From Home, at the top: its section is the general keys.
        driver.press(.character("1"), .character("?"))
        #expect(driver.state.overlay == .help(scroll: 0))
        driver.press(.escape)
        // From the exhibitor list, at its section, whose heading is the first line shown.
        driver.press(.character("2"), .character("?"))
        let lines = driver.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.contains("Exhibitor list") && !$0.contains("Exhibitor list ·") })
    }
}
