import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// Clashes among programme favourites: half-open intervals, point items, multi-day items, and
/// untimed items that never clash but are listed per day.
@Suite struct PlanConflictsTests {
    typealias S = PlanLogicSamples
    let day = S.day("2024-09-25")

    func clashIDs(_ conflicts: PlanConflicts, _ id: String) -> [String] { conflicts.clashes(of: id).map(\.itemID) }

    @Test func overlappingItemsClashOnBothSides() {
        let conflicts = PlanConflicts(items: [S.item("a", day: "2024-09-25", "10:00", "11:00"),
                                              S.item("b", day: "2024-09-25", "10:30", "11:30")])
        #expect(conflicts.entries == [
            .init(itemID: "a", clashes: [.init(itemID: "b", days: [day])]),
            .init(itemID: "b", clashes: [.init(itemID: "a", days: [day])]),
        ])
        #expect(conflicts.pairCount == 1)
    }

    @Test func touchingItemsDoNotClash() {
        let conflicts = PlanConflicts(items: [S.item("a", day: "2024-09-25", "10:00", "11:00"),
                                              S.item("b", day: "2024-09-25", "11:00", "12:00")])
        #expect(conflicts.isEmpty)
        #expect(conflicts.pairCount == 0)
    }

    @Test func sameTimesOnDifferentDaysDoNotClash() {
        let conflicts = PlanConflicts(items: [S.item("a", day: "2024-09-24", "10:00", "11:00"),
                                              S.item("b", day: "2024-09-25", "10:00", "11:00")])
        #expect(conflicts.isEmpty)
    }

    @Test func aContainingItemClashesWithEverythingInside() {
        let conflicts = PlanConflicts(items: [S.item("inner2", day: "2024-09-25", "13:00", "14:00"),
                                              S.item("long", day: "2024-09-25", "09:00", "17:00"),
                                              S.item("inner1", day: "2024-09-25", "10:00", "11:00")])
        #expect(clashIDs(conflicts, "long") == ["inner1", "inner2"])
        #expect(clashIDs(conflicts, "inner1") == ["long"])
        #expect(clashIDs(conflicts, "inner2") == ["long"])
        #expect(conflicts.entries.map(\.itemID) == ["long", "inner1", "inner2"], "programme order: by start")
        #expect(conflicts.pairCount == 2)
    }

    @Test func anItemWithoutEndIsAPointAtItsStart() {
        let conflicts = PlanConflicts(items: [
            S.item("talk", day: "2024-09-25", "10:00", "11:00"),
            S.item("inside", day: "2024-09-25", "10:30"),      // during the talk: clash
            S.item("atEnd", day: "2024-09-25", "11:00"),       // when the talk ends: no clash (half-open)
            S.item("atStart", day: "2024-09-25", "10:00"),     // same start as the talk: clash
            S.item("sameMinute", day: "2024-09-25", "10:30"),  // same minute as another point: clash
            S.item("before", day: "2024-09-25", "09:59"),
            S.item("later", day: "2024-09-25", "10:31", "10:40"), // a point does not extend past its start
        ])
        #expect(clashIDs(conflicts, "talk") == ["atStart", "inside", "sameMinute", "later"])
        #expect(clashIDs(conflicts, "inside") == ["talk", "sameMinute"])
        #expect(clashIDs(conflicts, "atStart") == ["talk"])
        #expect(clashIDs(conflicts, "atEnd").isEmpty)
        #expect(clashIDs(conflicts, "before").isEmpty)
        #expect(clashIDs(conflicts, "later") == ["talk"], "inside the talk, but not at the points' minute")
    }

    @Test func multiDayItemsClashOnEachOfTheirDays() {
        let conflicts = PlanConflicts(items: [
            S.item("expo-tour", day: "2024-09-24", lastDay: "2024-09-26", "10:00", "12:00"),
            S.item("briefing", day: "2024-09-25", "11:00", "11:30"),
            S.item("demo", day: "2024-09-24", lastDay: "2024-09-25", "11:30", "13:00"),
            S.item("signing", day: "2024-09-27", "10:00", "12:00"),
        ])
        let d24 = S.day("2024-09-24"), d25 = S.day("2024-09-25")
        #expect(conflicts.clashes(of: "expo-tour") == [.init(itemID: "demo", days: [d24, d25]), .init(itemID: "briefing", days: [d25])])
        #expect(conflicts.clashes(of: "demo") == [.init(itemID: "expo-tour", days: [d24, d25])])
        #expect(conflicts.clashes(of: "briefing") == [.init(itemID: "expo-tour", days: [d25])])
        #expect(conflicts.clashes(of: "signing").isEmpty)
        #expect(conflicts.pairCount == 2)
    }

    @Test func untimedItemsNeverClashButAreListedPerDay() {
        let conflicts = PlanConflicts(items: [
            S.item("talk", day: "2024-09-25", "10:00", "18:00"),
            S.item("visit", day: "2024-09-25"),
            S.item("b2b", day: "2024-09-24", lastDay: "2024-09-26"),
            S.item("signing", day: nil),
        ])
        #expect(conflicts.isEmpty)
        #expect(conflicts.untimed == [
            .init(day: S.day("2024-09-24"), itemIDs: ["b2b"]),
            .init(day: S.day("2024-09-25"), itemIDs: ["b2b", "visit"]),
            .init(day: S.day("2024-09-26"), itemIDs: ["b2b"]),
        ])
        #expect(conflicts.withoutDay == ["signing"])
    }

    @Test(arguments: 0..<20)
    func theResultDoesNotDependOnTheInputOrder(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var items: [ProgrammeItem] = []
        for index in 0..<12 {
            let start = 9 * 60 + 15 * generator.below(24)
            let length = generator.below(4) == 0 ? nil : 15 * (1 + generator.below(8))
            let text = { (minutes: Int) in LocalTime(minutesSinceMidnight: minutes).description }
            items.append(S.item("i\(index)", day: "2024-09-2\(4 + generator.below(3))", text(start), length.map { text(start + $0) }))
        }
        let expected = PlanConflicts(items: items)
        var shuffled = items
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, generator.below(index + 1)) }
        #expect(PlanConflicts(items: shuffled) == expected)
        // Symmetric, and agrees with a plain pairwise check.
        for a in items {
            for b in items where a.id != b.id {
                let clash = a.day == b.day && overlaps(a, b)
                #expect(expected.clashes(of: a.id).contains { $0.itemID == b.id } == clash, "\(a.id) \(b.id)")
            }
        }
    }

    /// The rule written out case by case, to check the sweep against.
    func overlaps(_ a: ProgrammeItem, _ b: ProgrammeItem) -> Bool {
        let aStart = a.start!.minutesSinceMidnight, bStart = b.start!.minutesSinceMidnight
        switch (a.end?.minutesSinceMidnight, b.end?.minutesSinceMidnight) {
        case let (aEnd?, bEnd?): return aStart < bEnd && bStart < aEnd
        case let (aEnd?, nil): return aStart <= bStart && bStart < aEnd
        case let (nil, bEnd?): return bStart <= aStart && aStart < bEnd
        case (nil, nil): return aStart == bStart
        }
    }

    @Test func fromAPlanOnTheFictionalShow() throws {
        let catalog = try Fixtures.loadFictional()
        var plan = Plan(eventID: catalog.event.id)
        for (time, id) in ["optics-talk", "opening", "drone-demo", "minister-visit", "b2b-meetings", "signing", "closing", "gone"].enumerated() {
            plan.add(.programmeItem(id), at: Int64(100 + time))
        }
        let conflicts = PlanConflicts(plan: plan, catalog: catalog)
        #expect(conflicts.entries.map(\.itemID) == ["drone-demo", "optics-talk"])
        #expect(conflicts.clashes(of: "drone-demo") == [.init(itemID: "optics-talk", days: [S.day("2030-06-03")])])
        #expect(conflicts.untimed.map(\.day) == [S.day("2030-06-03"), S.day("2030-06-04"), S.day("2030-06-05")])
        #expect(conflicts.untimed[1].itemIDs.sorted() == ["b2b-meetings", "minister-visit"])
        #expect(conflicts.withoutDay == ["signing"])
    }

    @Test func theBundledDataHasNoTimesSoNothingClashes() throws {
        let catalog = try Fixtures.loadBundled()
        var plan = Plan(eventID: catalog.event.id)
        for (time, item) in catalog.programme.enumerated() { plan.add(.programmeItem(item.id), at: Int64(1 + time)) }
        let conflicts = PlanConflicts(plan: plan, catalog: catalog)
        #expect(conflicts.isEmpty)
        let listed = conflicts.untimed.flatMap(\.itemIDs).count + conflicts.withoutDay.count
        #expect(listed >= catalog.programme.count)
    }
}
