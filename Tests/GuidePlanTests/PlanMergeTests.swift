import GuidePlan
import GuideTestSupport
import Testing

/// Merging two copies of a plan (two guides open at once) must not depend on who merges whom, nor
/// on how often or in what grouping: generated edit sequences check the three laws, and that no
/// change is lost.
@Suite struct PlanMergeTests {

    static let items: [PlanItem] = ["a", "b", "c", "d"].map(PlanItem.exhibitor) + ["p1", "p2", "p3"].map(PlanItem.programmeItem)

    /// A plan after a random sequence of edits at random times (some equal, to exercise ties).
    static func randomPlan(_ generator: inout SeededGenerator, edits: Int) -> Plan {
        var plan = Plan(eventID: "adex-2024")
        for _ in 0..<edits {
            let item = items[generator.below(items.count)]
            let time = Int64(1_000 + generator.below(40))
            switch generator.below(5) {
            case 0: plan.toggle(item, at: time)
            case 1: plan.add(item, at: time)
            case 2: plan.setPriority(generator.below(2) == 0 ? .must : .maybe, of: item, at: time)
            case 3: plan.setNote(["", "radar", "ask for brochure", "Азерсилах"][generator.below(4)], of: item, at: time)
            default: plan.setVisited(generator.below(2) == 0, of: item, at: time)
            }
        }
        return plan
    }

    @Test(arguments: 0..<200)
    func mergeIsCommutativeAssociativeAndIdempotent(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let a = Self.randomPlan(&generator, edits: generator.below(12))
        let b = Self.randomPlan(&generator, edits: generator.below(12))
        let c = Self.randomPlan(&generator, edits: generator.below(12))
        #expect(a.merged(with: b) == b.merged(with: a))
        #expect(a.merged(with: b).merged(with: c) == a.merged(with: b.merged(with: c)))
        #expect(a.merged(with: a) == a)
        #expect(a.merged(with: b).merged(with: b) == a.merged(with: b))
    }

    @Test(arguments: 0..<100)
    func theLatestSettingOfEveryFieldSurvivesAMerge(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 10_000)
        let a = Self.randomPlan(&generator, edits: 1 + generator.below(10))
        let b = Self.randomPlan(&generator, edits: 1 + generator.below(10))
        let merged = a.merged(with: b)
        for item in Self.items {
            let sides = [a.marks[item], b.marks[item]].compactMap { $0 }
            guard let result = merged.marks[item] else {
                #expect(sides.isEmpty)
                continue
            }
            #expect(result.favourite.at == sides.map(\.favourite.at).max())
            #expect(result.note.at == sides.map(\.note.at).max())
            #expect(result.priority.at == sides.map(\.priority.at).max())
            #expect(result.visited.at == sides.map(\.visited.at).max())
        }
    }

    @Test func twoGuidesEditingDifferentFieldsKeepBoth() {
        var base = Plan(eventID: "adex-2024")
        base.add(.exhibitor("aselsan"), at: 1_000)
        var first = base
        var second = base
        first.setNote("radar demo at 14:00", of: .exhibitor("aselsan"), at: 2_000)
        second.setVisited(true, of: .exhibitor("aselsan"), at: 2_500)
        second.add(.programmeItem("opening"), at: 2_600)
        let merged = first.merged(with: second)
        #expect(merged.mark(.exhibitor("aselsan"))?.note.value == "radar demo at 14:00")
        #expect(merged.mark(.exhibitor("aselsan"))?.visited.value == true)
        #expect(merged.contains(programmeItem: "opening"))
    }

    @Test func aRemovalIsNotUndoneByAnOlderCopy() {
        var old = Plan(eventID: "adex-2024")
        old.add(.exhibitor("aselsan"), at: 1_000)
        var newer = old
        newer.remove(.exhibitor("aselsan"), at: 2_000)
        #expect(!old.merged(with: newer).contains(exhibitor: "aselsan"))
        #expect(!newer.merged(with: old).contains(exhibitor: "aselsan"))
    }

    @Test func aChangeIsNeverStampedBeforeTheLatestOneEvenWhenTheClockStepsBack() {
        var plan = Plan(eventID: "adex-2024")
        plan.add(.exhibitor("a"), at: 5_000)
        plan.setNote("first", of: .exhibitor("a"), at: 5_000)
        plan.setNote("second", of: .exhibitor("a"), at: 1_000)
        #expect(plan.mark(.exhibitor("a"))?.note.value == "second")
        #expect(plan.mark(.exhibitor("a"))!.note.at > 5_000)
    }

    @Test func favouritesKeepTheOrderTheyWereAddedIn() {
        var plan = Plan(eventID: "e")
        plan.add(.exhibitor("zeta"), at: 10)
        plan.add(.exhibitor("alpha"), at: 20)
        plan.add(.exhibitor("mid"), at: 30)
        plan.remove(.exhibitor("alpha"), at: 40)
        plan.add(.exhibitor("alpha"), at: 50)
        #expect(plan.exhibitors == ["zeta", "alpha", "mid"], "re-adding keeps the first time it was added")
        #expect(plan.count == 3)
    }

    /// The orders a plan keeps up to date as it changes (favourites as added, every item as a file
    /// lists it) are always the ones sorting its marks afresh gives, after any edits and merges;
    /// times are drawn from a narrow range so that ties, re-adds and clock steps back are common.
    @Test(arguments: 0..<150)
    func theOrdersKeptAlongAreTheSortedOnes(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 20_000)
        var plan = Self.randomPlan(&generator, edits: generator.below(30))
        for _ in 0..<generator.below(3) { plan = plan.merged(with: Self.randomPlan(&generator, edits: generator.below(20))) }
        for _ in 0..<generator.below(20) {
            let item = Self.items[generator.below(Self.items.count)]
            let time = Int64(1_000 + generator.below(40))
            if generator.below(2) == 0 { plan.toggle(item, at: time) } else { plan.setVisited(true, of: item, at: time) }
        }
        for kind in PlanItem.Kind.allCases {
            let expected = plan.marks.filter { $0.key.kind == kind && $0.value.favourite.value }
                .sorted { a, b in a.value.added != b.value.added ? a.value.added < b.value.added : a.key.id < b.key.id }
                .map(\.key.id)
            #expect(plan.favourites(kind) == expected)
        }
        #expect(plan.count == plan.marks.values.filter(\.favourite.value).count)
        #expect(plan == Plan(eventID: plan.eventID, marks: plan.marks).merged(with: plan))
        let file = PlanFile.encode(plan, savedAt: 5_000)
        let ids = plan.marks.keys.sorted().map { "\"id\": \"\($0.id)\"" }
        let positions = try ids.map { try #require(file.range(of: $0)?.lowerBound) }
        #expect(positions == positions.sorted(), "the file lists the items in order")
    }
}
