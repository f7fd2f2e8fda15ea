import GuideModel
import GuidePlan
import GuideSearch

/// Everything about the interactive guide that changes: which tab, where in each tab's back
/// stack, what overlay is open, the favourites, the message line, the terminal size.
///
/// The only way to change it is `apply(_:in:)`, a pure function of the action and the catalog;
/// the screen is a pure function of this state (see GuideUI).
public struct GuideState: Sendable, Hashable {
    public internal(set) var tab: Tab
    /// One back stack per tab; never empty.
    public internal(set) var stacks: [Tab: [Route]]
    public internal(set) var overlay: Overlay?
    public internal(set) var plan: Plan
    /// The wall clock (milliseconds since 1970), set by the run loop before each action: plan
    /// changes are stamped with it so that merging with another guide's saves keeps the later one.
    public var clock: Int64 = 0
    /// Set by the run loop while the plan on screen could not be saved (read-only disk...): quitting
    /// then asks for confirmation, since the changes would be lost.
    public var planUnsaved = false
    public internal(set) var message: Message?
    /// The last search, for `n`/`N` in lists.
    public internal(set) var lastQuery: String?
    /// A first `q` on the home screen asked for confirmation (favourites would be lost).
    public internal(set) var quitPending = false
    public internal(set) var columns: Int
    public internal(set) var lines: Int

    /// A fresh guide on the home tab. `today` opens the schedule on that day when it is a show day.
    public init(catalog: Catalog, columns: Int, lines: Int, today: LocalDate? = nil, now: LocalTime? = nil, plan: Plan? = nil) {
        tab = .home
        var stacks: [Tab: [Route]] = [:]
        for tab in Tab.allCases { stacks[tab] = [tab.rootRoute] }
        // During the show the schedule opens on today, or when the schedule skips empty days (a
        // very long event) on the next day it has.
        if let today, catalog.days.contains(today), let index = Rows.scheduleDays(in: catalog).firstPosition(onOrAfter: today) {
            // The schedule opens on what is on now, or next.
            let rows = Rows.schedule(dayIndex: index, in: catalog)
            var selected = 0
            if let now, let current = rows.firstIndex(where: { row in
                guard let item = row.item, let start = item.start else { return false }
                return (item.end ?? start) > now || start >= now
            }) {
                selected = current
            }
            stacks[.schedule] = [.schedule(ScheduleRoute(dayIndex: index, list: ListState(selected: selected)))]
        }
        // My plan's free time opens on today during the show (or the next day it pages to).
        if let today, catalog.days.contains(today), let index = Rows.scheduleDays(in: catalog).firstPosition(onOrAfter: today) {
            stacks[.plan] = [.plan(PlanRoute(dayIndex: index))]
        }
        self.stacks = stacks
        overlay = nil
        self.plan = plan ?? Plan(eventID: catalog.event.id)
        message = nil
        lastQuery = nil
        self.columns = columns
        self.lines = lines
        for tab in Tab.allCases {
            let clamped = GuideState.clamp(self.stacks[tab]!.last!, catalog: catalog, columns: columns, lines: lines)
            self.stacks[tab]![self.stacks[tab]!.count - 1] = clamped
        }
        reclampPlanRoutes(catalog, direction: 1)
    }

    /// The route on screen.
    public var route: Route { stacks[tab]?.last ?? tab.rootRoute }

    /// The current tab's back stack (its root first).
    public var stack: [Route] { stacks[tab] ?? [tab.rootRoute] }

    /// True when the terminal is too small to draw the guide.
    public var isTooSmall: Bool { columns < ScreenLayout.minimumColumns || lines < ScreenLayout.minimumLines }

    mutating func replaceTop(_ route: Route) {
        var stack = self.stack
        stack[stack.count - 1] = route
        stacks[tab] = stack
    }

    mutating func push(_ route: Route, on tab: Tab? = nil) {
        let target = tab ?? self.tab
        var stack = stacks[target] ?? [target.rootRoute]
        stack.append(route)
        stacks[target] = stack
        self.tab = target
    }

    // MARK: - Clamping

    /// A route with its selection and scroll brought within bounds for the current catalog and size.
    static func clamp(_ route: Route, catalog: Catalog, columns: Int, lines: Int) -> Route {
        let visible = ScreenLayout.listRows(for: route, lines: lines)
        switch route {
        case .home, .exhibitor, .product, .programmeItem, .fair:
            return route
        case .fairs(let list):
            return .fairs(list.clamped(count: catalog.shows.count, visible: visible))
        case .exhibitors(var list):
            list.list = list.list.clamped(count: Rows.exhibitors(list, in: catalog).count, visible: visible)
            return .exhibitors(list)
        case .categories(let list):
            return .categories(list.clamped(count: Rows.categories(in: catalog).count, visible: visible))
        case .halls(let list):
            return .halls(list.clamped(count: catalog.halls.count, visible: visible))
        case .hall(var hall):
            hall.list = hall.list.clamped(count: Rows.hallExhibitors(hall.hallID, in: catalog).count, visible: visible)
            if let layout = catalog.hall(id: hall.hallID), layout.hasLayout {
                if hall.selectedStand.flatMap(layout.stand(code:)) == nil {
                    hall.selectedStand = StandNavigator.firstStand(in: layout)?.code
                }
            } else {
                hall.selectedStand = nil
            }
            return .hall(hall)
        case .schedule(var schedule):
            let days = Rows.scheduleDays(in: catalog)
            schedule.dayIndex = min(max(0, schedule.dayIndex), max(0, days.count - 1))
            let rows = Rows.schedule(dayIndex: schedule.dayIndex, in: catalog)
            schedule.list = clampSkippingHeadings(schedule.list, rows: rows.map(Rows.isHeading), visible: visible, direction: 1)
            return .schedule(schedule)
        case .plan:
            // Its rows depend on the plan: `reclampPlanRoutes` clamps it.
            return route
        case .editions(let list):
            return .editions(clampSkippingHeadings(list, rows: Rows.editions(in: catalog).map(Rows.isHeading), visible: visible, direction: 1))
        case .edition(var edition):
            edition.list = edition.list.clamped(count: Rows.edition(edition, in: catalog).count, visible: visible)
            return .edition(edition)
        }
    }

    /// Clamps a list whose heading rows cannot be selected, moving off a heading in `direction`.
    static func clampSkippingHeadings(_ list: ListState, rows headings: [Bool], visible: Int, direction: Int) -> ListState {
        var state = list.clamped(count: headings.count, visible: visible)
        guard !headings.isEmpty, headings.contains(false) else { return ListState() }
        var index = state.selected
        let step = direction >= 0 ? 1 : -1
        while headings.indices.contains(index) && headings[index] { index += step }
        if !headings.indices.contains(index) {
            index = state.selected
            while headings.indices.contains(index) && headings[index] { index -= step }
        }
        state.selected = index
        // Keep a heading just above the selection visible when there is room.
        if index > 0, headings[index - 1], state.offset == index { state.offset = index - 1 }
        return state.clamped(count: headings.count, visible: visible)
    }
}
