import GuideModel

/// Programme favourites whose times overlap on the same day, so My plan can warn "clashes with..."
/// before the visitor finds out at the door.
///
/// - Times are half-open, [start, end): an item ending at 11:00 and one starting at 11:00 do not
///   clash, because one can be left for the other.
/// - An item with a start but no published end is a point at its start: it clashes with an item
///   running at that moment (start <= t < end) or starting at the same minute, and with nothing
///   later. Guessing a length would invent clashes the data does not support.
/// - A multi-day item clashes on each of its days (its times are the same every day).
/// - Items without a published time never clash (an unknown time cannot be compared). They are
///   listed per day under "time not published", and items without a published day apart, so the
///   visitor still sees that they may collide with something.
/// - Favourites no longer in the data have no time and are left out (`PlanSummary` lists them).
///
/// Everything is ordered the way the programme is (`Catalog.programmeOrder`), days ascending, so
/// the same plan always gives the same lists.
public struct PlanConflicts: Sendable, Hashable {
    /// Another favourite one favourite clashes with, and the days on which it does.
    public struct Clash: Sendable, Hashable {
        public var itemID: String
        public var days: [LocalDate]

        public init(itemID: String, days: [LocalDate]) {
            self.itemID = itemID
            self.days = days
        }
    }

    /// One favourite and every favourite it clashes with.
    public struct Entry: Sendable, Hashable {
        public var itemID: String
        public var clashes: [Clash]

        public init(itemID: String, clashes: [Clash]) {
            self.itemID = itemID
            self.clashes = clashes
        }
    }

    /// A day's favourites whose time is not published.
    public struct UntimedDay: Sendable, Hashable {
        public var day: LocalDate
        public var itemIDs: [String]

        public init(day: LocalDate, itemIDs: [String]) {
            self.day = day
            self.itemIDs = itemIDs
        }
    }

    /// Only favourites with at least one clash, in programme order; each one's clashes in
    /// programme order too. A clash appears under both of its items.
    public private(set) var entries: [Entry]
    /// Per day (ascending), the favourites on that day whose time is not published.
    public private(set) var untimed: [UntimedDay]
    /// Favourites whose day is not published at all.
    public private(set) var withoutDay: [String]

    /// The favourites of `plan` found in `catalog`.
    public init(plan: Plan, catalog: Catalog) {
        self.init(items: plan.programme.compactMap { catalog.programmeItem(id: $0) })
    }

    /// The conflicts among `items` (duplicates by id count once).
    public init(items: [ProgrammeItem]) {
        var seen = Set<String>()
        let items = items.filter { seen.insert($0.id).inserted }.sorted(by: Catalog.programmeOrder)

        // Every occurrence of a timed item, by day; untimed ones by day.
        var timedByDay: [LocalDate: [(rank: Int, time: PublishedTime)]] = [:]
        var untimedByDay: [LocalDate: [String]] = [:]
        var withoutDay: [String] = []
        for (rank, item) in items.enumerated() {
            let days = item.days
            if days.isEmpty {
                withoutDay.append(item.id)
                continue
            }
            let time = PublishedTime(item)
            for day in days {
                if let time {
                    timedByDay[day, default: []].append((rank, time))
                } else {
                    untimedByDay[day, default: []].append(item.id)
                }
            }
        }

        // Sweep each day in start order: once an occurrence starts at or after the current one's
        // reach, so do all later ones. Days are visited in order, so clash days come out sorted.
        var clashDays: [Int: [Int: [LocalDate]]] = [:]
        for day in timedByDay.keys.sorted() {
            let occurrences = timedByDay[day]!.sorted { a, b in
                a.time.start != b.time.start ? a.time.start < b.time.start : a.rank < b.rank
            }
            for i in occurrences.indices {
                let first = occurrences[i]
                for second in occurrences[(i + 1)...] {
                    guard second.time.start < first.time.reach else { break }
                    clashDays[first.rank, default: [:]][second.rank, default: []].append(day)
                    clashDays[second.rank, default: [:]][first.rank, default: []].append(day)
                }
            }
        }

        entries = clashDays.keys.sorted().map { rank in
            let others = clashDays[rank]!
            return Entry(itemID: items[rank].id,
                         clashes: others.keys.sorted().map { Clash(itemID: items[$0].id, days: others[$0]!) })
        }
        untimed = untimedByDay.keys.sorted().map { UntimedDay(day: $0, itemIDs: untimedByDay[$0]!) }
        self.withoutDay = withoutDay
    }

    /// True when no two timed favourites overlap.
    public var isEmpty: Bool { entries.isEmpty }

    /// The favourites `itemID` clashes with (empty when none, or when it is not a timed favourite).
    public func clashes(of itemID: String) -> [Clash] {
        entries.first { $0.itemID == itemID }?.clashes ?? []
    }

    /// How many pairs of favourites clash (a pair clashing on several days counts once).
    public var pairCount: Int { entries.reduce(0) { $0 + $1.clashes.count } / 2 }
}
