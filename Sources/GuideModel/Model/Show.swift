/// One of the shows held at the event (ADEX-2024 and Securex Caspian share a venue and dates).
public struct Show: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var fullName: String?
    public var edition: Int?
    public var theme: String?
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    /// Empty means the opening hours are not published.
    public var openingHours: [OpeningHours]
    public var website: String?
    public var sources: [String]

    public init(id: String, name: String, fullName: String? = nil, edition: Int? = nil, theme: String? = nil,
                firstDay: LocalDate, lastDay: LocalDate, openingHours: [OpeningHours] = [],
                website: String? = nil, sources: [String]) {
        self.id = id
        self.name = name
        self.fullName = fullName
        self.edition = edition
        self.theme = theme
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.openingHours = openingHours
        self.website = website
        self.sources = sources
    }

    /// Every day of the show, in order (none if the last day were before the first, which the
    /// loader refuses).
    public var days: DayList { DayList(from: firstDay, through: lastDay) }

    public func contains(_ day: LocalDate) -> Bool { firstDay <= day && day <= lastDay }
}

/// When a show is open on one day.
public struct OpeningHours: Sendable, Hashable {
    public var day: LocalDate
    public var open: LocalTime
    public var close: LocalTime

    public init(day: LocalDate, open: LocalTime, close: LocalTime) {
        self.day = day
        self.open = open
        self.close = close
    }
}
