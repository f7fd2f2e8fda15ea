/// A wall-clock time in the event's time zone, as written in the data (`HH:MM`, 24-hour).
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly `HH:MM`.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              let hour = LocalDate.number(bytes[0..<2]), let minute = LocalDate.number(bytes[3..<5]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public init(minutesSinceMidnight minutes: Int) {
        let clamped = min(max(minutes, 0), 23 * 60 + 59)
        self.hour = clamped / 60
        self.minute = clamped % 60
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public var description: String { LocalDate.pad(hour, 2) + ":" + LocalDate.pad(minute, 2) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
