import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// Free time in a day: within the opening hours when published, else between the first and last
/// timed favourite; busy spans merged; only gaps of the minimum length.
@Suite struct FreeTimeTests {
    typealias S = PlanLogicSamples
    let day = S.day("2024-09-25")
    let open = S.show("adex", from: "2024-09-24", to: "2024-09-26",
                      hours: [("2024-09-24", "10:00", "18:00"), ("2024-09-25", "09:00", "18:00"), ("2024-09-26", "10:00", "16:00")])
    let unpublished = S.show("adex", from: "2024-09-24", to: "2024-09-26")

    func gaps(_ free: FreeTime) -> [String] { free.gaps.map { "\($0.start)-\($0.end)" } }
    func spans(_ spans: [FreeTime.Span]) -> [String] { spans.map { "\($0.start)-\($0.end)" } }

    @Test func gapsWithinTheOpeningHoursBetweenMergedBusySpans() {
        let items = [
            S.item("a", day: "2024-09-25", "10:00", "11:00"),
            S.item("b", day: "2024-09-25", "10:30", "12:00"),   // overlaps a: busy 10:00-12:00
            S.item("c", day: "2024-09-25", "12:00", "12:30"),   // touches b: still one span
            S.item("d", day: "2024-09-25", "12:40", "13:00"),   // 10 minutes after c: too short a gap
            S.item("e", day: "2024-09-25", "15:00", "16:00"),
            S.item("other-day", day: "2024-09-24", "09:00", "18:00"),
        ]
        let free = FreeTime(day: day, items: items, shows: [open])
        #expect(free.basis == .openingHours)
        #expect(free.openingHoursPublished)
        #expect(spans(free.openingHours) == ["09:00-18:00"])
        #expect(spans(free.busy) == ["10:00-12:30", "12:40-13:00", "15:00-16:00"])
        #expect(gaps(free) == ["09:00-10:00", "13:00-15:00", "16:00-18:00"])
        #expect(free.gaps.map(\.minutes) == [60, 120, 120])
        #expect(free.minimumMinutes == 15)
    }

    @Test func theMinimumGapIsAParameter() {
        let items = [S.item("a", day: "2024-09-25", "09:00", "12:00"), S.item("b", day: "2024-09-25", "12:10", "17:30")]
        #expect(gaps(FreeTime(day: day, items: items, shows: [open])) == ["17:30-18:00"])
        #expect(gaps(FreeTime(day: day, items: items, shows: [open], minimumMinutes: 10)) == ["12:00-12:10", "17:30-18:00"])
        #expect(gaps(FreeTime(day: day, items: items, shows: [open], minimumMinutes: 11)) == ["17:30-18:00"])
        #expect(gaps(FreeTime(day: day, items: items, shows: [open], minimumMinutes: 31)).isEmpty)
        #expect(gaps(FreeTime(day: day, items: items, shows: [open], minimumMinutes: 0)) == ["12:00-12:10", "17:30-18:00"],
                "never an empty gap")
    }

    @Test func busyTimeOutsideTheHoursOnlyShortensTheDay() {
        let items = [S.item("breakfast", day: "2024-09-25", "08:00", "09:30"), S.item("dinner", day: "2024-09-25", "17:00", "21:00")]
        #expect(gaps(FreeTime(day: day, items: items, shows: [open])) == ["09:30-17:00"])
    }

    @Test func theHoursOfCoLocatedShowsAreJoined() {
        let security = S.show("securex", from: "2024-09-25", to: "2024-09-26",
                              hours: [("2024-09-25", "10:00", "19:00")])
        let morning = S.show("morning", from: "2024-09-25", to: "2024-09-25", hours: [("2024-09-25", "07:00", "08:00")])
        let free = FreeTime(day: day, items: [S.item("a", day: "2024-09-25", "12:00", "13:00")], shows: [open, security, morning])
        #expect(spans(free.openingHours) == ["07:00-08:00", "09:00-19:00"])
        #expect(gaps(free) == ["07:00-08:00", "09:00-12:00", "13:00-19:00"], "the hour the doors are shut is not free time")
        #expect(free.showsWithoutHours.isEmpty)
    }

    @Test func aShowWithoutHoursIsNamedWhenAnotherHasThem() {
        let free = FreeTime(day: day, items: [], shows: [open, S.show("securex", from: "2024-09-25", to: "2024-09-26")])
        #expect(free.basis == .openingHours)
        #expect(free.showsWithoutHours == ["securex"])
    }

    @Test func withoutHoursTheDayRunsFromTheFirstStartToTheLastEnd() {
        let items = [
            S.item("a", day: "2024-09-25", "10:00", "11:00"),
            S.item("b", day: "2024-09-25", "13:00", "14:00"),
            S.item("c", day: "2024-09-25", "13:30", "16:00"),
            S.item("visit", day: "2024-09-25"),
        ]
        let free = FreeTime(day: day, items: items, shows: [unpublished])
        #expect(free.basis == .timedFavourites)
        #expect(!free.openingHoursPublished)
        #expect(free.openingHours.isEmpty)
        #expect(gaps(free) == ["11:00-13:00"])
        #expect(free.untimedItemIDs == ["visit"])
    }

    @Test func noTimedFavouritesLeavesTheWholeDayFreeOrUnknown() {
        let untimed = [S.item("visit", day: "2024-09-25")]
        let withHours = FreeTime(day: day, items: untimed, shows: [open])
        #expect(withHours.basis == .openingHours)
        #expect(gaps(withHours) == ["09:00-18:00"])
        #expect(withHours.untimedItemIDs == ["visit"])

        let withoutHours = FreeTime(day: day, items: untimed, shows: [unpublished])
        #expect(withoutHours.basis == .unknown)
        #expect(withoutHours.gaps.isEmpty)
        #expect(withoutHours.busy.isEmpty)

        #expect(FreeTime(day: S.day("2024-09-30"), items: [], shows: [open]).basis == .unknown, "no show open that day")
    }

    @Test func anItemWithoutEndSplitsAGapAndMarksWhatFollows() {
        let items = [S.item("closing", day: "2024-09-25", "15:30"), S.item("talk", day: "2024-09-25", "10:00", "11:00"),
                     S.item("meet", day: "2024-09-25", "11:00")]
        let free = FreeTime(day: day, items: items, shows: [open])
        #expect(spans(free.busy) == ["10:00-11:00", "15:30-15:30"])
        #expect(free.busy.map(\.endUnknown) == [true, true], "a point at the talk's end keeps the visitor for an unknown while")
        #expect(gaps(free) == ["09:00-10:00", "11:00-15:30", "15:30-18:00"])
        #expect(free.gaps.map(\.followsItemWithoutEnd) == [false, true, true])
    }

    @Test func multiDayFavouritesAreBusyOnEachDay() {
        let items = [S.item("tour", day: "2024-09-24", lastDay: "2024-09-26", "11:00", "12:00")]
        for text in ["2024-09-24", "2024-09-25", "2024-09-26"] {
            #expect(spans(FreeTime(day: S.day(text), items: items, shows: [open]).busy) == ["11:00-12:00"])
        }
    }

    @Test func onTheFictionalShow() throws {
        let catalog = try Fixtures.loadFictional()
        var plan = Plan(eventID: catalog.event.id)
        for (time, id) in ["opening", "drone-demo", "optics-talk", "rescue-drill", "minister-visit", "b2b-meetings", "closing"].enumerated() {
            plan.add(.programmeItem(id), at: Int64(100 + time))
        }
        let first = FreeTime(day: S.day("2030-06-03"), plan: plan, catalog: catalog)
        #expect(gaps(first) == ["09:00-10:00", "10:45-11:00", "12:15-18:00"])
        #expect(first.untimedItemIDs == ["b2b-meetings"])

        let second = FreeTime(day: S.day("2030-06-04"), plan: plan, catalog: catalog)
        #expect(second.showsWithoutHours == ["safety"])
        #expect(gaps(second) == ["09:00-14:00", "15:00-18:00"])
        #expect(Set(second.untimedItemIDs) == ["b2b-meetings", "minister-visit"])

        let last = FreeTime(day: S.day("2030-06-05"), plan: plan, catalog: catalog, minimumMinutes: 30)
        #expect(gaps(last) == ["09:00-15:30", "15:30-16:00"])
        #expect(last.gaps.last?.followsItemWithoutEnd == true)
    }

    @Test func theBundledDataPublishesNeitherHoursNorTimes() throws {
        let catalog = try Fixtures.loadBundled()
        var plan = Plan(eventID: catalog.event.id)
        for (time, item) in catalog.programme.enumerated() { plan.add(.programmeItem(item.id), at: Int64(1 + time)) }
        for day in catalog.days {
            let free = FreeTime(day: day, plan: plan, catalog: catalog)
            #expect(free.basis == .unknown)
            #expect(free.gaps.isEmpty)
        }
    }
}
