import GuideModel

/// A screen and everything needed to show it again exactly as it was: the cursor and scroll
/// position travel with the route, so popping the back stack returns the user to where they were.
public enum Route: Sendable, Hashable {
    case home(scroll: Int)
    case exhibitors(ExhibitorListRoute)
    case exhibitor(id: String, scroll: Int)
    case product(id: String, scroll: Int)
    case categories(ListState)
    case halls(ListState)
    case hall(HallRoute)
    case schedule(ScheduleRoute)
    case programmeItem(id: String, scroll: Int)
    case plan(PlanRoute)
    /// Series and their editions (catalogs of several fairs): who came when.
    case editions(ListState)
    /// One edition's new, returning or not-returning exhibitors.
    case edition(EditionRoute)
    /// Every fair of a catalogue of several fairs, by date.
    case fairs(ListState)
    /// One fair (a show of the catalog): dates, websites, sources, list, delegations.
    case fair(id: String, scroll: Int)
}

/// One active filter, shown as a chip; chips keep the order they were added in so they can be
/// removed one by one, last first.
public struct FacetChip: Sendable, Hashable {
    public var facet: Facet
    public var value: FacetValue

    public init(_ facet: Facet, _ value: FacetValue) {
        self.facet = facet
        self.value = value
    }
}

/// The exhibitor list with its filter chips and its order.
public struct ExhibitorListRoute: Sendable, Hashable {
    public var chips: [FacetChip]
    public var list: ListState
    public var sort: ExhibitorSort

    public init(chips: [FacetChip] = [], list: ListState = ListState(), sort: ExhibitorSort = .name) {
        self.chips = chips
        self.list = list
        self.sort = sort
    }

    /// The orders `s` cycles through: by fairs only where exhibitors can have several shows.
    public static func sorts(in catalog: Catalog) -> [ExhibitorSort] {
        catalog.shows.count > 1 ? [.name, .fairs, .country] : [.name, .country]
    }

    public var filter: ExhibitorFilter {
        var filter = ExhibitorFilter()
        for chip in chips { filter.add(chip.value, to: chip.facet) }
        return filter
    }

    /// Adds the value, or removes it when it is already a chip.
    public mutating func toggle(_ chip: FacetChip) {
        if let index = chips.firstIndex(of: chip) { chips.remove(at: index) } else { chips.append(chip) }
        list = ListState()
    }
}

/// A hall: its floor plan with a selected stand, or (without a plan) the list of its exhibitors.
public struct HallRoute: Sendable, Hashable {
    public var hallID: String
    public var selectedStand: String? {
        didSet { if selectedStand != oldValue { standMember = 0 } }
    }
    public var list: ListState
    /// Which of the exhibitors sharing the selected stand Enter opens and f adds (their order is
    /// `Rows.hallExhibitors`'s); Enter moves it on, so pressing it again opens the next one.
    public var standMember: Int

    public init(hallID: String, selectedStand: String? = nil, list: ListState = ListState(), standMember: Int = 0) {
        self.hallID = hallID
        self.selectedStand = selectedStand
        self.list = list
        self.standMember = standMember
    }
}

/// One day of the schedule. Index `days.count` is the group of items whose day is not published.
public struct ScheduleRoute: Sendable, Hashable {
    public var dayIndex: Int
    public var list: ListState

    public init(dayIndex: Int, list: ListState) {
        self.dayIndex = dayIndex
        self.list = list
    }
}

/// My plan: the list, and the day whose free time it shows (an index into the event days).
public struct PlanRoute: Sendable, Hashable {
    public var list: ListState
    public var dayIndex: Int

    public init(list: ListState = ListState(), dayIndex: Int = 0) {
        self.list = list
        self.dayIndex = dayIndex
    }
}

extension ExhibitorSort {
    /// How the list header and messages name the order ("by fairs").
    public var title: String {
        switch self {
        case .name: "by name"
        case .fairs: "by fairs"
        case .country: "by country"
        case .kind: "by kind"
        case .stand: "by stand"
        }
    }
}
