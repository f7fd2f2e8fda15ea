import GuideModel

/// The free time in one day of a visitor's plan: the gaps between programme favourites with
/// published times, long enough to walk the halls (at least `minimumMinutes`).
///
/// The day is bounded by the opening hours of the shows open that day (their union: co-located
/// shows may open at different times). When no show's hours are published for the day, the
/// bounds are the first start and the last end of the day's timed favourites, and `basis` says so,
/// because the guide must not pretend to know when the doors open. With neither hours nor timed
/// favourites nothing can be said (`basis == .unknown`). With hours and no timed favourites, the
/// whole of the opening hours is free.
///
/// Busy intervals are the favourites' half-open [start, end); overlapping and touching ones are
/// merged. A favourite without a published end is a point: it splits a gap at its start, and the
/// gap after it is marked `followsItemWithoutEnd`, since it really begins whenever that item ends.
/// Favourites without a published time cannot be placed; they are listed in `untimedItemIDs` so
/// the screen can say the gaps may not be free after all.
public struct FreeTime: Sendable, Hashable {
    /// What bounds the day's gaps.
    public enum Basis: Sendable, Hashable {
        /// The published opening hours of the shows open that day.
        case openingHours
        /// Hours not published: the span from the first start to the last end of the day's timed
        /// favourites.
        case timedFavourites
        /// Hours not published and no timed favourites that day: free time is unknown.
        case unknown
    }

    /// A stretch of the day, [start, end).
    public struct Span: Sendable, Hashable {
        public var start: LocalTime
        public var end: LocalTime
        /// For busy spans: the last item in it has no published end, so the span may run on.
        public var endUnknown: Bool

        public init(start: LocalTime, end: LocalTime, endUnknown: Bool = false) {
            self.start = start
            self.end = end
            self.endUnknown = endUnknown
        }

        public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }
    }

    /// A free stretch of at least the minimum length.
    public struct Gap: Sendable, Hashable {
        public var start: LocalTime
        public var end: LocalTime
        /// The gap starts when an item without a published end starts, so it may be shorter.
        public var followsItemWithoutEnd: Bool

        public init(start: LocalTime, end: LocalTime, followsItemWithoutEnd: Bool = false) {
            self.start = start
            self.end = end
            self.followsItemWithoutEnd = followsItemWithoutEnd
        }

        public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }
    }

    public static let defaultMinimumMinutes = 15

    public let day: LocalDate
    public let basis: Basis
    public let minimumMinutes: Int
    /// The union of the published opening hours of the shows open that day, merged, in order;
    /// empty when none are published.
    public let openingHours: [Span]
    /// Shows open that day whose hours for it are not published while another show's are: the
    /// gaps follow the published hours only, and the screen can say whose are missing.
    public let showsWithoutHours: [String]
    /// The day's timed favourites, merged into busy spans, in order.
    public let busy: [Span]
    /// Free gaps of at least `minimumMinutes`, in order.
    public let gaps: [Gap]
    /// The day's favourites whose time is not published (programme order).
    public let untimedItemIDs: [String]

    public var openingHoursPublished: Bool { basis == .openingHours }

    /// The free time on `day` of `plan`'s programme favourites found in `catalog`.
    public init(day: LocalDate, plan: Plan, catalog: Catalog, minimumMinutes: Int = defaultMinimumMinutes) {
        self.init(day: day, items: plan.programme.compactMap { catalog.programmeItem(id: $0) }, shows: catalog.shows,
                  minimumMinutes: minimumMinutes)
    }

    /// The free time on `day` around `items` (the favourites; those not on `day` are ignored).
    public init(day: LocalDate, items: [ProgrammeItem], shows: [Show], minimumMinutes: Int = defaultMinimumMinutes) {
        self.day = day
        self.minimumMinutes = minimumMinutes

        var hours: [(start: Int, end: Int)] = []
        var withoutHours: [String] = []
        for show in shows where show.contains(day) {
            let today = show.openingHours.filter { $0.day == day && $0.close > $0.open }
            if today.isEmpty { withoutHours.append(show.id) }
            hours += today.map { ($0.open.minutesSinceMidnight, $0.close.minutesSinceMidnight) }
        }
        let openingHours = Self.merged(hours.map { Busy(start: $0.start, end: $0.end, endUnknown: false) })

        var seen = Set<String>()
        var timed: [Busy] = []
        var untimed: [String] = []
        for item in items.sorted(by: Catalog.programmeOrder) where item.takesPlace(on: day) && seen.insert(item.id).inserted {
            if let time = PublishedTime(item) {
                timed.append(Busy(start: time.start, end: time.end ?? time.start, endUnknown: time.end == nil))
            } else {
                untimed.append(item.id)
            }
        }
        let busy = Self.merged(timed)

        let windows: [Busy]
        if !openingHours.isEmpty {
            basis = .openingHours
            windows = openingHours
            showsWithoutHours = withoutHours
        } else if let first = busy.first, let last = busy.last {
            basis = .timedFavourites
            windows = [Busy(start: first.start, end: last.end, endUnknown: false)]
            showsWithoutHours = []
        } else {
            basis = .unknown
            windows = []
            showsWithoutHours = []
        }

        let shortest = max(minimumMinutes, 1)
        var gaps: [Gap] = []
        for window in windows {
            for gap in Self.gaps(in: window, around: busy) where gap.end - gap.start >= shortest {
                gaps.append(Gap(start: LocalTime(minutesSinceMidnight: gap.start), end: LocalTime(minutesSinceMidnight: gap.end),
                                followsItemWithoutEnd: gap.endUnknown))
            }
        }

        self.openingHours = openingHours.map(\.span)
        self.busy = busy.map(\.span)
        self.gaps = gaps
        untimedItemIDs = untimed
    }

    /// A span in minutes since midnight (a point when start == end).
    private struct Busy {
        var start: Int
        var end: Int
        var endUnknown: Bool

        var span: Span {
            Span(start: LocalTime(minutesSinceMidnight: start), end: LocalTime(minutesSinceMidnight: end), endUnknown: endUnknown)
        }
    }

    /// Overlapping or touching spans joined, in order. The joined span's end is unknown when the
    /// span that reaches furthest has an unknown end (a point at another item's end counts: the
    /// visitor is then busy for an unknown while after it).
    private static func merged(_ spans: [Busy]) -> [Busy] {
        let sorted = spans.sorted { a, b in a.start != b.start ? a.start < b.start : a.end < b.end }
        var result: [Busy] = []
        for span in sorted {
            guard var last = result.last, span.start <= last.end else {
                result.append(span)
                continue
            }
            if span.end > last.end {
                last.end = span.end
                last.endUnknown = span.endUnknown
            } else if span.end == last.end {
                last.endUnknown = last.endUnknown || span.endUnknown
            }
            result[result.count - 1] = last
        }
        return result
    }

    /// The free stretches of `window` between the merged `busy` spans; `endUnknown` on a gap means
    /// it follows a span whose end is unknown.
    private static func gaps(in window: Busy, around busy: [Busy]) -> [Busy] {
        var gaps: [Busy] = []
        var cursor = window.start
        var afterUnknownEnd = false
        for span in busy {
            if span.start >= window.end { break }
            if span.end < cursor { continue }
            if span.start > cursor {
                gaps.append(Busy(start: cursor, end: span.start, endUnknown: afterUnknownEnd))
            }
            if span.end > cursor {
                cursor = span.end
                afterUnknownEnd = span.endUnknown
            } else {
                afterUnknownEnd = afterUnknownEnd || span.endUnknown
            }
        }
        if window.end > cursor { gaps.append(Busy(start: cursor, end: window.end, endUnknown: afterUnknownEnd)) }
        return gaps
    }
}
