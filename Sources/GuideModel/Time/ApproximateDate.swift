/// When a fair was held, as far as its source says: a year ("2004"), a month ("2011-05") or a day
/// ("2011-05-17"). Fairs known only this way are still editions of their series; they are shown
/// dated as their source dates them, never as if their days were known.
public struct ApproximateDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1-12, or nil when only the year is known.
    public let month: Int?
    /// The day of the month, or nil when only the year or the month is known.
    public let day: Int?

    /// Fails for a month or day that does not exist, or a day without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day { guard LocalDate(year: year, month: month, day: day) != nil else { return nil } }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding spaces ignored): the three forms the
    /// dataset's `approxDate` takes.
    public init?(text: some StringProtocol) {
        let bytes = Array(text.utf8.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed())
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let dash = UInt8(ascii: "-")
        switch bytes.count {
        case 4:
            guard let year = number(0..<4) else { return nil }
            self.init(year: year)
        case 7:
            guard bytes[4] == dash, let year = number(0..<4), let month = number(5..<7) else { return nil }
            self.init(year: year, month: month)
        case 10:
            guard bytes[4] == dash, bytes[7] == dash, let year = number(0..<4), let month = number(5..<7),
                  let day = number(8..<10) else { return nil }
            self.init(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// The first day the date can mean: 1 January of a year, the 1st of a month, or the day.
    public var firstDay: LocalDate {
        LocalDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date can mean: 31 December, the month's last day, or the day.
    public var lastDay: LocalDate {
        guard let month else { return LocalDate(year: year, month: 12, day: 31)! }
        return LocalDate(year: year, month: month, day: day ?? LocalDate.daysIn(month: month, year: year))!
    }

    /// As people write it: "2004", "May 2011", "17 May 2011".
    public var label: String {
        guard let month else { return String(year) }
        let monthName = LocalDate.monthNames[month - 1]
        guard let day else { return "\(monthName) \(year)" }
        return "\(day) \(monthName) \(year)"
    }

    /// As the data writes it: `2004`, `2011-05`, `2011-05-17`.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    /// By first day, then the wider date first ("2011" before "2011-01" before "2011-01-01").
    public static func < (lhs: ApproximateDate, rhs: ApproximateDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        return lhs.lastDay > rhs.lastDay
    }
}
