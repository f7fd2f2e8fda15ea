import Foundation
import GuideModel

/// The VTIMEZONE component of the event's zone, built from Foundation's time zone database for
/// the years the calendar covers.
///
/// Decision: events keep their local times with a `TZID` parameter and this component describes
/// the zone, rather than converting every time to UTC (`Z`). Local times are what the programme
/// publishes, they stay right if a calendar program knows the zone better than this file, and a
/// zone with summer time is handled, not avoided: every offset change Foundation reports from
/// the last one before the first year up to the end of the last year becomes its own observance
/// (STANDARD or DAYLIGHT, by whether daylight saving time is in force after it) with an explicit
/// DTSTART, TZOFFSETFROM and TZOFFSETTO and no RRULE. That is exact for those years whatever the
/// zone's rules were or will be, and needs no rule inference. A zone with no change in or just
/// before those years (Asia/Baku: UTC+04:00 without daylight saving time since 2016) gets one
/// STANDARD observance starting on 1 January of the first year.
///
/// TZNAME is written as the offset ("+04", "+0530", "-03"), as the IANA database does for zones
/// without a customary abbreviation: Foundation on Linux only offers "GMT+4", and another
/// platform's "CEST" would make the same export differ between machines.
struct ICalendarTimeZone {
    let identifier: String
    /// Content lines (unfolded, without CRLF), from BEGIN:VTIMEZONE to END:VTIMEZONE.
    let lines: [String]

    /// Nil when Foundation does not know the zone (the loader rejects such a file, so only data
    /// built in code can get here).
    init?(identifier: String, years: ClosedRange<Int>) {
        guard let zone = TimeZone(identifier: identifier),
              let firstDay = LocalDate(year: years.lowerBound, month: 1, day: 1),
              let dayAfter = LocalDate(year: years.upperBound + 1, month: 1, day: 1) else { return nil }
        self.identifier = identifier
        let clock = EventClock(timeZone: zone)
        let midnight = LocalTime(minutesSinceMidnight: 0)
        let start = clock.instant(LocalDateTime(date: firstDay, time: midnight))
        let end = clock.instant(LocalDateTime(date: dayAfter, time: midnight))

        var transitions: [Date] = []
        var cursor = start.addingTimeInterval(-366 * 86_400)
        while transitions.count < 10_000, let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            transitions.append(next)
            cursor = next
        }
        func offset(_ date: Date) -> Int { zone.secondsFromGMT(for: date) }

        struct Observance {
            var start: Date
            var from: Int
            var to: Int
            var daylight: Bool
        }
        func observance(_ date: Date) -> Observance {
            Observance(start: date, from: offset(date.addingTimeInterval(-1)), to: offset(date), daylight: zone.isDaylightSavingTime(for: date))
        }
        var observances: [Observance] = []
        if let last = transitions.last(where: { $0 < start }) {
            observances.append(observance(last))
        } else {
            observances.append(Observance(start: start, from: offset(start), to: offset(start), daylight: zone.isDaylightSavingTime(for: start)))
        }
        observances += transitions.filter { $0 >= start }.map(observance)

        var lines = ["BEGIN:VTIMEZONE", "TZID:" + ICalendarText.escape(identifier, multiline: false)]
        for observance in observances {
            let kind = observance.daylight ? "DAYLIGHT" : "STANDARD"
            lines += [
                "BEGIN:" + kind,
                "DTSTART:" + Self.wallTime(observance.start, offset: observance.from),
                "TZOFFSETFROM:" + Self.offset(observance.from),
                "TZOFFSETTO:" + Self.offset(observance.to),
                "TZNAME:" + Self.name(observance.to),
                "END:" + kind,
            ]
        }
        lines.append("END:VTIMEZONE")
        self.lines = lines
    }

    /// `20300331T020000`: the wall-clock time of an instant at an offset from UTC.
    static func wallTime(_ date: Date, offset: Int) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down)) + Int64(offset)
        return ExportText.utcDateTime(seconds * 1000).dropLast().description
    }

    /// `+0400`, `-0330`, `+054500` (seconds only when there are some).
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        var text = sign + pad(value / 3600) + pad(value / 60 % 60)
        if value % 60 != 0 { text += pad(value % 60) }
        return text
    }

    /// `+04`, `+0530`, `-03`.
    static func name(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        return sign + pad(value / 3600) + (value / 60 % 60 == 0 ? "" : pad(value / 60 % 60))
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
