/// Days in order, without repeats, as a random-access collection: either every day of a span,
/// stored as its first day and length (a show from 0001-01-01 to 9999-12-31 is 3,652,059 days and
/// sixteen bytes), or a sorted list of chosen days. Finding a day's position is arithmetic or a
/// binary search, never a scan, so screens can ask per key and per row.
public struct DayList: RandomAccessCollection, Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        /// `count` days from the day numbered `first` (see `LocalDate.dayNumber`).
        case span(first: Int, count: Int)
        /// Sorted, without repeats.
        case list([LocalDate])
    }

    private let storage: Storage

    /// Every day from `first` to `last`; empty when `last` is before `first`.
    public init(from first: LocalDate, through last: LocalDate) {
        storage = .span(first: first.dayNumber, count: Swift.max(0, first.days(until: last) + 1))
    }

    /// The given days, sorted, each once.
    public init(_ days: some Sequence<LocalDate>) {
        var sorted = days.sorted()
        var unique = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[unique - 1] {
            sorted[unique] = sorted[index]
            unique += 1
        }
        sorted.removeLast(sorted.count - unique)
        storage = .list(sorted)
    }

    /// No days.
    public init() {
        storage = .list([])
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .span(_, let count): count
        case .list(let days): days.count
        }
    }

    public subscript(position: Int) -> LocalDate {
        switch storage {
        case .span(let first, _): LocalDate(dayNumber: first + position)
        case .list(let days): days[position]
        }
    }

    /// Where `day` is, or nil when it is not one of the days.
    public func position(of day: LocalDate) -> Int? {
        let position = firstPosition(onOrAfter: day)
        return position < endIndex && self[position] == day ? position : nil
    }

    /// The position of the first day on or after `day` (`endIndex` when there is none).
    public func firstPosition(onOrAfter day: LocalDate) -> Int {
        switch storage {
        case .span(let first, let count):
            return Swift.min(Swift.max(0, day.dayNumber - first), count)
        case .list(let days):
            var low = 0
            var high = days.count
            while low < high {
                let middle = (low + high) / 2
                if days[middle] < day { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    // `firstIndex(of:)` and `contains(_:)` answer without a scan.
    public func _customIndexOfEquatableElement(_ element: LocalDate) -> Int?? { .some(position(of: element)) }
    public func _customLastIndexOfEquatableElement(_ element: LocalDate) -> Int?? { .some(position(of: element)) }
    public func _customContainsEquatableElement(_ element: LocalDate) -> Bool? { position(of: element) != nil }
}
