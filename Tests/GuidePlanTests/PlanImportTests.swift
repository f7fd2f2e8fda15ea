import GuidePlan
import Testing

@Suite struct PlanImportTests {
    @Test func aColleaguesPlanAddsAndNeverOverwrites() {
        var mine = Plan(eventID: "adex-2024")
        mine.add(.exhibitor("aselsan"), at: 100)
        mine.setPriority(.must, of: .exhibitor("aselsan"), at: 110)
        mine.setNote("radar", of: .exhibitor("aselsan"), at: 120)
        mine.add(.exhibitor("roketsan"), at: 130)
        mine.setVisited(true, of: .exhibitor("roketsan"), at: 140)

        var theirs = Plan(eventID: "adex-2024")
        theirs.add(.exhibitor("aselsan"), at: 500)
        theirs.setNote("ask about EW", of: .exhibitor("aselsan"), at: 510)
        theirs.add(.exhibitor("roketsan"), at: 520)
        theirs.add(.exhibitor("pac"), at: 530)
        theirs.setPriority(.must, of: .exhibitor("pac"), at: 540)
        theirs.setNote("JF-17", of: .exhibitor("pac"), at: 550)
        theirs.setVisited(true, of: .exhibitor("pac"), at: 560)
        theirs.add(.programmeItem("opening"), at: 570)

        let result = PlanImport(theirs, into: mine, at: 1_000)
        #expect(result.added == [.exhibitor("pac"), .programmeItem("opening")])
        #expect(result.conflicts.map(\.item) == [.exhibitor("aselsan")])
        #expect(result.conflicts.first?.detail.contains("priority: yours must, theirs maybe; kept yours") == true)
        let plan = result.plan
        #expect(plan.mark(.exhibitor("aselsan"))?.priority.value == .must)
        #expect(plan.mark(.exhibitor("aselsan"))?.note.value == "radar\n(imported) ask about EW")
        #expect(plan.mark(.exhibitor("pac"))?.priority.value == .must)
        #expect(plan.mark(.exhibitor("pac"))?.note.value == "JF-17")
        #expect(plan.mark(.exhibitor("pac"))?.visited.value == false, "visits are personal")
        #expect(plan.mark(.exhibitor("roketsan"))?.visited.value == true)

        let again = PlanImport(theirs, into: plan, at: 2_000)
        #expect(again.added.isEmpty)
        #expect(again.plan.mark(.exhibitor("aselsan"))?.note.value == "radar\n(imported) ask about EW", "importing twice adds nothing")
    }
}
