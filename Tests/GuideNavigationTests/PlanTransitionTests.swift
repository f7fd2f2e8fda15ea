import GuideModel
import GuideNavigation
import GuidePlan
import GuideTestSupport
import TerminalCanvas
import Testing

/// The keys of My plan (f ! e v E [ ]) and the rows they produce, on the fictional show, which has
/// times, opening hours and a hall with a floor plan.
struct PlanTransitionTests {
    func fictional(_ columns: Int = 80, _ lines: Int = 24) throws -> GuideDriver {
        GuideDriver(catalog: try Fixtures.loadFictional(), columns: columns, lines: lines, now: GuideDriver.moment("2030-06-03T11:40"))
    }

    /// The exhibitor selected in the exhibitor list.
    func selectedExhibitor(_ driver: GuideDriver) -> String? {
        guard case .exhibitors(let list) = driver.state.route else { return nil }
        let rows = Rows.exhibitors(list, in: driver.catalog)
        return driver.catalog.exhibitors[rows[list.list.selected]].id
    }

    func planRows(_ driver: GuideDriver) -> (PlanRoute, [PlanRow])? {
        guard case .plan(let route) = driver.state.route else { return nil }
        return (route, Rows.plan(driver.state.plan, route: route, in: driver.catalog))
    }

    @Test func bangMarksMustSeeAndFlipsBackToMaybe() throws {
        var driver = try fictional()
        driver.press(.character("2"))
        let id = try #require(selectedExhibitor(driver))
        driver.press(.character("!"))
        #expect(driver.state.plan.mark(.exhibitor(id))?.priority.value == .must)
        #expect(driver.state.message?.text.contains("added to My plan") == true)
        driver.press(.character("!"))
        #expect(driver.state.plan.mark(.exhibitor(id))?.priority.value == .maybe)
        #expect(driver.state.plan.contains(exhibitor: id), "! never removes")
        driver.press(.character("!"))
        #expect(driver.state.plan.mark(.exhibitor(id))?.priority.value == .must)
    }

    @Test func notesAreTypedSavedClearedAndCancelled() throws {
        var driver = try fictional()
        driver.press(.character("2"))
        let id = try #require(selectedExhibitor(driver))
        driver.press(.character("e"))
        #expect(driver.keyContext == .note)
        // Letters that are keys elsewhere (q, Q, f, /) are text here.
        driver.type("Quiet f/q")
        #expect(driver.state.plan.isEmpty, "nothing is saved before Enter")
        driver.press(.backspace, .enter)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.plan.mark(.exhibitor(id))?.note.value == "Quiet f/")
        #expect(driver.state.message?.text.hasPrefix("Note saved") == true)

        driver.press(.character("e"))
        guard case .note(let editor) = driver.state.overlay else { Issue.record("no editor"); return }
        #expect(editor.text == "Quiet f/", "the editor opens on the note")
        driver.type(" more")
        driver.press(.escape)
        #expect(driver.state.plan.mark(.exhibitor(id))?.note.value == "Quiet f/", "Esc drops the change")
        #expect(driver.state.message?.text == "Note not saved (Esc)")

        driver.press(.character("e"), .control("u"), .enter)
        #expect(driver.state.plan.mark(.exhibitor(id))?.note.value == "")
        #expect(driver.state.message?.text.hasPrefix("Note cleared") == true)
        #expect(driver.state.plan.contains(exhibitor: id), "clearing the note keeps the favourite")
    }

    @Test func noteLengthIsBounded() throws {
        var driver = try fictional()
        driver.press(.character("2"), .character("e"))
        driver.apply(.insertText(String(repeating: "x", count: NoteEditor.maximumLength)))
        driver.press(.character("y"))
        #expect(driver.lastEffect == .bell)
        guard case .note(let editor) = driver.state.overlay else { Issue.record("editor closed"); return }
        #expect(editor.text.count == NoteEditor.maximumLength)
    }

    /// A note longer than the editor holds can only come from a plan file: `e` leaves it whole
    /// and says where to change it, instead of opening an editor that would cut it.
    @Test func aNoteLongerThanTheEditorHoldsIsLeftWhole() throws {
        var driver = try fictional()
        driver.press(.character("2"))
        let id = try #require(selectedExhibitor(driver))
        let long = String(repeating: "word ", count: 100_000)
        var plan = driver.state.plan
        plan.setNote(long, of: .exhibitor(id), at: 1_000)
        driver.state.adoptSavedPlan(plan, in: driver.catalog)
        driver.press(.character("e"))
        #expect(driver.lastEffect == .bell)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.message?.text.contains("adex-guide plan note") == true)
        #expect(driver.state.plan.mark(.exhibitor(id))?.note.value == long)
    }

    @Test func visitedIsForExhibitorsAndLeavesTheRoute() throws {
        var driver = try fictional()
        driver.press(.character("2"))
        // Favourite every exhibitor placed on Hall A's floor plan.
        for _ in 0..<driver.catalog.exhibitors.count {
            if let id = selectedExhibitor(driver), driver.catalog.exhibitor(id: id)?.stand?.hall == "hall-a" { driver.press(.character("f")) }
            driver.press(.down)
        }
        driver.press(.character("6"))
        var (route, rows) = try #require(planRows(driver))
        let stops = rows.compactMap { row -> Int? in if case .exhibitor(_, let stop) = row { return stop } else { return nil } }
        #expect(stops == Array(1...stops.count), "stops are numbered 1, 2, 3... in route order")
        let first = try #require(rows[route.list.selected].item)
        driver.press(.character("v"))
        #expect(driver.state.plan.mark(first)?.visited.value == true)
        (route, rows) = try #require(planRows(driver))
        guard case .exhibitor(let lastID, let lastStop)? = rows.last else { Issue.record("no exhibitor last"); return }
        #expect(PlanItem.exhibitor(lastID) == first, "a visited stand moves to the end of its hall")
        #expect(lastStop == nil)
        #expect(rows[route.list.selected].isSelectable)

        driver.press(.character("5"), .enter, .character("v"))
        #expect(driver.lastEffect == .bell, "a programme item has no stand to visit")
        #expect(driver.state.message?.text.hasPrefix("v marks the selected exhibitor") == true)
    }

    @Test func clashesAndFreeTimeFollowTheChosenDay() throws {
        var driver = try fictional()
        // Schedule opens on the drone demonstration (on now); it and the talk after it overlap.
        driver.press(.character("5"), .character("f"), .down, .character("f"), .character("6"))
        var (route, rows) = try #require(planRows(driver))
        let clashing = rows.compactMap { row -> String? in
            if case .programmeItem(let id, let clashes) = row, !clashes.isEmpty { return id } else { return nil }
        }
        #expect(clashing == ["drone-demo", "optics-talk"])
        #expect(rows.contains(.heading(.programme(count: 2, clashPairs: 1))))
        #expect(route.dayIndex == 0, "free time opens on today")
        let gaps = rows.compactMap { row -> FreeTime.Gap? in if case .freeTime(.gap(let gap)) = row { return gap } else { return nil } }
        #expect(gaps.map { "\($0.start)-\($0.end)" } == ["09:00-11:00", "12:15-18:00"])

        let selected = rows[route.list.selected]
        driver.press(.character("]"))
        (route, rows) = try #require(planRows(driver))
        #expect(route.dayIndex == 1)
        #expect(rows[route.list.selected] == selected, "the selection stays on the same item")
        #expect(rows.contains(.heading(.freeTime(driver.catalog.days[1]))))
        driver.press(.character("]"), .character("]"))
        #expect(driver.lastEffect == .bell, "no day after the last")
        driver.press(.character("["), .character("["), .character("["))
        #expect(driver.lastEffect == .bell, "no day before the first")
    }

    @Test func exportPanelChoosesAFormatAndAsksTheLoopToWrite() throws {
        var driver = try fictional()
        driver.press(.character("E"))
        #expect(driver.lastEffect == .bell, "export belongs to My plan")
        driver.press(.character("6"), .character("E"))
        #expect(driver.keyContext == .export)
        driver.press(.down, .character("v"), .enter)
        #expect(driver.lastEffect == .export(.md, includeVisits: true))
        #expect(driver.state.overlay == nil)
        driver.press(.character("E"), .escape)
        #expect(driver.lastEffect == .none)
        #expect(driver.state.overlay == nil)

        driver.state.exportFinished(path: "/tmp/x/fictional-expo-2030-plan.md", format: .md, notes: [])
        #expect(driver.state.message?.text == "Exported My plan (Markdown) to /tmp/x/fictional-expo-2030-plan.md")
        driver.state.exportFailed("/tmp/x: cannot write here (Permission denied)")
        #expect(driver.state.message?.isError == true)
    }

    @Test func favouritesNoLongerInTheDataAreListedAndCanBeRemoved() throws {
        var driver = try fictional()
        var plan = Plan(eventID: driver.catalog.event.id)
        plan.add(.exhibitor("gone-company"), at: 1)
        plan.add(.programmeItem("gone-talk"), at: 2)
        plan.add(.exhibitor("oztek"), at: 3)
        driver.state.adoptSavedPlan(plan, in: driver.catalog)
        driver.press(.character("6"))
        var (route, rows) = try #require(planRows(driver))
        let heading = try #require(rows.firstIndex(of: .heading(.notInData(count: 2))))
        #expect(Array(rows[(heading + 1)...]) == [.programmeItem(id: "gone-talk", clashes: []), .exhibitor(id: "gone-company", stop: nil)])
        driver.press(.end)
        driver.press(.enter)
        #expect(driver.state.message?.text == "gone-company is no longer in the data")
        driver.press(.character("f"))
        #expect(!driver.state.plan.contains(exhibitor: "gone-company"))
        (route, rows) = try #require(planRows(driver))
        #expect(rows[route.list.selected].isSelectable)
    }
}
