import GuideModel
import GuideNavigation
import GuidePlan
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// My plan, its overlays and the route on the hall map, as text snapshots reached by key presses.
struct PlanScreenTests {
    static let fictionalMoment = GuideDriver.moment("2030-06-03T11:40")

    /// A plan on the fictional show with every feature: a must-see, a visited stand, a note, a
    /// stand in a hall without a floor plan, clashing programme items and one without a time.
    static func richPlan(_ columns: Int, _ lines: Int) throws -> GuideDriver {
        var driver = GuideDriver(catalog: try Fixtures.loadFictional(), columns: columns, lines: lines, now: fictionalMoment)
        // Exhibitors, in name order: mark several, one must see, one visited, one with a note.
        driver.press(.character("2"))
        driver.press(.character("f"), .down, .character("!"), .down, .character("v"), .down, .character("f"), .down, .character("f"))
        driver.press(.down, .character("e"))
        driver.type("ask about thermal cameras")
        driver.press(.enter, .down, .down, .character("f"))
        // Programme: the opening, two overlapping talks and the meetings without a time.
        driver.press(.character("5"), .up, .character("f"), .down, .character("f"), .down, .character("!"), .down, .character("f"))
        driver.press(.character("6"))
        return driver
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func richPlanScreen(_ size: (Int, Int)) throws {
        let driver = try Self.richPlan(size.0, size.1)
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "plan-rich-\(size.0)x\(size.1)")
    }

    /// A note of megabytes (from a plan file) is shown cut, with where to read it whole, so the
    /// item's screen stays a screenful and not tens of thousands of wrapped lines; the plan keeps
    /// all of it.
    @Test func aVeryLongNoteIsShownCut() throws {
        var driver = try Self.richPlan(120, 40)
        guard case .plan(let route) = driver.state.route else { Issue.record("not on My plan"); return }
        let rows = Rows.plan(driver.state.plan, route: route, in: driver.catalog)
        let item = try #require(route.list.selection(count: rows.count).flatMap { rows[$0].item })
        let long = String(repeating: "0123456789", count: 200_000)
        var plan = driver.state.plan
        plan.setNote(long, of: item, at: 1_000)
        driver.state.adoptSavedPlan(plan, in: driver.catalog)
        let marker = "… (the note goes on: adex-guide plan show prints it whole)"
        #expect(PlanNote.excerpt(long) == String(long.prefix(PlanNote.maximumLength)) + " " + marker)
        #expect(PlanNote.excerpt("short") == "short")
        let fits = String(repeating: "é", count: PlanNote.maximumLength)
        #expect(PlanNote.excerpt(fits) == fits)
        #expect(driver.screen.contains("Note: 0123456789"), "the line under the list")
        driver.press(.enter)
        #expect(driver.screen.contains("(the note goes on: adex-guide plan show"))
        let height = driver.context.contentHeight(driver.state.route, 120, driver.state.plan)
        #expect(height < 100, "the item's screen is \(height) lines")
        #expect(driver.state.plan.mark(item)?.note.value == long)
    }

    @Test func noteEditorAndExportPanel() throws {
        var driver = try Self.richPlan(80, 24)
        driver.press(.character("e"))
        driver.type("bring business cards")
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "plan-note-editor-80x24")
        driver.press(.escape, .character("E"), .down)
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "plan-export-80x24")
    }

    @Test func hallMapNumbersTheRoute() throws {
        var driver = try Self.richPlan(120, 40)
        driver.press(.character("4"), .enter)
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "hall-map-route-120x40")
    }

    @Test func favouriteDetailShowsPriorityNoteAndClash() throws {
        var driver = try Self.richPlan(80, 24)
        driver.press(.character("5"), .home, .down, .down, .enter)
        Snapshot.assert(Snapshot.text(of: driver.render()), named: "programme-item-planned-80x24")
    }
}
