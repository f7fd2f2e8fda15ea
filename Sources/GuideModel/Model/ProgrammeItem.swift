/// A ceremony, visit, meeting, signing or talk. Day and times are optional: absent means "not
/// published", never "all day" or "midnight".
public struct ProgrammeItem: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: String
    public var shows: [String]
    public var day: LocalDate?
    public var lastDay: LocalDate?
    public var dayNote: String?
    public var start: LocalTime?
    public var end: LocalTime?
    public var place: String?
    public var people: [String]
    public var organisations: [String]
    public var exhibitors: [String]
    public var description: String?
    public var sources: [String]
    public var confidence: Confidence

    public init(id: String, title: String, kind: String, shows: [String] = [], day: LocalDate? = nil,
                lastDay: LocalDate? = nil, dayNote: String? = nil, start: LocalTime? = nil, end: LocalTime? = nil,
                place: String? = nil, people: [String] = [], organisations: [String] = [], exhibitors: [String] = [],
                description: String? = nil, sources: [String], confidence: Confidence) {
        self.id = id
        self.title = title
        self.kind = kind
        self.shows = shows
        self.day = day
        self.lastDay = lastDay
        self.dayNote = dayNote
        self.start = start
        self.end = end
        self.place = place
        self.people = people
        self.organisations = organisations
        self.exhibitors = exhibitors
        self.description = description
        self.sources = sources
        self.confidence = confidence
    }

    /// How many days an item may run, first and last included: the loader refuses a longer one,
    /// so every list of an item's days (schedule, plan clashes, exports, search) stays short.
    public static let maximumDays = 366

    /// Every day the item takes place on (one, several, or none when the day is not published).
    public var days: [LocalDate] {
        guard let day else { return [] }
        guard let lastDay, lastDay > day else { return [day] }
        return (0...day.days(until: lastDay)).map { day.adding(days: $0) }
    }

    /// Whether the item takes place on `date` (false when its day is not published).
    public func takesPlace(on date: LocalDate) -> Bool {
        guard let day else { return false }
        return day <= date && date <= max(day, lastDay ?? day)
    }

    /// True when the item runs at `moment` (only possible when its times are published).
    public func isOn(at moment: LocalDateTime) -> Bool {
        guard let start, takesPlace(on: moment.date) else { return false }
        let end = self.end ?? start
        return start <= moment.time && (moment.time < end || (end == start && moment.time == start))
    }
}
