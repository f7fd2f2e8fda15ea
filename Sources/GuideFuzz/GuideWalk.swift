import GuideModel
import GuideNavigation
import GuideSearch
import GuideTestSupport
import GuideUI
import TerminalCanvas

/// Walks the guide over a catalog the way a curious visitor would (every tab, opening the first
/// row of each list, the filter panel, search, help, a floor plan, several terminal sizes) and
/// renders every screen, so a value that loads but cannot be shown is found too.
enum GuideWalk {
    static let keys: [Key] = [
        .character("1"), .down, .character("H"), .enter, .character("]"), .escape, .escape,
        .character("2"), .end, .enter, .character("m"), .enter, .escape, .escape, .character("F"), .down, .enter, .escape,
        .character("3"), .down, .enter, .enter, .escape, .escape,
        .character("4"), .enter, .right, .down, .enter, .escape, .escape,
        .character("5"), .character("]"), .character("]"), .down, .enter, .escape, .character("["),
        .character("2"), .home, .character("f"), .character("!"), .character("v"),
        .character("6"), .character("]"), .down, .enter, .escape,
        .character("/"), .character("a"), .character("z"), .down, .enter, .escape,
        .character("?"), .pageDown, .escape,
    ]

    static let sizes: [(columns: Int, lines: Int)] = [(80, 24), (120, 40), (60, 16), (200, 12)]

    /// The moments the guide is looked at: before, during and after the show.
    static func moments(for catalog: Catalog) -> [LocalDateTime] {
        let midday = LocalTime(minutesSinceMidnight: 11 * 60)
        return [LocalDateTime(date: catalog.firstDay, time: midday), LocalDateTime(date: catalog.lastDay, time: midday),
                LocalDateTime(date: LocalDate(dayNumber: 19_991), time: midday)]
    }

    static func exercise(_ catalog: Catalog) {
        let search = SearchIndex(catalog: catalog)
        for query in ["a", "country:az", "zz !x", "^e", catalog.exhibitors.first?.name ?? "x"] {
            _ = search.search(query, limit: 20)
        }
        for (index, now) in moments(for: catalog).enumerated() {
            let size = sizes[index % sizes.count]
            var driver = GuideDriver(catalog: catalog, columns: size.columns, lines: size.lines, now: now)
            for (step, key) in keys.enumerated() {
                driver.press(key)
                if step % 7 == index { driver.resize(sizes[step % sizes.count].columns, sizes[step % sizes.count].lines) }
                _ = driver.render()
            }
        }
    }
}
