/// Where a moment falls relative to the event: what the home screen and `now` lead with.
public enum EventPhase: Sendable, Hashable {
    /// The event has not started; `days` until its first day (1 = tomorrow).
    case before(days: Int, firstDay: LocalDate)
    /// During the event: show day `dayNumber` of `dayCount`.
    case during(day: LocalDate, dayNumber: Int, dayCount: Int)
    /// The event is over; its last day and how many days ago that was.
    case after(lastDay: LocalDate, daysAgo: Int)
}

extension Catalog {
    /// The event clock for this catalog's time zone (validated at load time).
    public var clock: EventClock {
        EventClock(identifier: event.timeZoneID) ?? EventClock(timeZone: .gmt)
    }

    public func phase(at moment: LocalDateTime) -> EventPhase {
        let first = firstDay
        let last = lastDay
        if moment.date < first {
            return .before(days: moment.date.days(until: first), firstDay: first)
        }
        if moment.date > last {
            return .after(lastDay: last, daysAgo: last.days(until: moment.date))
        }
        return .during(day: moment.date, dayNumber: first.days(until: moment.date) + 1, dayCount: days.count)
    }

    /// Items running at `moment` (only items with published times can be "on now").
    public func programmeOnNow(at moment: LocalDateTime) -> [ProgrammeItem] {
        programme(on: moment.date).filter { $0.isOn(at: moment) }
    }

    /// The next items with a published start after `moment`, across the remaining days. Only the
    /// day of `moment` and the days on which items start are looked at, however long the event.
    public func programmeUpNext(after moment: LocalDateTime, limit: Int = 5) -> [ProgrammeItem] {
        var result: [ProgrammeItem] = []
        /// Adds the items of `day` that are next; true once `limit` are found.
        func takeItems(on day: LocalDate) -> Bool {
            for item in programme(on: day) {
                guard let start = item.start else { continue }
                if day > moment.date || start > moment.time {
                    if item.day == day || day == moment.date && item.day ?? day < day {
                        result.append(item)
                    }
                }
                if result.count >= limit { return true }
            }
            return false
        }
        if days.contains(moment.date), takeItems(on: moment.date) { return result }
        for day in programmeStartDays(from: moment.date.adding(days: 1)) where days.contains(day) {
            if takeItems(on: day) { return result }
        }
        return result
    }
}
