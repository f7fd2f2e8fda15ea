/// The six top-level tabs, in the order of their number keys.
public enum Tab: Int, Sendable, Hashable, CaseIterable {
    case home = 1, exhibitors, categories, halls, schedule, plan

    public var title: String {
        switch self {
        case .home: "Home"
        case .exhibitors: "Exhibitors"
        case .categories: "Categories"
        case .halls: "Halls"
        case .schedule: "Schedule"
        case .plan: "My plan"
        }
    }

    /// The route a tab starts at (and returns to when its stack is popped to the root).
    public var rootRoute: Route {
        switch self {
        case .home: .home(scroll: 0)
        case .exhibitors: .exhibitors(ExhibitorListRoute())
        case .categories: .categories(ListState())
        case .halls: .halls(ListState())
        case .schedule: .schedule(ScheduleRoute(dayIndex: 0, list: ListState()))
        case .plan: .plan(PlanRoute())
        }
    }

    public var next: Tab { Tab(rawValue: rawValue % Tab.allCases.count + 1)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 2) % Tab.allCases.count + 1)! }
}
