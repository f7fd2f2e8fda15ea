import GuideModel

/// Plan times as text: UTC in ISO 8601 with milliseconds ("2024-09-24T06:30:00.000Z"), readable
/// in a plan file and exact to the millisecond the merge compares. Written and read here rather
/// than with a date formatter: one fixed form, no locale, no time zone database.
public enum PlanTimestamp {
    public static func text(_ milliseconds: Int64) -> String {
        let millis = Int(((milliseconds % 1000) + 1000) % 1000)
        let seconds = (milliseconds - Int64(millis)) / 1000
        let days = Int(floorDivide(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let date = LocalDate(dayNumber: days)
        let (year, month, day) = (date.year, date.month, date.day)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):"
            + "\(pad(secondOfDay % 60, 2)).\(pad(millis, 3))Z"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS[.fff]Z`; nil for anything else.
    public static func milliseconds(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 24, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func mark(_ index: Int, _ ascii: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: ascii) }
        guard mark(4, "-"), mark(7, "-"), mark(10, "T"), mark(13, ":"), mark(16, ":"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60 else { return nil }
        var millis = 0
        if bytes.count == 24 {
            guard mark(19, "."), let fraction = number(20..<23) else { return nil }
            millis = fraction
        }
        let days = Int64(LocalDate.dayNumber(year: year, month: month, day: day))
        return ((days * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000) + Int64(millis)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
