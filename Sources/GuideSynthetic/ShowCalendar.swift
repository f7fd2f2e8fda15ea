/// The dates and opening hours of the synthetic event: a three-day defence show and a co-located
/// two-day security show that opens on its second day. Fixed (not seeded) so that tests and
/// benchmarks can rely on the days.
enum ShowCalendar {
    struct Day {
        let date: String
        let open: Int
        let close: Int
    }

    static let year = 2031
    static let dataAsOf = "2031-09-01"
    static let defenceDays = [
        Day(date: "2031-09-23", open: 10 * 60, close: 18 * 60),
        Day(date: "2031-09-24", open: 10 * 60, close: 18 * 60),
        Day(date: "2031-09-25", open: 10 * 60, close: 16 * 60),
    ]
    static let securityDays = [
        Day(date: "2031-09-24", open: 10 * 60, close: 17 * 60),
        Day(date: "2031-09-25", open: 10 * 60 + 30, close: 16 * 60),
    ]

    /// The days on which every listed show is open, with the hours they share; an empty list of
    /// shows means the event as a whole (the defence show's days and hours).
    static func commonDays(of shows: [String]) -> [Day] {
        let hasSecurity = shows.contains("security")
        let hasDefence = shows.contains("defence") || shows.isEmpty
        if hasSecurity && !hasDefence { return securityDays }
        if !hasSecurity { return defenceDays }
        return securityDays.compactMap { security in
            guard let defence = defenceDays.first(where: { $0.date == security.date }) else { return nil }
            return Day(date: security.date, open: max(security.open, defence.open), close: min(security.close, defence.close))
        }
    }

    /// "HH:MM" for minutes since midnight.
    static func time(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}
