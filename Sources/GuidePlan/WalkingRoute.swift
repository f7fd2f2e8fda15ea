import GuideModel

/// The order in which to walk to the favourite exhibitors not yet visited, hall by hall (halls in
/// the catalog's order).
///
/// Within a hall whose floor plan is published, the walk starts at the hall's first entrance
/// (the centre of its rectangle) or, when the plan shows none, at the stand nearest the top-left
/// corner, and visits the stands in the order `StandTour` finds (nearest neighbour, then 2-opt).
/// Distances are Manhattan distances between rectangle centres: aisles run in a grid, and walls
/// and stands in the way are ignored because the data has no aisle graph.
///
/// Every favourite is accounted for exactly once: on a stop, in `unplaced` with the reason it
/// could not be put on a floor plan (so the screen can say "this hall's layout is not published:
/// grouped by hall only"), or among the visited, which leave the route but are still counted.
/// Several favourites sharing one stand are one stop, so they are visited together.
public struct WalkingRoute: Sendable, Hashable {
    /// Why a favourite is not on a walking route.
    public enum Reason: Sendable, Hashable {
        /// The exhibitor's stand is not published.
        case standNotPublished
        /// The stand names a hall the data does not have.
        case hallNotInData(String)
        /// The hall is known and has a floor plan, but the stand code is not published.
        case standCodeNotPublished
        /// The stand code is not on the hall's floor plan.
        case standNotInLayout(String)
        /// The hall's floor plan is not published: the exhibitor can only be grouped by hall.
        case hallLayoutNotPublished
        /// The favourite is no longer in the data.
        case notInData
    }

    /// A favourite that could not be placed on a route.
    public struct Unplaced: Sendable, Hashable {
        public var exhibitorID: String
        public var reason: Reason

        public init(exhibitorID: String, reason: Reason) {
            self.exhibitorID = exhibitorID
            self.reason = reason
        }
    }

    /// One stand to walk to, with the favourites on it (in plan order).
    public struct Stop: Sendable, Hashable {
        public var standCode: String
        public var exhibitorIDs: [String]

        public init(standCode: String, exhibitorIDs: [String]) {
            self.standCode = standCode
            self.exhibitorIDs = exhibitorIDs
        }
    }

    /// Where a hall's walk starts.
    public enum Start: Sendable, Hashable {
        /// At the hall's first entrance (its name when the plan gives one).
        case entrance(name: String?)
        /// The plan shows no entrance: at the first stop, the stand nearest the top-left corner.
        case standNearestTopLeft
    }

    /// The route through one hall.
    public struct HallRoute: Sendable, Hashable {
        public var hallID: String
        /// False when the hall's floor plan is not published (then `stops` is empty and every
        /// favourite in it is in `unplaced`).
        public var layoutPublished: Bool
        /// Nil when there are no stops.
        public var start: Start?
        public var stops: [Stop]
        /// The walk from the start through every stop, in grid units (halves when centres fall
        /// between grid lines).
        public var distance: Double
        /// Favourites in this hall that could not be placed on its floor plan, in plan order.
        public var unplaced: [Unplaced]
        /// Favourites in this hall already visited, in plan order.
        public var visitedIDs: [String]

        /// Every favourite on the route, in walking order.
        public var exhibitorIDs: [String] { stops.flatMap(\.exhibitorIDs) }
    }

    /// Halls with at least one favourite (visited or not), in catalog order.
    public private(set) var halls: [HallRoute]
    /// Unvisited favourites that belong to no hall of the data (no stand, unknown hall, or no
    /// longer in the data), in plan order.
    public private(set) var unplaced: [Unplaced]
    /// Every visited favourite, in plan order, wherever it stands.
    public private(set) var visitedIDs: [String]

    /// The route for `plan`'s favourite exhibitors in `catalog`.
    public init(plan: Plan, catalog: Catalog) {
        var exhibitors: [Exhibitor] = []
        var missing: [String] = []
        var visited = Set<String>()
        for id in plan.exhibitors {
            if plan.mark(.exhibitor(id))?.visited.value == true { visited.insert(id) }
            if let exhibitor = catalog.exhibitor(id: id) {
                exhibitors.append(exhibitor)
            } else {
                missing.append(id)
            }
        }
        self.init(exhibitors: exhibitors, missingIDs: missing, visited: visited, halls: catalog.halls)
    }

    /// The route for `exhibitors` (the favourites, in plan order) through `halls` (in catalog
    /// order); `missingIDs` are favourites no longer in the data, `visited` the ids already seen.
    public init(exhibitors: [Exhibitor], missingIDs: [String] = [], visited: Set<String>, halls: [Hall]) {
        var hallPositions: [String: Int] = [:]
        for (position, hall) in halls.enumerated() where hallPositions[hall.id] == nil { hallPositions[hall.id] = position }

        var inHall: [Int: [Exhibitor]] = [:]
        var visitedInHall: [Int: [String]] = [:]
        var visitedIDs: [String] = []
        var unplaced: [Unplaced] = []
        var seen = Set<String>(minimumCapacity: exhibitors.count + missingIDs.count)
        for exhibitor in exhibitors where seen.insert(exhibitor.id).inserted {
            let position = exhibitor.stand.flatMap { hallPositions[$0.hall] }
            if visited.contains(exhibitor.id) {
                visitedIDs.append(exhibitor.id)
                if let position { visitedInHall[position, default: []].append(exhibitor.id) }
            } else if let position {
                inHall[position, default: []].append(exhibitor)
            } else if let stand = exhibitor.stand {
                unplaced.append(Unplaced(exhibitorID: exhibitor.id, reason: .hallNotInData(stand.hall)))
            } else {
                unplaced.append(Unplaced(exhibitorID: exhibitor.id, reason: .standNotPublished))
            }
        }
        for id in missingIDs where seen.insert(id).inserted {
            if visited.contains(id) {
                visitedIDs.append(id)
            } else {
                unplaced.append(Unplaced(exhibitorID: id, reason: .notInData))
            }
        }

        self.halls = Set(inHall.keys).union(visitedInHall.keys).sorted().map { position in
            Self.route(through: halls[position], exhibitors: inHall[position] ?? [], visitedIDs: visitedInHall[position] ?? [])
        }
        self.unplaced = unplaced
        self.visitedIDs = visitedIDs
    }

    /// Every unvisited favourite placed on a route, across halls, in walking order.
    public var exhibitorIDs: [String] { halls.flatMap(\.exhibitorIDs) }

    /// The route in one hall for its unvisited favourites.
    private static func route(through hall: Hall, exhibitors: [Exhibitor], visitedIDs: [String]) -> HallRoute {
        var result = HallRoute(hallID: hall.id, layoutPublished: hall.hasLayout, start: nil, stops: [], distance: 0,
                               unplaced: [], visitedIDs: visitedIDs)
        guard hall.hasLayout else {
            result.unplaced = exhibitors.map { Unplaced(exhibitorID: $0.id, reason: .hallLayoutNotPublished) }
            return result
        }
        var standPositions: [String: Int] = [:]
        for (position, stand) in hall.stands.enumerated() where standPositions[stand.code] == nil {
            standPositions[stand.code] = position
        }
        // Favourites by stand; stops in floor-plan order so ties are broken the same way every time.
        var onStand: [Int: [String]] = [:]
        for exhibitor in exhibitors {
            guard let code = exhibitor.stand?.code else {
                result.unplaced.append(Unplaced(exhibitorID: exhibitor.id, reason: .standCodeNotPublished))
                continue
            }
            guard let position = standPositions[code] else {
                result.unplaced.append(Unplaced(exhibitorID: exhibitor.id, reason: .standNotInLayout(code)))
                continue
            }
            onStand[position, default: []].append(exhibitor.id)
        }
        let standsToVisit = onStand.keys.sorted()
        guard !standsToVisit.isEmpty else { return result }
        let points = standsToVisit.map { FloorPoint(centreOf: hall.stands[$0].rect) }

        let tourStart: StandTour.Start
        if let entrance = hall.features.first(where: { $0.kind == .entrance }) {
            tourStart = .point(FloorPoint(centreOf: entrance.rect))
            result.start = .entrance(name: entrance.name)
        } else {
            // Nearest the top-left corner by walking distance from (0, 0); ties to the upper stand,
            // then the one earlier on the floor plan.
            let first = points.indices.min { a, b in
                let distanceA = points[a].doubledX + points[a].doubledY
                let distanceB = points[b].doubledX + points[b].doubledY
                return distanceA != distanceB ? distanceA < distanceB : points[a].doubledY < points[b].doubledY
            }!
            tourStart = .stop(first)
            result.start = .standNearestTopLeft
        }
        let order = StandTour.order(points, from: tourStart)
        result.stops = order.map { Stop(standCode: hall.stands[standsToVisit[$0]].code, exhibitorIDs: onStand[standsToVisit[$0]]!) }
        result.distance = Double(StandTour.length(order, points, from: tourStart)) / 2
        return result
    }
}
