import GuideModel
import GuideNavigation
import GuidePlan
import GuideTestSupport
import GuideUI
import TerminalCanvas
import Testing

/// Hostile show files (see `HostileShows`) through everything that reads a show: the loader, the
/// Home text, every tab and the screens behind it at several sizes and moments, search, the hall
/// map, My plan with every item and exhibitor, and every export. A file either loads or is
/// refused with `FILE:PATH: problem` lines; nothing crashes.
struct HostileDataTests {
    static let fileName = "hostile.json"
    static let samples: [HostileShows.Sample] = (try? HostileShows.samples()) ?? []

    @Test func thereAreSamples() {
        #expect(Self.samples.count > 60)
    }

    @Test(arguments: samples)
    func loadsOrNamesTheProblem(_ sample: HostileShows.Sample) throws {
        let catalog: Catalog
        do {
            catalog = try CatalogLoader.load(bytes: Array(sample.text.utf8), fileName: Self.fileName)
        } catch {
            guard case .invalid(let problems) = error else {
                Issue.record("\(sample.name): not read: \(error)")
                return
            }
            #expect(!problems.isEmpty)
            for problem in problems {
                #expect(problem.description.hasPrefix(Self.fileName + ":"), "\(problem)")
                if !problem.isSummary, case .file = problem.location {
                    Issue.record("\(sample.name): a problem without a place: \(problem)")
                }
            }
            return
        }
        for now in Self.moments(for: catalog) {
            for (columns, lines) in [(80, 24), (120, 40), (60, 16)] {
                Self.visitEveryScreen(catalog, columns: columns, lines: lines, now: now)
            }
        }
        Self.exportEverything(catalog)
    }

    /// The two reproductions of the class: the crash that started it and the show of 3.6 million
    /// days, refused and loaded with the exact words.
    @Test func reversedDatesWithOpeningHoursAreAProblemNotACrash() throws {
        let sample = try #require(Self.samples.first { $0.name == "reversed show dates with opening hours" })
        #expect(throws: CatalogLoadError.self) { try CatalogLoader.load(bytes: Array(sample.text.utf8), fileName: Self.fileName) }
        do {
            _ = try CatalogLoader.load(bytes: Array(sample.text.utf8), fileName: Self.fileName)
        } catch {
            #expect(error.problems.first?.description == "hostile.json:$.shows[0].lastDay: last day 2030-06-03 is before first day 2030-06-05")
        }
    }

    /// Moments that test both ends: the first and last minute of the event, and of the calendar.
    static func moments(for catalog: Catalog) -> [LocalDateTime] {
        [LocalDateTime(date: catalog.firstDay, time: LocalTime(minutesSinceMidnight: 0)),
         LocalDateTime(date: catalog.firstDay, time: LocalTime(minutesSinceMidnight: 11 * 60)),
         LocalDateTime(date: catalog.lastDay, time: LocalTime(minutesSinceMidnight: 23 * 60 + 59)),
         EventClock.earliest, EventClock.latest]
    }

    /// Every tab, opened and walked with the keys each screen takes, rendered after each key.
    static func visitEveryScreen(_ catalog: Catalog, columns: Int, lines: Int, now: LocalDateTime) {
        var driver = GuideDriver(catalog: catalog, columns: columns, lines: lines, now: now)
        _ = driver.render()
        let walk: [Key] = [.down, .enter, .down, .character("]"), .character("["), .right, .left, .character("m"),
                           .enter, .character("f"), .end, .enter, .escape, .home, .up, .escape, .escape]
        for tab in ["1", "2", "3", "4", "5", "6"] {
            driver.press(.character(Character(tab)))
            _ = driver.render()
            for key in walk {
                driver.press(key)
                _ = driver.render()
            }
        }
        // The schedule paged to its last day and back, and search.
        driver.press(.character("5"))
        for _ in 0..<12 { driver.press(.character("]")) }
        _ = driver.render()
        for _ in 0..<12 { driver.press(.character("[")) }
        _ = driver.render()
        driver.press(.character("/"))
        driver.type("a")
        _ = driver.render()
        driver.press(.enter)
        _ = driver.render()
        driver.press(.escape, .escape)
        // Every hall's map, moved around in.
        for index in catalog.halls.indices {
            driver.press(.character("4"), .home)
            for _ in 0..<index { driver.press(.down) }
            driver.press(.enter)
            for key in [Key.right, .down, .left, .up, .end, .enter] {
                driver.press(key)
                _ = driver.render()
            }
            driver.press(.escape, .escape)
        }
        driver.resize(20, 5)
        _ = driver.render()
    }

    /// A plan of every exhibitor and programme item, exported in every format.
    static func exportEverything(_ catalog: Catalog) {
        var plan = Plan(eventID: catalog.event.id)
        for exhibitor in catalog.exhibitors { plan.add(.exhibitor(exhibitor.id), at: 0) }
        for item in catalog.programme { plan.add(.programmeItem(item.id), at: 0) }
        for format in PlanExportFormat.allCases {
            _ = PlanExport.export(plan, catalog: catalog, format: format, now: 0)
        }
        _ = WalkingRoute(plan: plan, catalog: catalog)
        for day in catalog.scheduleDays.prefix(3) { _ = FreeTime(day: day, plan: plan, catalog: catalog) }
        _ = Documents.home(catalog, now: LocalDateTime(date: catalog.firstDay, time: LocalTime(minutesSinceMidnight: 0)), width: 80)
    }
}
