import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// Long random key sequences on the bundled data and on the fictional show: whatever happens,
/// the selection stays in bounds, stacks are never empty, rendering never fails, and quitting is
/// always one key away.
struct InvariantTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace,
        .function(1), .control("b"), .control("f"), .control("n"), .control("p"), .control("u"), .control("s"), .control("x"), .delete,
    ] + "123456/?qfmnNjkhlgGFxX[] aéz漢!evEHLs".map { .character($0) }

    static func check(_ driver: GuideDriver, step: Int, seed: UInt64) {
        let state = driver.state
        for tab in Tab.allCases {
            #expect(!(state.stacks[tab] ?? []).isEmpty, "empty stack for \(tab) at step \(step) seed \(seed)")
        }
        let catalog = driver.catalog
        let visible = ScreenLayout.listRows(for: state.route, lines: state.lines)
        func inBounds(_ list: ListState, _ count: Int) -> Bool {
            count == 0 ? list.selected == 0 : (0..<count).contains(list.selected) && list.offset <= list.selected && list.selected < list.offset + max(1, visible)
        }
        switch state.route {
        case .exhibitors(let list):
            #expect(inBounds(list.list, Rows.exhibitors(list, in: catalog).count), "step \(step) seed \(seed)")
        case .categories(let list):
            #expect(inBounds(list, Rows.categories(in: catalog).count), "step \(step) seed \(seed)")
        case .halls(let list):
            #expect(inBounds(list, catalog.halls.count), "step \(step) seed \(seed)")
        case .schedule(let schedule):
            let rows = Rows.schedule(dayIndex: schedule.dayIndex, in: catalog)
            #expect(Rows.scheduleDays(in: catalog).indices.contains(schedule.dayIndex))
            #expect(rows.isEmpty || rows[schedule.list.selected].item != nil, "selection on a heading, step \(step) seed \(seed)")
        case .plan(let planRoute):
            let rows = Rows.plan(state.plan, route: planRoute, in: catalog)
            let list = planRoute.list
            if rows.contains(where: \.isSelectable) {
                #expect(inBounds(list, rows.count) && rows[list.selected].isSelectable, "plan selection, step \(step) seed \(seed)")
            }
            #expect(catalog.days.isEmpty || catalog.days.indices.contains(planRoute.dayIndex), "plan day, step \(step) seed \(seed)")
        case .editions(let list):
            let rows = Rows.editions(in: catalog)
            if rows.contains(where: \.isSelectable) {
                #expect(inBounds(list, rows.count) && rows[list.selected].isSelectable, "editions selection, step \(step) seed \(seed)")
            }
        case .edition(let edition):
            #expect(inBounds(edition.list, Rows.edition(edition, in: catalog).count), "edition list, step \(step) seed \(seed)")
        case .hall(let hall):
            if let layout = catalog.hall(id: hall.hallID), layout.hasLayout {
                #expect(hall.selectedStand.flatMap(layout.stand(code:)) != nil, "step \(step) seed \(seed)")
            }
        case .exhibitor(let id, let scroll), .product(let id, let scroll), .programmeItem(let id, let scroll):
            #expect(scroll >= 0)
            #expect(!id.isEmpty)
        case .home(let scroll):
            #expect(scroll >= 0)
        case .fairs(let list):
            #expect(inBounds(list, Rows.fairs(in: catalog).count), "fairs list, step \(step) seed \(seed)")
        case .fair(let id, let scroll):
            #expect(scroll >= 0)
            #expect(catalog.show(id: id) != nil, "fair \(id), step \(step) seed \(seed)")
        }
        if case .filter(let panel) = state.overlay, case .exhibitors(let route) = state.route {
            let count = Rows.facetValues(panel, route: route, in: catalog).count
            #expect(count == 0 ? panel.list.selected == 0 : (0..<count).contains(panel.list.selected), "filter selection, step \(step) seed \(seed)")
        }
        if case .search(let search) = state.overlay {
            #expect(search.hits.isEmpty ? search.list.selected == 0 : search.hits.indices.contains(search.list.selected))
        }
    }

    static func run(catalog: Catalog, seed: UInt64, steps: Int, sizes: [(Int, Int)]) {
        var random = SeededGenerator(seed: seed)
        var driver = GuideDriver(catalog: catalog, columns: 80, lines: 24, now: GuideDriver.moment("2024-09-25T11:00"))
        for step in 0..<steps {
            if random.below(50) == 0 {
                let size = sizes[random.below(sizes.count)]
                driver.resize(size.0, size.1)
            } else {
                driver.press(keys[random.below(keys.count)])
            }
            check(driver, step: step, seed: seed)
            if step % 97 == 0 {
                let frame = driver.render()
                #expect(frame.width == driver.state.columns && frame.height == driver.state.lines)
                // Quitting is always one key away (Ctrl-C; Q too, except where it is typed text).
                var probe = driver
                probe.press(.control("c"))
                #expect(probe.lastEffect == .quit)
            }
        }
    }

    static let sizes = [(80, 24), (120, 40), (60, 16), (59, 15), (200, 60), (100, 30)]

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomSequencesOnTheBundledData(_ seed: UInt64) throws {
        Self.run(catalog: try Fixtures.loadBundled(), seed: seed, steps: 12_000, sizes: Self.sizes)
    }

    @Test(arguments: [UInt64(11), 12, 13, 14, 15, 16, 17, 18])
    func randomSequencesOnTheFictionalShow(_ seed: UInt64) throws {
        // With a fair history, so the editions screens are walked too.
        Self.run(catalog: try Fixtures.loadFictionalWithHistory(), seed: seed, steps: 12_000, sizes: Self.sizes)
    }

    @Test(arguments: [UInt64(21), 22, 23, 24])
    func randomSequencesOnACatalogueOfFairs(_ seed: UInt64) throws {
        // Fairs list and detail, approximate dates, series search, typed facet panels.
        Self.run(catalog: try FairCatalogueSamples.load(), seed: seed, steps: 6_000, sizes: Self.sizes)
    }
}
