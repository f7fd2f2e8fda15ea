import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// A show from 0001-01-01 to 9999-12-31: 3,652,059 days held as a span, never as a list; the
/// schedule pages through the days that have something; "now" and the phase work at both ends.
struct LongEventTests {
    static func longCatalog() throws -> Catalog {
        try CatalogLoader.build(from: HostileShows.longSpan(try Fixtures.fictionalDocument()), fileName: "long.json")
    }

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func theDaysAreASpanAnsweredByArithmetic() throws {
        let catalog = try Self.longCatalog()
        #expect(catalog.days.count == 3_652_059)
        #expect(catalog.days.first == Self.day("0001-01-01"))
        #expect(catalog.days.last == Self.day("9999-12-31"))
        #expect(catalog.days[741_230] == Self.day("2030-06-03"))
        #expect(catalog.days.position(of: Self.day("9999-12-31")) == 3_652_058)
        #expect(catalog.days.firstIndex(of: Self.day("2030-06-03")) == 741_230)
        #expect(catalog.days.contains(Self.day("5000-03-01")))
        #expect(!catalog.days.contains(Self.day("0001-01-01").adding(days: -1)))
    }

    @Test func theScheduleHasTheDaysWithSomething() throws {
        let catalog = try Self.longCatalog()
        #expect(Array(catalog.scheduleDays) == ["0001-01-01", "2030-06-03", "2030-06-04", "2030-06-05", "9999-12-31"].map(Self.day))
        let fictional = try Fixtures.loadFictional()
        #expect(Array(fictional.scheduleDays) == Array(fictional.days))
    }

    /// Up to a year, every day is paged through; beyond, only the days with something (here the
    /// three days with items and opening hours, and the last day).
    @Test(arguments: [(366, 366), (367, 4)])
    func everyDayUpToAYear(_ span: Int, _ scheduled: Int) throws {
        let last = Self.day("2030-06-03").adding(days: span - 1)
        let document = try Fixtures.fictionalDocument().setting([.key("shows"), .index(0), .key("lastDay")], to: .string(last.description))
        let catalog = try CatalogLoader.build(from: document, fileName: "show.json")
        #expect(catalog.days.count == span)
        #expect(catalog.scheduleDays.count == scheduled)
    }

    @Test func thePhaseAtBothEnds() throws {
        let catalog = try Self.longCatalog()
        #expect(catalog.phase(at: EventClock.earliest) == .during(day: Self.day("0001-01-01"), dayNumber: 1, dayCount: 3_652_059))
        #expect(catalog.phase(at: EventClock.latest) == .during(day: Self.day("9999-12-31"), dayNumber: 3_652_059, dayCount: 3_652_059))
        let next = catalog.programmeUpNext(after: EventClock.earliest, limit: 2)
        #expect(next.map { $0.day } == [Self.day("2030-06-03"), Self.day("2030-06-03")])
        #expect(catalog.programmeUpNext(after: EventClock.latest).isEmpty)
    }

    /// Moments beyond the years a date can have are held to the nearest end, not turned into 1970.
    @Test(arguments: ["9999-12-31T23:59-14:00", "9999-12-31T23:59Z", "0001-01-01T00:00+14:00", "0001-01-01", "9999-12-31T23:59"])
    func momentsAtTheEndsOfTheCalendar(_ text: String) throws {
        for zone in ["Pacific/Kiritimati", "Etc/GMT+12", "Asia/Baku", "UTC"] {
            let clock = try #require(EventClock(identifier: zone))
            let instant = try #require(clock.parseMoment(text))
            let local = clock.local(instant)
            #expect(local >= EventClock.earliest && local <= EventClock.latest)
            if text.hasPrefix("9999") { #expect(local.date.year >= 9999, "\(zone) \(text) -> \(local)") }
            if text.hasPrefix("0001") { #expect(local.date.year <= 1, "\(zone) \(text) -> \(local)") }
        }
    }

    /// An item of several days is on each of them, in time order with the day's other items.
    @Test func anItemOfSeveralDaysIsOnEachOfThem() throws {
        let catalog = try Fixtures.loadFictional()
        let meetings = try #require(catalog.programme.first { ($0.lastDay ?? $0.day!) > $0.day! })
        for day in catalog.days {
            let items = catalog.programme(on: day)
            #expect(items.contains(meetings) == meetings.takesPlace(on: day))
            let starts = items.compactMap { $0.start?.minutesSinceMidnight }
            #expect(starts == starts.sorted())
            #expect(Array(items.prefix(starts.count)).allSatisfy { $0.start != nil })
        }
    }

    @Test(arguments: [(365, true), (366, false)])
    func anItemRunsAtMostAYear(_ extraDays: Int, _ loads: Bool) throws {
        let document = HostileShows.longSpan(try Fixtures.fictionalDocument())
            .setting([.key("programme"), .index(0), .key("lastDay")], to: .string(Self.day("2030-06-03").adding(days: extraDays).description))
        do {
            _ = try CatalogLoader.build(from: document, fileName: "show.json")
            #expect(loads)
        } catch {
            #expect(!loads)
            #expect(error.problems.map(\.description) == ["show.json:$.programme[0].lastDay: the item would run 367 days, from 2030-06-03 to 2031-06-04 (an item runs at most 366 days)"])
        }
    }
}
