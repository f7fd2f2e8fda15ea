import Foundation

/// Converts between instants and the event's local day and time, and names the time zone the
/// way a visitor reads it ("Baku time, UTC+4"). The current instant is always passed in, never
/// read here, so every screen can be shown "as at" any moment (`--at`).
public struct EventClock: Sendable {
    public let timeZone: TimeZone

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.timeZone = zone
    }

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The first and last moments a `LocalDateTime` can hold (years 1 to 9999).
    public static let earliest = LocalDateTime(date: LocalDate(year: 1, month: 1, day: 1)!, time: LocalTime(minutesSinceMidnight: 0))
    public static let latest = LocalDateTime(date: LocalDate(year: 9999, month: 12, day: 31)!, time: LocalTime(minutesSinceMidnight: 23 * 60 + 59))

    /// The event-local day and minute of an instant; an instant before year 1 or after year 9999
    /// (`--at 9999-12-31T23:59-14:00` is in year 10000 in Baku) is held to the nearest end.
    public func local(_ instant: Date) -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.era, .year, .month, .day, .hour, .minute], from: instant)
        // Years before 1 are counted backwards in era 0 (1 BC is year 1 of era 0).
        if parts.era == 0 || (parts.year ?? 1) < 1 { return Self.earliest }
        if (parts.year ?? 1) > 9999 { return Self.latest }
        let date = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: 0)
        let time = LocalTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0) ?? LocalTime(minutesSinceMidnight: 0)
        return LocalDateTime(date: date, time: time)
    }

    /// The instant of an event-local day and time.
    public func instant(_ local: LocalDateTime) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(year: local.date.year, month: local.date.month, day: local.date.day,
                                   hour: local.time.hour, minute: local.time.minute)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    /// "Baku time, UTC+4" for `Asia/Baku` on `day` (the offset of that day, so summer time is right).
    public func label(on day: LocalDate) -> String {
        let city = timeZone.identifier.split(separator: "/").last.map { $0.replacingOccurrences(of: "_", with: " ") }
            ?? timeZone.identifier
        let noon = instant(LocalDateTime(date: day, time: LocalTime(hour: 12, minute: 0)!))
        let seconds = timeZone.secondsFromGMT(for: noon)
        let prefix = timeZone.identifier == "UTC" || timeZone.identifier == "GMT" ? "UTC" : "\(city) time, UTC"
        guard seconds != 0 else { return prefix == "UTC" ? "UTC" : "\(city) time, UTC+0" }
        let sign = seconds < 0 ? "-" : "+"
        let hours = abs(seconds) / 3600
        let minutes = (abs(seconds) % 3600) / 60
        let offset = minutes == 0 ? "\(hours)" : "\(hours):\(LocalDate.pad(minutes, 2))"
        return "\(prefix)\(sign)\(offset)"
    }

    /// Parses a `--at` moment. Without an offset the time is event-local: `2024-09-25T11:00`,
    /// `2024-09-25T11:00:30`, `2024-09-25 11:00`, or a bare day `2024-09-25` (its start). With `Z` or
    /// `+04:00` it is an absolute instant.
    public func parseMoment(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = LocalDate(iso: trimmed) {
            return instant(LocalDateTime(date: day, time: LocalTime(minutesSinceMidnight: 0)))
        }
        let normalised = trimmed.replacingOccurrences(of: " ", with: "T")
        guard normalised.utf8.count >= 16 else { return nil }
        let datePart = normalised.prefix(10)
        guard normalised.dropFirst(10).first == "T", let day = LocalDate(iso: datePart) else { return nil }
        var rest = normalised.dropFirst(11)
        guard let time = LocalTime(iso: rest.prefix(5)) else { return nil }
        rest = rest.dropFirst(5)
        var seconds = 0
        if rest.first == ":" {
            let digits = rest.dropFirst().prefix(2)
            guard digits.count == 2, let value = Int(digits), (0...59).contains(value) else { return nil }
            seconds = value
            rest = rest.dropFirst(3)
        }
        let localInstant = instant(LocalDateTime(date: day, time: time)).addingTimeInterval(TimeInterval(seconds))
        if rest.isEmpty { return localInstant }
        // An explicit offset: interpret the wall time in that offset instead.
        let utcWall = EventClock(timeZone: TimeZone(identifier: "UTC")!).instant(LocalDateTime(date: day, time: time))
            .addingTimeInterval(TimeInterval(seconds))
        if rest == "Z" || rest == "z" { return utcWall }
        let sign: Double
        switch rest.first {
        case "+": sign = 1
        case "-": sign = -1
        default: return nil
        }
        let offsetText = rest.dropFirst().replacingOccurrences(of: ":", with: "")
        guard offsetText.count == 4 || offsetText.count == 2, offsetText.allSatisfy(\.isNumber) else { return nil }
        let hours = Int(offsetText.prefix(2)) ?? 0
        let minutes = offsetText.count == 4 ? Int(offsetText.suffix(2)) ?? 0 : 0
        guard hours <= 14, minutes < 60 else { return nil }
        return utcWall.addingTimeInterval(-sign * TimeInterval(hours * 3600 + minutes * 60))
    }
}
