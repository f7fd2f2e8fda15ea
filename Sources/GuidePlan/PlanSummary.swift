import GuideModel

/// The counts at the top of My plan: how much is left to do, and which favourites the data no
/// longer has (the plan keeps them, so the screen lists them as "no longer in the data" instead of
/// letting them vanish silently).
///
/// "Left" and "ahead" count only favourites still in the data: one that is gone has no stand or
/// time to judge it by, and is listed among the missing instead.
public struct PlanSummary: Sendable, Hashable {
    /// Favourite exhibitors, including any no longer in the data.
    public let exhibitorCount: Int
    /// Favourite programme items, including any no longer in the data.
    public let programmeCount: Int
    /// Favourite exhibitors marked visited.
    public let visitedCount: Int
    /// Must-see exhibitors in the data not yet visited.
    public let mustSeeExhibitorsLeft: Int
    /// Must-see programme items in the data still ahead of `now` (see `isAhead`).
    public let mustSeeProgrammeAhead: Int
    /// Favourite exhibitor ids the data no longer has, in plan order.
    public let missingExhibitorIDs: [String]
    /// Favourite programme item ids the data no longer has, in plan order.
    public let missingProgrammeIDs: [String]

    /// Every favourite, of both kinds.
    public var totalCount: Int { exhibitorCount + programmeCount }
    /// True when some favourite is no longer in the data.
    public var hasMissing: Bool { !missingExhibitorIDs.isEmpty || !missingProgrammeIDs.isEmpty }

    /// The counts for `plan` against `catalog` at the event-local moment `now` (nil when the
    /// moment is unknown: then every must-see item still counts as ahead).
    public init(plan: Plan, catalog: Catalog, now: LocalDateTime?) {
        var visited = 0
        var mustLeft = 0
        var missingExhibitors: [String] = []
        let exhibitors = plan.exhibitors
        for id in exhibitors {
            let mark = plan.mark(.exhibitor(id))
            if mark?.visited.value == true { visited += 1 }
            guard catalog.exhibitor(id: id) != nil else {
                missingExhibitors.append(id)
                continue
            }
            if mark?.priority.value == .must && mark?.visited.value != true { mustLeft += 1 }
        }

        var mustAhead = 0
        var missingProgramme: [String] = []
        let programme = plan.programme
        let eventLastDay = catalog.days.last
        for id in programme {
            guard let item = catalog.programmeItem(id: id) else {
                missingProgramme.append(id)
                continue
            }
            if plan.mark(.programmeItem(id))?.priority.value == .must,
               Self.isAhead(item, now: now, eventLastDay: eventLastDay) {
                mustAhead += 1
            }
        }

        exhibitorCount = exhibitors.count
        programmeCount = programme.count
        visitedCount = visited
        mustSeeExhibitorsLeft = mustLeft
        mustSeeProgrammeAhead = mustAhead
        missingExhibitorIDs = missingExhibitors
        missingProgrammeIDs = missingProgramme
    }

    /// Whether `item` is still to come at `now`: it has a day after today, or it is on today and
    /// starts later (an item already running is not "ahead"), or it is on today without a
    /// published time (it may yet happen). An item whose day is not published is ahead until the
    /// event's last day is over, because nothing says it has passed. With no `now`, everything is.
    public static func isAhead(_ item: ProgrammeItem, now: LocalDateTime?, eventLastDay: LocalDate?) -> Bool {
        guard let now else { return true }
        let days = item.days
        if days.isEmpty {
            guard let eventLastDay else { return true }
            return now.date <= eventLastDay
        }
        for day in days {
            if day > now.date { return true }
            if day == now.date {
                guard let start = item.start else { return true }
                if start > now.time { return true }
            }
        }
        return false
    }
}
