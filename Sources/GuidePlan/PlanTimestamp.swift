import GuideModel

/// Plan times as text: UTC in ISO 8601 with milliseconds ("2024-09-24T06:30:00.000Z"), readable
/// in a plan file and exact to the millisecond the merge compares. Written and read here rather
/// than with a date formatter: one fixed form, no locale, no time zone database.
///
/// The written form has a four-digit year, so a plan time is always between `earliest`
/// (0000-01-01T00:00:00.000Z) and `latest` (9999-12-31T23:59:59.999Z): `text` clamps any other
/// value into that range, and `Plan` stamps changes within it, so whatever is written is read
/// back. The reader is more lenient than the writer, so a plan edited by hand or written by
/// another tool is not refused for a time it can understand: a fraction of any length (cut to
/// the millisecond), a leap second (`:60`, read as the last millisecond of its minute), a UTC
/// offset (`+04:00`), lower-case `t` and `z`, a space for the `T`, and a year of more than four
/// digits or with a sign (clamped into the range).
public enum PlanTimestamp {
    /// 0000-01-01T00:00:00.000Z, the earliest time the written form can hold.
    public static let earliest: Int64 = Int64(LocalDate.dayNumber(year: 0, month: 1, day: 1)) * 86_400_000
    /// 9999-12-31T23:59:59.999Z, the latest time the written form can hold.
    public static let latest: Int64 = Int64(LocalDate.dayNumber(year: 10_000, month: 1, day: 1)) * 86_400_000 - 1

    /// `milliseconds` brought into `earliest...latest`.
    public static func clamped(_ milliseconds: Int64) -> Int64 {
        min(max(milliseconds, earliest), latest)
    }

    /// The written form of a time (clamped into `earliest...latest` first).
    public static func text(_ milliseconds: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(milliseconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the written form (24 ASCII bytes) to `bytes`: a plan file writes hundreds of
    /// thousands of them, so without making a string for each.
    static func append(_ milliseconds: Int64, to bytes: inout [UInt8]) {
        let milliseconds = clamped(milliseconds)
        let millis = Int(((milliseconds % 1000) + 1000) % 1000)
        let seconds = (milliseconds - Int64(millis)) / 1000
        let days = Int(floorDivide(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let date = LocalDate(dayNumber: days)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(0x30 + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(date.year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(date.month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(date.day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2)
        bytes.append(UInt8(ascii: "."))
        digits(millis, 3)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Reads `[±]YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM|±HHMM|±HH)`; nil for anything else (an
    /// impossible date or time included). The result is clamped into `earliest...latest`.
    public static func milliseconds(_ text: String) -> Int64? {
        var scanner = Scanner(bytes: Array(text.utf8))
        return scanner.timestamp()
    }

    /// A reader over the bytes of one timestamp, front to back.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        /// The most year digits read: far more than any calendar needs, few enough for Int64.
        static let maximumYearDigits = 12

        mutating func timestamp() -> Int64? {
            let negativeYear = take("-")
            if !negativeYear { _ = take("+") }
            guard let yearDigits = digits(atLeast: 4, atMost: Self.maximumYearDigits), take("-"),
                  let month = digits(exactly: 2), take("-"), let day = digits(exactly: 2),
                  take("T") || take("t") || take(" "),
                  let hour = digits(exactly: 2), take(":"), let minute = digits(exactly: 2), take(":"),
                  let second = digits(exactly: 2) else { return nil }
            let year = negativeYear ? -yearDigits : yearDigits
            guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
                  hour < 24, minute < 60, second <= 60 else { return nil }
            var millis = 0
            if take(".") {
                // Digits past the millisecond are cut, never rounded up into the next second.
                let start = position
                while position < bytes.count, isDigit(bytes[position]) { position += 1 }
                guard position > start else { return nil }
                for index in start..<start + 3 {
                    millis = millis * 10 + (index < position ? Int(bytes[index] - 0x30) : 0)
                }
            }
            guard let offsetMinutes = offset(), position == bytes.count else { return nil }
            // A leap second is the last millisecond of its minute: still within the minute, so
            // never past the end of the day (or of 9999).
            let (wholeSecond, fraction) = second == 60 ? (59, 999) : (second, millis)
            // Clamped before the arithmetic: a twelve-digit year is far outside the range, and
            // its day number times 86,400,000 would not fit in 64 bits.
            let boundedYear = min(max(year, -1), 10_000)
            let days = Int64(LocalDate.dayNumber(year: boundedYear, month: month, day: day))
            let local = (days * 86_400 + Int64(hour * 3600 + minute * 60 + wholeSecond)) * 1000 + Int64(fraction)
            return clamped(local - Int64(offsetMinutes) * 60_000)
        }

        /// `Z`, or a UTC offset in minutes (east positive); nil when it is neither.
        mutating func offset() -> Int? {
            if take("Z") || take("z") { return 0 }
            let sign: Int
            if take("+") {
                sign = 1
            } else if take("-") {
                sign = -1
            } else {
                return nil
            }
            guard let hours = digits(exactly: 2), hours < 24 else { return nil }
            var minutes = 0
            if position < bytes.count {
                _ = take(":")
                guard let value = digits(exactly: 2), value < 60 else { return nil }
                minutes = value
            }
            return sign * (hours * 60 + minutes)
        }

        mutating func take(_ ascii: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(ascii: ascii) else { return false }
            position += 1
            return true
        }

        mutating func digits(exactly count: Int) -> Int? { digits(atLeast: count, atMost: count) }

        mutating func digits(atLeast minimum: Int, atMost maximum: Int) -> Int? {
            var value = 0
            var count = 0
            while count < maximum, position < bytes.count, isDigit(bytes[position]) {
                value = value * 10 + Int(bytes[position] - 0x30)
                count += 1
                position += 1
            }
            return count >= minimum ? value : nil
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
