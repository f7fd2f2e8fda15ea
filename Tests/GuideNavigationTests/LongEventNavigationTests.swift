import GuideModel
import GuideNavigation
import GuideTestSupport
import GuideUI
import Testing

/// The schedule and My plan on a show from 0001-01-01 to 9999-12-31: `[` and `]` go from one day
/// with something to the next, the guide opens on the next such day, and the tab strip shows the
/// day selected wherever it is.
struct LongEventNavigationTests {
    static func longCatalog() throws -> Catalog {
        try CatalogLoader.build(from: HostileShows.longSpan(try Fixtures.fictionalDocument()), fileName: "long.json")
    }

    static func selectedDay(_ driver: GuideDriver) -> LocalDate? {
        guard case .schedule(let schedule) = driver.state.route else { return nil }
        return Rows.scheduleDays(in: driver.catalog)[schedule.dayIndex]
    }

    @Test func bracketsGoFromOneDayWithSomethingToTheNext() throws {
        var driver = GuideDriver(catalog: try Self.longCatalog(), now: EventClock.earliest)
        driver.press(.character("5"))
        var visited: [String] = []
        for _ in 0..<6 {
            visited.append(Self.selectedDay(driver)?.description ?? "day not published")
            #expect(driver.screen.contains(visited.last == "day not published" ? "Day not published" : "Schedule"))
            driver.press(.character("]"))
        }
        #expect(visited == ["0001-01-01", "2030-06-03", "2030-06-04", "2030-06-05", "9999-12-31", "day not published"])
        #expect(driver.lastEffect == .bell)
        driver.press(.character("["), .character("["))
        #expect(Self.selectedDay(driver)?.description == "2030-06-05")
    }

    @Test func theScheduleOpensOnTheNextDayWithSomething() throws {
        let catalog = try Self.longCatalog()
        let driver = GuideDriver(catalog: catalog, now: LocalDateTime(date: LocalDate(iso: "2500-01-01")!, time: LocalTime(minutesSinceMidnight: 600)))
        guard case .schedule(let schedule) = driver.state.stacks[.schedule]?.last else {
            Issue.record("no schedule")
            return
        }
        #expect(Rows.scheduleDays(in: catalog)[schedule.dayIndex]?.description == "9999-12-31")
    }

    /// On a narrow screen the selected day's tab is drawn even when the days before it fill the
    /// width, and "(today)" marks today.
    @Test func theSelectedDayIsAlwaysOnTheTabStrip() throws {
        var driver = GuideDriver(catalog: try Self.longCatalog(), columns: 60, lines: 16, now: EventClock.latest)
        driver.press(.character("5"))
        #expect(Self.selectedDay(driver)?.description == "9999-12-31")
        #expect(driver.screen.contains("Fri 31 Dec (today)"), "\(driver.screen)")
        driver.press(.character("]"))
        #expect(driver.screen.contains("Day not published"), "\(driver.screen)")
    }

    @Test func myPlanPagesThroughTheSameDays() throws {
        var driver = GuideDriver(catalog: try Self.longCatalog(), now: EventClock.earliest)
        driver.press(.character("6"))
        var days: [String] = []
        for _ in 0..<5 {
            if case .plan(let route) = driver.state.route, let day = Rows.freeTimeDay(route, in: driver.catalog) {
                days.append(day.description)
            }
            driver.press(.character("]"))
        }
        #expect(days == ["0001-01-01", "2030-06-03", "2030-06-04", "2030-06-05", "9999-12-31"])
    }
}
