import GuideModel

/// Civil dates as day numbers, for fair dates and the day a list was copied weeks or months after
/// the fair. Integer arithmetic only (Howard Hinnant's `days_from_civil`), no Foundation calendar,
/// so the dates are the same on every machine.
enum FairCalendar {
    /// Days since 1970-01-01 of a proleptic Gregorian date (a day past the month's end runs on).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        LocalDate.dayNumber(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD` of a day number.
    static func iso(_ dayNumber: Int) -> String {
        LocalDate(dayNumber: dayNumber).description
    }

    static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}
