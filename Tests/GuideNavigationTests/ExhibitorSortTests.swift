import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import Testing

/// `s` on the exhibitor list: name, number of fairs, country, back to name; the selected
/// exhibitor stays selected, and every order is the comparison sort's (ties by name).
struct ExhibitorSortTests {
    static let moment = GuideDriver.moment("2026-12-06T10:00")

    @Test func sCyclesNameFairsCountryKeepingTheSelectedExhibitor() throws {
        var driver = GuideDriver(catalog: try FairCatalogueSamples.load(), columns: 100, lines: 30, now: Self.moment)
        driver.press(.character("2"))
        for _ in 0..<7 { driver.press(.down) }
        guard case .exhibitors(let start) = driver.state.route else { Issue.record("not on the list"); return }
        let selectedID = driver.catalog.exhibitors[Rows.exhibitors(start, in: driver.catalog)[start.list.selected]].id
        for expected in [ExhibitorSort.fairs, .country, .name] {
            driver.press(.character("s"))
            guard case .exhibitors(let route) = driver.state.route else { Issue.record("s left the list"); return }
            #expect(route.sort == expected)
            #expect(route.chips == start.chips)
            let rows = Rows.exhibitors(route, in: driver.catalog)
            #expect(driver.catalog.exhibitors[rows[route.list.selected]].id == selectedID, "\(expected)")
            #expect(driver.state.message?.text == "Exhibitors sorted " + expected.title)
            if expected != .name { #expect(driver.screen.contains("sorted " + expected.title)) }
        }
    }

    @Test func aSingleShowHasNoFairsOrder() throws {
        let catalog = try Fixtures.loadFictional()
        #expect(ExhibitorListRoute.sorts(in: catalog) == (catalog.shows.count > 1 ? [.name, .fairs, .country] : [.name, .country]))
    }

    /// The counting sort against a comparison sort, with and without filters.
    @Test(arguments: [ExhibitorSort.name, .fairs, .country, .kind])
    func everyOrderIsTheComparisonSortsOrder(sort: ExhibitorSort) throws {
        for catalog in [try FairCatalogueSamples.load(), try Fixtures.loadFictional()] {
            var filters = [ExhibitorFilter()]
            if let country = catalog.countries.first { filters.append(ExhibitorFilter([.country: [.id(country.code), .none]])) }
            if let show = catalog.shows.last { filters.append(ExhibitorFilter([.show: [.id(show.id)]])) }
            for filter in filters {
                let fast = catalog.exhibitorPositions(matching: filter, sortedBy: sort).map { catalog.exhibitors[$0].id }
                let reference = catalog.sorted(catalog.exhibitorPositions(matching: filter).map { catalog.exhibitors[$0] }, by: sort).map(\.id)
                #expect(fast == reference, "\(sort) \(filter)")
            }
        }
    }
}
