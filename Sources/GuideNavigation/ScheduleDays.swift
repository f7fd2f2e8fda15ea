import GuideModel

/// The days the schedule pages through: the catalog's schedule days (see
/// `Catalog.scheduleDays`), then "day not published" (nil) when some item has no day. A view of
/// the catalog's list, so asking for it per key or per row costs nothing, however long the event.
public struct ScheduleDays: RandomAccessCollection, Sendable {
    private let days: DayList
    private let hasUndated: Bool

    init(_ catalog: Catalog) {
        days = catalog.scheduleDays
        hasUndated = !catalog.programmeWithoutDay.isEmpty
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { days.count + (hasUndated ? 1 : 0) }

    public subscript(position: Int) -> LocalDate? {
        position < days.count ? days[position] : nil
    }

    /// Where `day` is, or nil when the schedule does not page to it.
    public func position(of day: LocalDate) -> Int? { days.position(of: day) }

    /// The position of the first day on or after `day`, or nil when there is none.
    public func firstPosition(onOrAfter day: LocalDate) -> Int? {
        let position = days.firstPosition(onOrAfter: day)
        return position < days.count ? position : nil
    }
}
