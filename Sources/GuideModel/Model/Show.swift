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
    /// Further websites the source gives for the show (a second address is still the show's).
    public var otherWebsites: [String] = []
    public var sources: [String]
    /// Set when the source dates the show only approximately (a year, a month or a day without
    /// a span). Then `firstDay` and `lastDay` are the span the date can mean, for code that needs
    /// days, and every screen shows `ApproximateDate.label` instead of days.
    public var approximateDate: ApproximateDate?
    /// Official delegations the source lists as invited to the show, in its order.
    public var delegations: [Delegation] = []
    /// ISO code of the country the show is held in, when a catalogue of many fairs knows it
    /// (each fair has its own venue); nil for a single event, whose venue says it.
    public var country: String?

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

    /// A show dated only approximately, whose days are not known.
    public init(id: String, name: String, fullName: String? = nil, edition: Int? = nil,
                approximateDate: ApproximateDate, website: String? = nil, sources: [String]) {
        self.init(id: id, name: name, fullName: fullName, edition: edition, firstDay: approximateDate.firstDay,
                  lastDay: approximateDate.lastDay, website: website, sources: sources)
        self.approximateDate = approximateDate
    }

    /// When the show was held, as a visitor reads it: "24-26 September 2024" style days when
    /// they are known, else the approximate date ("2004", "May 2011").
    public var dateLabel: String {
        if let approximateDate { return approximateDate.label }
        return LocalDate.rangeText(firstDay, lastDay)
    }

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
