/// What the plan records about one exhibitor or programme item. Every field carries the moment it
/// was last set (see `Stamped`); removing a favourite keeps the record (with `favourite` false)
/// so that a removal in one guide is not undone by merging an older copy from another.
public struct PlanMark: Sendable, Hashable {
    public var favourite: Stamped<Bool>
    public var priority: Stamped<PlanPriority>
    public var note: Stamped<String>
    /// For exhibitors: the stand has been visited.
    public var visited: Stamped<Bool>
    /// When the item was first added (orders favourites "as added"); merges keep the earliest.
    public var added: Int64

    public init(favourite: Stamped<Bool> = Stamped(false, at: 0), priority: Stamped<PlanPriority> = Stamped(.maybe, at: 0),
                note: Stamped<String> = Stamped("", at: 0), visited: Stamped<Bool> = Stamped(false, at: 0), added: Int64 = 0) {
        self.favourite = favourite
        self.priority = priority
        self.note = note
        self.visited = visited
        self.added = added
    }

    /// The latest change to any field.
    public var lastChange: Int64 { max(favourite.at, priority.at, note.at, visited.at) }

    /// Field by field, the later setting of each.
    public static func merged(_ a: PlanMark, _ b: PlanMark) -> PlanMark {
        PlanMark(favourite: .later(a.favourite, b.favourite), priority: .later(a.priority, b.priority),
                 note: .later(a.note, b.note), visited: .later(a.visited, b.visited),
                 added: Self.earliestAdded(a.added, b.added))
    }

    /// 0 means "not recorded", so it loses to any real time.
    private static func earliestAdded(_ a: Int64, _ b: Int64) -> Int64 {
        if a == 0 { return b }
        if b == 0 { return a }
        return min(a, b)
    }
}
