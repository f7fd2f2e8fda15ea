import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// The counts at the top of My plan, at fixed moments of the fictional show (3-5 June 2030).
@Suite struct PlanSummaryTests {
    typealias S = PlanLogicSamples

    static func moment(_ day: String, _ time: String) -> LocalDateTime { LocalDateTime(date: S.day(day), time: S.time(time)) }

    /// Must-see: two exhibitors in the data (one visited), one gone; six programme items in the
    /// data and one gone. Maybe: one exhibitor (visited) and one item.
    static func plan() -> Plan {
        var plan = Plan(eventID: "fictional-expo-2030")
        var clock: Int64 = 100
        func add(_ item: PlanItem, _ priority: PlanPriority, visited: Bool = false) {
            clock += 1
            plan.setPriority(priority, of: item, at: clock)
            if visited { plan.setVisited(true, of: item, at: clock) }
        }
        add(.exhibitor("azersky-drones"), .must)
        add(.exhibitor("bosphorus-optics"), .must, visited: true)
        add(.exhibitor("kiev-rescue"), .maybe, visited: true)
        add(.exhibitor("gone-exhibitor"), .must)
        add(.programmeItem("opening"), .must)          // 3 June 10:00-10:45
        add(.programmeItem("drone-demo"), .must)       // 3 June 11:00-12:00
        add(.programmeItem("rescue-drill"), .must)     // 4 June 14:00-15:00
        add(.programmeItem("minister-visit"), .must)   // 4 June, time not published
        add(.programmeItem("b2b-meetings"), .must)     // 3-5 June, time not published
        add(.programmeItem("signing"), .must)          // day not published
        add(.programmeItem("closing"), .maybe)         // 5 June 15:30
        add(.programmeItem("gone-item"), .must)
        plan.add(.exhibitor("removed"), at: 900)
        plan.remove(.exhibitor("removed"), at: 901)
        return plan
    }

    @Test func countsAndMissingIDs() throws {
        let summary = PlanSummary(plan: Self.plan(), catalog: try Fixtures.loadFictional(), now: Self.moment("2030-06-03", "10:30"))
        #expect(summary.exhibitorCount == 4)
        #expect(summary.programmeCount == 8)
        #expect(summary.totalCount == 12)
        #expect(summary.visitedCount == 2)
        #expect(summary.mustSeeExhibitorsLeft == 1, "azersky-drones; the gone one is listed as missing instead")
        #expect(summary.missingExhibitorIDs == ["gone-exhibitor"])
        #expect(summary.missingProgrammeIDs == ["gone-item"])
        #expect(summary.hasMissing)
    }

    @Test(arguments: [
        // Opening has started: not ahead; the rest of the must-sees are.
        ("2030-06-03", "10:30", 5),
        ("2030-06-03", "09:00", 6),
        // Opening and the demo are past; the drill, the visit, the b2b meetings and the signing are not.
        ("2030-06-03", "23:59", 4),
        // The drill has started; the visit (no time, today) and the b2b meetings (tomorrow) count.
        ("2030-06-04", "14:00", 3),
        // Last day: only the b2b meetings (no time, today) and the undated signing are left.
        ("2030-06-05", "17:00", 2),
        // After the event nothing is ahead, not even the undated signing.
        ("2030-06-06", "09:00", 0),
        // Before the event everything is.
        ("2030-05-01", "12:00", 6),
    ])
    func mustSeeProgrammeAheadAtAFixedMoment(day: String, time: String, expected: Int) throws {
        let summary = PlanSummary(plan: Self.plan(), catalog: try Fixtures.loadFictional(), now: Self.moment(day, time))
        #expect(summary.mustSeeProgrammeAhead == expected)
    }

    @Test func withoutAMomentEveryMustSeeIsAhead() throws {
        let summary = PlanSummary(plan: Self.plan(), catalog: try Fixtures.loadFictional(), now: nil)
        #expect(summary.mustSeeProgrammeAhead == 6)
    }

    @Test func aMultiDayItemIsAheadUntilItsLastStart() {
        let item = S.item("tour", day: "2030-06-03", lastDay: "2030-06-05", "10:00", "11:00")
        let last = S.day("2030-06-05")
        #expect(PlanSummary.isAhead(item, now: Self.moment("2030-06-04", "10:30"), eventLastDay: last))
        #expect(PlanSummary.isAhead(item, now: Self.moment("2030-06-05", "09:59"), eventLastDay: last))
        #expect(!PlanSummary.isAhead(item, now: Self.moment("2030-06-05", "10:00"), eventLastDay: last))
        #expect(PlanSummary.isAhead(S.item("undated", day: nil), now: Self.moment("2030-06-05", "23:00"), eventLastDay: last))
        #expect(PlanSummary.isAhead(S.item("undated", day: nil), now: Self.moment("2031-01-01", "00:00"), eventLastDay: nil),
                "no event days known: cannot say it has passed")
    }

    @Test func anEmptyPlan() throws {
        let summary = PlanSummary(plan: Plan(eventID: "x"), catalog: try Fixtures.loadBundled(), now: nil)
        #expect(summary.totalCount == 0)
        #expect(summary.mustSeeExhibitorsLeft == 0)
        #expect(summary.mustSeeProgrammeAhead == 0)
        #expect(!summary.hasMissing)
    }
}
