import GuideModel
import GuidePlan
import GuideTestSupport
import Testing

/// The walking route: a hand-made hall with a known best order, 2-opt never longer than nearest
/// neighbour on random floors, shared stands visited once, halls and stands that cannot be placed
/// reported with their reason.
@Suite struct WalkingRouteTests {
    typealias S = PlanLogicSamples

    /// Stands on one row, the entrance below the row at x = 11. Seen along the row from the
    /// entrance, the stands lie at +2 (S), -4 (W) and +10 (E). Nearest neighbour walks S, W, E
    /// (2 + 6 + 14 = 22 along the row, plus 4 down to the row: 26); the best walk is W, S, E
    /// (4 + 6 + 8 = 18, plus 4: 22).
    static let row = Hall(id: "row", name: "Row hall", kind: .hall, size: GridSize(width: 30, height: 8),
                          stands: [S.stand("W", x: 6, y: 0), S.stand("S", x: 12, y: 0), S.stand("E", x: 20, y: 0),
                                   S.stand("X", x: 26, y: 0)],
                          features: [HallFeature(kind: .cafe, rect: GridRect(x: 0, y: 6, width: 2, height: 2)),
                                     HallFeature(kind: .entrance, name: "North door", rect: GridRect(x: 10, y: 4, width: 2, height: 2)),
                                     HallFeature(kind: .entrance, name: "Side door", rect: GridRect(x: 28, y: 4, width: 2, height: 2))])

    @Test func aHandMadeHallWhereTheBestOrderIsKnown() {
        let exhibitors = [S.exhibitor("east", hall: "row", code: "E"), S.exhibitor("south", hall: "row", code: "S"),
                          S.exhibitor("west", hall: "row", code: "W")]
        let route = WalkingRoute(exhibitors: exhibitors, visited: [], halls: [Self.row])
        #expect(route.halls.count == 1)
        let hall = route.halls[0]
        #expect(hall.start == .entrance(name: "North door"), "the first entrance, not the first feature")
        #expect(hall.stops.map(\.standCode) == ["W", "S", "E"])
        #expect(hall.exhibitorIDs == ["west", "south", "east"])
        #expect(hall.distance == 22)
        #expect(route.unplaced.isEmpty)

        // Nearest neighbour alone takes the detour.
        let points = ["W", "S", "E"].map { FloorPoint(centreOf: Self.row.stand(code: $0)!.rect) }
        let start = StandTour.Start.point(FloorPoint(centreOf: GridRect(x: 10, y: 4, width: 2, height: 2)))
        let greedy = StandTour.nearestNeighbour(points, from: start)
        #expect(greedy == [1, 0, 2])
        #expect(StandTour.length(greedy, points, from: start) == 52, "26 grid units, in half units")
        #expect(StandTour.order(points, from: start) == [0, 1, 2])
    }

    @Test func withoutAnEntranceTheWalkStartsAtTheStandNearestTheTopLeft() {
        // A 3 x 3 block of stands; the favourites are its four corners and the centre.
        var stands: [Stand] = []
        for row in 0..<3 {
            for column in 0..<3 { stands.append(S.stand("\(row)\(column)", x: 4 * column, y: 4 * row, width: 4, height: 4)) }
        }
        let block = Hall(id: "block", name: "Block", kind: .hall, size: GridSize(width: 12, height: 12), stands: stands,
                         features: [HallFeature(kind: .stage, rect: GridRect(x: 0, y: 0, width: 1, height: 1))])
        let exhibitors = ["22", "02", "11", "20", "00"].map { (code: String) in S.exhibitor("e" + code, hall: "block", code: code) }
        let hall = WalkingRoute(exhibitors: exhibitors, visited: [], halls: [block]).halls[0]
        #expect(hall.start == .standNearestTopLeft)
        // Every step between neighbouring favourites is 8 (corner to corner along an edge, or
        // corner to centre), so the best walk is 4 x 8; ties go to the stand earlier on the plan.
        #expect(hall.stops.map(\.standCode) == ["00", "02", "11", "20", "22"])
        #expect(hall.distance == 32)
    }

    @Test func favouritesSharingAStandAreOneStop() {
        let exhibitors = [S.exhibitor("a", hall: "row", code: "E"), S.exhibitor("b", hall: "row", code: "W"),
                          S.exhibitor("c", hall: "row", code: "E"), S.exhibitor("d", hall: "row", code: "S")]
        let hall = WalkingRoute(exhibitors: exhibitors, visited: [], halls: [Self.row]).halls[0]
        #expect(hall.stops == [.init(standCode: "W", exhibitorIDs: ["b"]), .init(standCode: "S", exhibitorIDs: ["d"]),
                               .init(standCode: "E", exhibitorIDs: ["a", "c"])])
        #expect(hall.exhibitorIDs == ["b", "d", "a", "c"])
        #expect(hall.distance == 22)
    }

    @Test func visitedFavouritesLeaveTheRouteButAreCounted() {
        let exhibitors = [S.exhibitor("west", hall: "row", code: "W"), S.exhibitor("south", hall: "row", code: "S"),
                          S.exhibitor("east", hall: "row", code: "E"), S.exhibitor("nowhere")]
        let route = WalkingRoute(exhibitors: exhibitors, missingIDs: ["gone", "gone-seen"], visited: ["south", "nowhere", "gone-seen"],
                                 halls: [Self.row])
        #expect(route.halls[0].stops.map(\.standCode) == ["W", "E"])
        #expect(route.halls[0].distance == 8 + 14)
        #expect(route.halls[0].visitedIDs == ["south"])
        #expect(route.visitedIDs == ["south", "nowhere", "gone-seen"])
        #expect(route.unplaced == [.init(exhibitorID: "gone", reason: .notInData)])

        let allSeen = WalkingRoute(exhibitors: exhibitors, visited: ["west", "south", "east"], halls: [Self.row])
        #expect(allSeen.halls.map(\.hallID) == ["row"], "a hall whose favourites are all visited is still listed")
        #expect(allSeen.halls[0].stops.isEmpty)
        #expect(allSeen.halls[0].start == nil)
        #expect(allSeen.halls[0].distance == 0)
    }

    @Test func favouritesThatCannotBePlacedAreReportedWithTheReason() {
        let outdoor = Hall(id: "yard", name: "Yard", kind: .outdoor)
        let exhibitors = [
            S.exhibitor("no-stand"),
            S.exhibitor("in-yard", hall: "yard", code: "Y1"),
            S.exhibitor("no-code", hall: "row"),
            S.exhibitor("bad-code", hall: "row", code: "Z9"),
            S.exhibitor("unknown-hall", hall: "annex", code: "1"),
            S.exhibitor("placed", hall: "row", code: "X"),
        ]
        let route = WalkingRoute(exhibitors: exhibitors, missingIDs: ["gone"], visited: [], halls: [outdoor, Self.row])
        #expect(route.halls.map(\.hallID) == ["yard", "row"], "catalog order")
        let yard = route.halls[0], row = route.halls[1]
        #expect(!yard.layoutPublished)
        #expect(yard.stops.isEmpty)
        #expect(yard.unplaced == [.init(exhibitorID: "in-yard", reason: .hallLayoutNotPublished)])
        #expect(row.layoutPublished)
        #expect(row.unplaced == [.init(exhibitorID: "no-code", reason: .standCodeNotPublished),
                                 .init(exhibitorID: "bad-code", reason: .standNotInLayout("Z9"))])
        #expect(row.stops == [.init(standCode: "X", exhibitorIDs: ["placed"])])
        #expect(row.distance == 16 + 4, "from the north door to X: 16 along the row, 4 up to it")
        #expect(route.unplaced == [.init(exhibitorID: "no-stand", reason: .standNotPublished),
                                   .init(exhibitorID: "unknown-hall", reason: .hallNotInData("annex")),
                                   .init(exhibitorID: "gone", reason: .notInData)])
    }

    @Test func theFictionalShowAccountsForEveryFavourite() throws {
        let catalog = try Fixtures.loadFictional()
        var plan = Plan(eventID: catalog.event.id)
        let ids = catalog.exhibitors.map(\.id) + ["gone"]
        for (time, id) in ids.enumerated() { plan.add(.exhibitor(id), at: Int64(100 + time)) }
        plan.setVisited(true, of: .exhibitor("nippon-sensors"), at: 500)
        let route = WalkingRoute(plan: plan, catalog: catalog)

        #expect(route.halls.map(\.hallID) == ["hall-a", "hall-b", "yard"])
        let hallA = route.halls[0], hallB = route.halls[1], yard = route.halls[2]
        #expect(hallA.start == .entrance(name: "Main entrance"))
        #expect(Set(hallA.stops.map(\.standCode)) == ["A1", "A2", "A4", "A5", "A7"])
        #expect(hallA.visitedIDs == ["nippon-sensors"])
        #expect(hallB.start == .standNearestTopLeft)
        #expect(hallB.stops.first?.standCode == "B1")
        #expect(yard.unplaced.map(\.reason) == [.hallLayoutNotPublished])
        #expect(route.unplaced == [.init(exhibitorID: "expo-daily", reason: .standNotPublished),
                                   .init(exhibitorID: "gone", reason: .notInData)])

        // Every favourite exactly once: on a stop, unplaced, or visited.
        let accounted = route.exhibitorIDs + route.halls.flatMap { $0.unplaced.map(\.exhibitorID) }
            + route.unplaced.map(\.exhibitorID) + route.visitedIDs
        #expect(accounted.sorted() == ids.sorted())
        #expect(WalkingRoute(plan: plan, catalog: catalog) == route, "deterministic")
    }

    @Test func theBundledDataHasNoLayoutsSoEveryFavouriteIsUnplaced() throws {
        let catalog = try Fixtures.loadBundled()
        var plan = Plan(eventID: catalog.event.id)
        for (time, exhibitor) in catalog.exhibitors.prefix(30).enumerated() { plan.add(.exhibitor(exhibitor.id), at: Int64(1 + time)) }
        let route = WalkingRoute(plan: plan, catalog: catalog)
        #expect(route.exhibitorIDs.isEmpty)
        #expect(route.halls.allSatisfy { !$0.layoutPublished })
        #expect(route.halls.flatMap(\.unplaced).count + route.unplaced.count == 30)
    }

    // MARK: - The tour on random floors

    /// Random points on a floor, some repeated (stands of equal centre), and a random start.
    static func randomFloor(_ generator: inout SeededGenerator) -> (points: [FloorPoint], start: StandTour.Start) {
        let count = generator.below(40)
        let side = 2 + generator.below(120)
        let points = (0..<count).map { _ in FloorPoint(doubledX: generator.below(side), doubledY: generator.below(side)) }
        if count > 0 && generator.below(2) == 0 { return (points, .stop(generator.below(count))) }
        return (points, .point(FloorPoint(doubledX: generator.below(side), doubledY: generator.below(side))))
    }

    @Test(arguments: 0..<300)
    func twoOptIsAPermutationNeverLongerThanNearestNeighbour(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let (points, start) = Self.randomFloor(&generator)
        let greedy = StandTour.nearestNeighbour(points, from: start)
        let order = StandTour.order(points, from: start)
        #expect(order.sorted() == Array(points.indices))
        #expect(greedy.sorted() == Array(points.indices))
        if case .stop(let first) = start {
            #expect(order.first == first)
            #expect(greedy.first == first)
        }
        #expect(StandTour.length(order, points, from: start) <= StandTour.length(greedy, points, from: start))
        #expect(StandTour.improved(order, points, from: start) == order, "2-opt stops only when no reversal helps")
        #expect(StandTour.order(points, from: start) == order, "deterministic")
    }

    /// On small floors the result is compared with the best order found by trying them all: 2-opt
    /// is a heuristic, so it may lose, but never by much on a handful of points, and never wins.
    @Test(arguments: 0..<100)
    func smallFloorsAgainstEveryOrder(seed: UInt64) {
        var generator = SeededGenerator(seed: 10_000 + seed)
        let count = 1 + generator.below(6)
        let points = (0..<count).map { _ in FloorPoint(doubledX: generator.below(40), doubledY: generator.below(40)) }
        let start = StandTour.Start.point(FloorPoint(doubledX: generator.below(40), doubledY: generator.below(40)))
        var best = Int.max
        func permute(_ prefix: [Int], _ rest: [Int]) {
            if rest.isEmpty { best = min(best, StandTour.length(prefix, points, from: start)); return }
            for (index, next) in rest.enumerated() {
                var remaining = rest
                remaining.remove(at: index)
                permute(prefix + [next], remaining)
            }
        }
        permute([], Array(points.indices))
        let length = StandTour.length(StandTour.order(points, from: start), points, from: start)
        #expect(length >= best)
        #expect(Double(length) <= 1.5 * Double(best))
    }

    @Test func aLargeHallIsRoutedQuickly() {
        var generator = SeededGenerator(seed: 7)
        var stands: [Stand] = []
        for row in 0..<20 {
            for column in 0..<25 { stands.append(S.stand("S\(row)-\(column)", x: 4 * column, y: 5 * row, width: 3, height: 3)) }
        }
        let hall = Hall(id: "big", name: "Big", kind: .hall, size: GridSize(width: 100, height: 100), stands: stands,
                        features: [HallFeature(kind: .entrance, rect: GridRect(x: 48, y: 98, width: 4, height: 2))])
        var exhibitors: [Exhibitor] = []
        for index in 0..<300 {
            let stand = stands[generator.below(stands.count)]
            exhibitors.append(S.exhibitor("e\(index)", hall: "big", code: stand.code))
        }
        let route = WalkingRoute(exhibitors: exhibitors, visited: [], halls: [hall])
        #expect(route.halls[0].exhibitorIDs.sorted() == exhibitors.map(\.id).sorted())
        #expect(Set(route.halls[0].stops.map(\.standCode)).count == route.halls[0].stops.count, "each stand once")
    }
}
