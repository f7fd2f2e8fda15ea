import Foundation
import GuideModel
import GuideTestSupport
import Testing

struct TimeTests {
    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-13-01", "24-09-2024", "2024-9-24", "2024-09-24T10:00", ""])
    func impossibleOrMalformedDatesAreRejected(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func dayArithmeticRoundTrips() throws {
        let day = try #require(LocalDate(iso: "2024-09-24"))
        #expect(day.weekdayName == "Tuesday")
        #expect(day.adding(days: 2).description == "2024-09-26")
        #expect(day.adding(days: 7).description == "2024-10-01")
        #expect(LocalDate(dayNumber: day.dayNumber) == day)
        #expect(try #require(LocalDate(iso: "2024-02-28")).adding(days: 1).description == "2024-02-29")
    }

    @Test(arguments: ["24:00", "9:00", "12:60", "12-00", "noon"])
    func malformedTimesAreRejected(_ text: String) {
        #expect(LocalTime(iso: text) == nil)
    }

    @Test func bakuLabelAndLocalTime() throws {
        let clock = try #require(EventClock(identifier: "Asia/Baku"))
        let day = try #require(LocalDate(iso: "2024-09-25"))
        #expect(clock.label(on: day) == "Baku time, UTC+4")
        let instant = try #require(clock.parseMoment("2024-09-25T11:00"))
        #expect(instant == Date(timeIntervalSince1970: 1_727_247_600)) // 07:00 UTC
        #expect(clock.local(instant).description == "2024-09-25T11:00")
        #expect(clock.parseMoment("2024-09-25T07:00Z") == instant)
        #expect(clock.parseMoment("2024-09-25T11:00+04:00") == instant)
        #expect(clock.parseMoment("2024-09-25 11:00") == instant)
        #expect(clock.parseMoment("2024-09-25")  == clock.parseMoment("2024-09-25T00:00"))
        #expect(clock.parseMoment("25 Sept") == nil)
        #expect(clock.parseMoment("2024-09-25T25:00") == nil)
    }

    @Test func summerTimeIsLabelledForTheDay() throws {
        let clock = try #require(EventClock(identifier: "Europe/Berlin"))
        #expect(clock.label(on: try #require(LocalDate(iso: "2030-06-03"))) == "Berlin time, UTC+2")
        #expect(clock.label(on: try #require(LocalDate(iso: "2030-01-03"))) == "Berlin time, UTC+1")
    }

    @Test func phasesBeforeDuringAndAfter() throws {
        let catalog = try Fixtures.loadBundled()
        func at(_ text: String) throws -> LocalDateTime {
            let date = try #require(LocalDate(iso: String(text.prefix(10))))
            let time = try #require(LocalTime(iso: String(text.suffix(5))))
            return LocalDateTime(date: date, time: time)
        }
        #expect(catalog.phase(at: try at("2024-09-20T10:00")) == .before(days: 4, firstDay: LocalDate(iso: "2024-09-24")!))
        #expect(catalog.phase(at: try at("2024-09-25T11:00")) == .during(day: LocalDate(iso: "2024-09-25")!, dayNumber: 2, dayCount: 3))
        #expect(catalog.phase(at: try at("2026-11-23T09:00")) == .after(lastDay: LocalDate(iso: "2024-09-26")!, daysAgo: 788))
    }

    @Test func onNowAndNextUsePublishedTimesOnly() throws {
        let catalog = try Fixtures.loadFictional()
        let moment = LocalDateTime(date: LocalDate(iso: "2030-06-03")!, time: LocalTime(iso: "11:40")!)
        #expect(catalog.programmeOnNow(at: moment).map(\.id) == ["drone-demo", "optics-talk"])
        #expect(catalog.programmeUpNext(after: moment).map(\.id) == ["rescue-drill", "closing"])
    }
}
