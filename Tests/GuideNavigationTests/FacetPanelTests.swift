import GuideModel
import GuideNavigation
import GuideSearch
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// The filter panel of a large catalogue: typed text narrows every facet's values with the
/// search's folding (case, accents, word prefixes), Backspace and Esc edit and close, and the
/// values are ordered by count or by name.
struct FacetPanelTests {
    static let moment = GuideDriver.moment("2026-12-06T10:00")

    func driver() throws -> GuideDriver {
        var driver = GuideDriver(catalog: try FairCatalogueSamples.load(), columns: 100, lines: 30, now: Self.moment)
        driver.press(.character("2"), .character("F"))
        return driver
    }

    /// What the panel must list for a query: every value (by the reference, word-prefix rule on
    /// folded words) and nothing else.
    static func reference(_ facet: Facet, _ query: String, _ catalog: Catalog) -> Set<String> {
        let terms = SearchFolding.words(query)
        return Set(catalog.definedIDs(for: facet).map { catalog.name(of: .id($0), in: facet) }.filter { name in
            let words = SearchFolding.words(name)
            return terms.allSatisfy { term in words.contains { $0.hasPrefix(term) } }
        })
    }

    @Test(arguments: ["turk", "TÜRK", "türkiye", "is", "adex 20", "a", "zzz", "ə", "systems def"])
    func typedTextNarrowsEveryFacetToTheValuesWhoseWordsStartWithIt(query: String) throws {
        var driver = try driver()
        for facet in driver.catalog.facets {
            // Open the panel on this facet, type the query.
            guard case .filter(var panel) = driver.state.overlay else { Issue.record("no panel"); return }
            while panel.facet != facet {
                driver.press(.tab)
                guard case .filter(let next) = driver.state.overlay else { Issue.record("tab closed the panel"); return }
                panel = next
            }
            driver.type(query)
            guard case .filter(let typed) = driver.state.overlay, case .exhibitors(let route) = driver.state.route else {
                Issue.record("typing closed the panel"); return
            }
            #expect(typed.query == query)
            #expect(typed.list == ListState())
            let rows = Rows.facetValues(typed, route: route, in: driver.catalog)
            let listed = Set(rows.filter { $0.value != .none }.map(\.name))
            let expected = Self.reference(facet, query, driver.catalog)
            // Halls without any placed exhibitor are not offered at all.
            if facet == .hall, driver.catalog.exhibitorCount(.hall, .none) == driver.catalog.exhibitors.count {
                #expect(listed.isEmpty)
            } else {
                #expect(listed == expected, "\(facet) \"\(query)\"")
            }
            // Esc clears the text (the panel stays), on the same facet.
            driver.press(.escape)
            guard case .filter(let cleared) = driver.state.overlay else { Issue.record("Esc closed instead of clearing"); return }
            #expect(cleared == FilterPanel(facet: facet, query: "", order: typed.order))
        }
    }

    @Test func lettersTypeBackspaceEditsEscClearsThenCloses() throws {
        var driver = try driver()
        let before = driver.state.stack
        driver.type("jk")
        #expect(driver.state.overlay == .filter(FilterPanel(facet: .show, query: "jk")))
        driver.press(.backspace)
        #expect(driver.state.overlay == .filter(FilterPanel(facet: .show, query: "j")))
        driver.press(.backspace)
        #expect(driver.state.overlay == .filter(FilterPanel(facet: .show, query: "")))
        driver.press(.backspace)
        #expect(driver.lastEffect == .bell)
        driver.type("adex")
        driver.press(.escape)
        #expect(driver.state.overlay == .filter(FilterPanel(facet: .show)))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.stack == before)
    }

    @Test func enterTogglesTheFoundValueAndTheListFollows() throws {
        var driver = try driver()
        driver.type("adex 2024")
        driver.press(.enter)
        let show = try #require(driver.catalog.shows.first { $0.name == "ADEX 2024" })
        guard case .exhibitors(let route) = driver.state.route else { Issue.record("not on the list"); return }
        #expect(route.chips == [FacetChip(.show, .id(show.id))])
        #expect(route.list == ListState())
        guard case .filter(let panel) = driver.state.overlay else { Issue.record("Enter closed the panel"); return }
        #expect(panel.query == "adex 2024")
        let rows = Rows.facetValues(panel, route: route, in: driver.catalog)
        #expect(rows[panel.list.selected].value == .id(show.id) && rows[panel.list.selected].isSelected)
    }

    @Test(arguments: Facet.allCases)
    func controlSTogglesCountAndNameOrderKeepingTheSelection(facet: Facet) throws {
        var driver = try driver()
        while case .filter(let panel) = driver.state.overlay, panel.facet != facet, driver.catalog.facets.contains(facet) {
            driver.press(.tab)
        }
        guard driver.catalog.facets.contains(facet), case .filter(let panel) = driver.state.overlay,
              case .exhibitors(let route) = driver.state.route else { return }
        #expect(panel.order == .count)
        let byCount = Rows.facetValues(panel, route: route, in: driver.catalog).filter { $0.value != .none }
        #expect(zip(byCount, byCount.dropFirst()).allSatisfy { $0.count >= $1.count }, "counts never rise")
        driver.press(.down)
        guard case .filter(let moved) = driver.state.overlay else { Issue.record("down closed the panel"); return }
        let rowsBefore = Rows.facetValues(moved, route: route, in: driver.catalog)
        let selected = rowsBefore.isEmpty ? nil : rowsBefore[moved.list.selected].value
        driver.press(.control("s"))
        guard case .filter(let named) = driver.state.overlay else { Issue.record("^S closed the panel"); return }
        #expect(named.order == .name)
        let byName = Rows.facetValues(named, route: route, in: driver.catalog)
        let names = byName.filter { $0.value != .none }.map(\.name)
        #expect(zip(names, names.dropFirst()).allSatisfy { TextFolding.sortKey($0) <= TextFolding.sortKey($1) }, "\(names)")
        if let selected { #expect(byName[named.list.selected].value == selected) }
        driver.press(.control("s"))
        guard case .filter(let back) = driver.state.overlay else { return }
        #expect(back.order == .count)
    }
}
