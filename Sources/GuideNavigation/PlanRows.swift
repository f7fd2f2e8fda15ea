import GuideModel
import GuidePlan

/// A row of My plan. Only exhibitor and programme rows can be selected; headings and free-time
/// lines are read, not chosen (the cursor skips them like schedule headings).
public enum PlanRow: Sendable, Hashable {
    case heading(PlanHeading)
    case freeTime(FreeTimeLine)
    /// A favourite exhibitor; `stop` is its number on its hall's walking route (nil when it is not
    /// on one: visited, no floor plan, stand unknown, or no longer in the data).
    case exhibitor(id: String, stop: Int?)
    /// A favourite programme item, with the favourites it overlaps (by id).
    case programmeItem(id: String, clashes: [String])

    public var isSelectable: Bool {
        switch self {
        case .exhibitor, .programmeItem: true
        case .heading, .freeTime: false
        }
    }

    /// The plan item on this row.
    public var item: PlanItem? {
        switch self {
        case .exhibitor(let id, _): .exhibitor(id)
        case .programmeItem(let id, _): .programmeItem(id)
        case .heading, .freeTime: nil
        }
    }
}

/// The headings that group My plan.
public enum PlanHeading: Sendable, Hashable {
    /// Programme favourites, and how many pairs of them overlap.
    case programme(count: Int, clashPairs: Int)
    /// A day of the programme (nil: day not published).
    case day(LocalDate?)
    /// The free time of the chosen day.
    case freeTime(LocalDate)
    /// Exhibitor favourites and how many are visited.
    case exhibitors(count: Int, visited: Int)
    /// One hall's favourites: on a walking route when its floor plan is published.
    case hall(PlanHallHeading)
    /// Favourites whose hall is not published or not in the data.
    case hallNotPublished
    /// Favourites the data no longer has: kept, never dropped.
    case notInData(count: Int)
}

/// A hall heading: enough to say how the hall's favourites are ordered.
public struct PlanHallHeading: Sendable, Hashable {
    public var hallID: String
    public var layoutPublished: Bool
    public var stops: Int
    public var start: WalkingRoute.Start?
    public var unvisited: Int
    public var visited: Int
}

/// A line of the free-time section.
public enum FreeTimeLine: Sendable, Hashable {
    /// What bounds the gaps (opening hours, the day's items, or nothing known).
    case bounds(FreeTime)
    case gap(FreeTime.Gap)
    /// No gap of at least the minimum length.
    case noGap(minimumMinutes: Int)
    /// Favourites that day without a published time: the gaps may not be free.
    case untimed(count: Int)
}

extension Rows {
    /// My plan: programme favourites by day with their clashes, the free time of `freeTimeDay`,
    /// exhibitor favourites by hall in walking-route order (visited last, ticked), and favourites
    /// no longer in the data.
    public static func plan(_ plan: Plan, freeTimeDay: LocalDate?, in catalog: Catalog) -> [PlanRow] {
        var rows: [PlanRow] = []
        let programmeIDs = plan.programme
        let items = programmeIDs.compactMap { catalog.programmeItem(id: $0) }.sorted(by: Catalog.programmeOrder)
        let missingItems = programmeIDs.filter { catalog.programmeItem(id: $0) == nil }
        if !items.isEmpty {
            let conflicts = PlanConflicts(items: items)
            rows.append(.heading(.programme(count: items.count, clashPairs: conflicts.pairCount)))
            var lastDay: LocalDate??
            for item in items {
                if lastDay != .some(item.day) {
                    rows.append(.heading(.day(item.day)))
                    lastDay = .some(item.day)
                }
                rows.append(.programmeItem(id: item.id, clashes: conflicts.clashes(of: item.id).map(\.itemID)))
            }
        }
        if let day = freeTimeDay {
            let free = FreeTime(day: day, items: items, shows: catalog.shows)
            rows.append(.heading(.freeTime(day)))
            rows.append(.freeTime(.bounds(free)))
            if free.basis != .unknown {
                rows += free.gaps.map { .freeTime(.gap($0)) }
                if free.gaps.isEmpty { rows.append(.freeTime(.noGap(minimumMinutes: free.minimumMinutes))) }
            }
            if !free.untimedItemIDs.isEmpty { rows.append(.freeTime(.untimed(count: free.untimedItemIDs.count))) }
        }

        let exhibitorIDs = plan.exhibitors
        let missingExhibitors = exhibitorIDs.filter { catalog.exhibitor(id: $0) == nil }
        let present = exhibitorIDs.count - missingExhibitors.count
        if present > 0 {
            let route = WalkingRoute(plan: plan, catalog: catalog)
            let visitedPresent = route.visitedIDs.filter { catalog.exhibitor(id: $0) != nil }
            rows.append(.heading(.exhibitors(count: present, visited: visitedPresent.count)))
            var placed = Set<String>()
            for hall in route.halls {
                let unvisited = hall.exhibitorIDs.count + hall.unplaced.count
                rows.append(.heading(.hall(PlanHallHeading(hallID: hall.hallID, layoutPublished: hall.layoutPublished,
                                                           stops: hall.stops.count, start: hall.start,
                                                           unvisited: unvisited, visited: hall.visitedIDs.count))))
                for (number, stop) in hall.stops.enumerated() {
                    rows += stop.exhibitorIDs.map { .exhibitor(id: $0, stop: number + 1) }
                }
                rows += hall.unplaced.map { .exhibitor(id: $0.exhibitorID, stop: nil) }
                rows += hall.visitedIDs.map { .exhibitor(id: $0, stop: nil) }
                placed.formUnion(hall.exhibitorIDs + hall.unplaced.map(\.exhibitorID) + hall.visitedIDs)
            }
            let elsewhere = route.unplaced.map(\.exhibitorID).filter { catalog.exhibitor(id: $0) != nil }
                + visitedPresent.filter { !placed.contains($0) }
            if !elsewhere.isEmpty {
                rows.append(.heading(.hallNotPublished))
                rows += elsewhere.map { .exhibitor(id: $0, stop: nil) }
            }
        }

        if !missingItems.isEmpty || !missingExhibitors.isEmpty {
            rows.append(.heading(.notInData(count: missingItems.count + missingExhibitors.count)))
            rows += missingItems.map { .programmeItem(id: $0, clashes: []) }
            rows += missingExhibitors.map { .exhibitor(id: $0, stop: nil) }
        }
        return rows
    }

    /// The day My plan shows free time for: the route's choice among the days the schedule pages
    /// through (every event day, unless the event is very long).
    public static func freeTimeDay(_ route: PlanRoute, in catalog: Catalog) -> LocalDate? {
        let days = catalog.scheduleDays
        guard !days.isEmpty else { return nil }
        return days[min(max(0, route.dayIndex), days.count - 1)]
    }

    public static func plan(_ plan: Plan, route: PlanRoute, in catalog: Catalog) -> [PlanRow] {
        Rows.plan(plan, freeTimeDay: freeTimeDay(route, in: catalog), in: catalog)
    }

    static func isHeading(_ row: PlanRow) -> Bool { !row.isSelectable }
}
