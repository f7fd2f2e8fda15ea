import GuideModel

/// A fair whose end date is before its start date (2 such fairs in the dataset: a typo in a
/// year), read the one way that is clearly meant, in this order: the end in the start's year, or
/// the start in the end's year, when that gives a fair of 0 to 31 days; else the two dates
/// swapped, when that does; else the start alone, as a one-day fair (nothing says how long).
struct FairDateCorrection {
    /// The longest span, in days from the first to the last, a corrected fair may have.
    static let longestSpan = 31

    let start: LocalDate
    let end: LocalDate
    /// What was done, for the oddity.
    let message: String

    init(start given: LocalDate, end givenEnd: LocalDate) {
        let before = "the end date \(givenEnd) is before the start date \(given)"
        func plausible(_ first: LocalDate, _ last: LocalDate) -> Bool {
            (0...Self.longestSpan).contains(first.days(until: last))
        }
        if let end = LocalDate(year: given.year, month: givenEnd.month, day: givenEnd.day), plausible(given, end) {
            (start, self.end, message) = (given, end, "\(before): read as \(end), in the start's year")
        } else if let start = LocalDate(year: givenEnd.year, month: given.month, day: given.day), plausible(start, givenEnd) {
            (self.start, end, message) = (start, givenEnd, "\(before): the start read as \(start), in the end's year")
        } else if plausible(givenEnd, given) {
            (start, end, message) = (givenEnd, given, "\(before): the two swapped, \(givenEnd) to \(given)")
        } else {
            (start, end, message) = (given, given, "\(before): no reading gives a fair of at most \(Self.longestSpan) days; read as a one-day fair on \(given)")
        }
    }
}
