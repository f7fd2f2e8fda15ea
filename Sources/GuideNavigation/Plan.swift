/// The visitor's favourites: exhibitors and programme items, in the order they were added.
public struct Plan: Sendable, Hashable {
    public private(set) var exhibitors: [String]
    public private(set) var programme: [String]

    public init(exhibitors: [String] = [], programme: [String] = []) {
        self.exhibitors = exhibitors
        self.programme = programme
    }

    public func contains(exhibitor id: String) -> Bool { exhibitors.contains(id) }
    public func contains(programmeItem id: String) -> Bool { programme.contains(id) }

    /// Adds or removes; returns true when the item is now a favourite.
    @discardableResult
    public mutating func toggle(exhibitor id: String) -> Bool {
        if let index = exhibitors.firstIndex(of: id) {
            exhibitors.remove(at: index)
            return false
        }
        exhibitors.append(id)
        return true
    }

    @discardableResult
    public mutating func toggle(programmeItem id: String) -> Bool {
        if let index = programme.firstIndex(of: id) {
            programme.remove(at: index)
            return false
        }
        programme.append(id)
        return true
    }

    public var isEmpty: Bool { exhibitors.isEmpty && programme.isEmpty }
    public var count: Int { exhibitors.count + programme.count }
}
