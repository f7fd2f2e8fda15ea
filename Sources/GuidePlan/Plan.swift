/// A visitor's plan for one event: favourite exhibitors and programme items, each with a priority,
/// a note and (for exhibitors) whether it was visited.
///
/// Changes take the time they happen (`at:`, milliseconds since 1970), never earlier than the
/// plan's latest change, so a later edit always wins a merge even when the clock stands still or
/// steps back. Ids that are no longer in the data are kept: the plan never drops what a visitor
/// saved because the data changed.
public struct Plan: Sendable, Hashable {
    /// The event the plan belongs to (`Event.id`); plans of other events are never merged in.
    public var eventID: String
    /// Every item ever marked, including removed favourites (kept so merges respect removals).
    public private(set) var marks: [PlanItem: PlanMark]
    /// The latest time recorded in any mark.
    public private(set) var latestChange: Int64
    /// The favourites in order, kept in step with `marks` by every change.
    private var exhibitorOrder: FavouriteOrder
    private var programmeOrder: FavouriteOrder
    /// Every key of `marks` in order, kept in step with it: the order a plan file lists them in.
    private var itemOrder: SortedItems

    public init(eventID: String, marks: [PlanItem: PlanMark] = [:]) {
        self.init(eventID: eventID, marks: marks, itemsInOrder: marks.keys)
    }

    /// A plan whose items are listed in `itemsInOrder` (every key of `marks` once): in one pass
    /// when they are already in `PlanItem` order, as in a plan file.
    init<Items: Collection<PlanItem>>(eventID: String, marks: [PlanItem: PlanMark], itemsInOrder: Items) {
        self.eventID = eventID
        self.marks = marks
        latestChange = marks.values.map(\.lastChange).max() ?? 0
        exhibitorOrder = FavouriteOrder(.exhibitor, of: marks)
        programmeOrder = FavouriteOrder(.programmeItem, of: marks)
        itemOrder = SortedItems(itemsInOrder)
    }

    /// Every item ever marked (favourite or not), in `PlanItem` order.
    var sortedItems: [PlanItem] { itemOrder.items }

    // MARK: - Reading

    /// Favourites of one kind, in the order they were first added (ties by id).
    public func favourites(_ kind: PlanItem.Kind) -> [String] {
        kind == .exhibitor ? exhibitorOrder.ids : programmeOrder.ids
    }

    public var exhibitors: [String] { favourites(.exhibitor) }
    public var programme: [String] { favourites(.programmeItem) }

    /// The mark of a favourite (nil when the item is not, or no longer, a favourite).
    public func mark(_ item: PlanItem) -> PlanMark? {
        guard let mark = marks[item], mark.favourite.value else { return nil }
        return mark
    }

    public func contains(_ item: PlanItem) -> Bool { mark(item) != nil }
    public func contains(exhibitor id: String) -> Bool { contains(.exhibitor(id)) }
    public func contains(programmeItem id: String) -> Bool { contains(.programmeItem(id)) }

    public var count: Int { exhibitorOrder.ids.count + programmeOrder.ids.count }
    public var isEmpty: Bool { count == 0 }

    // MARK: - Changing

    /// Adds or removes a favourite; returns true when the item is now a favourite.
    @discardableResult
    public mutating func toggle(_ item: PlanItem, at time: Int64) -> Bool {
        if contains(item) {
            remove(item, at: time)
            return false
        }
        add(item, at: time)
        return true
    }

    @discardableResult
    public mutating func toggle(exhibitor id: String, at time: Int64) -> Bool { toggle(.exhibitor(id), at: time) }

    @discardableResult
    public mutating func toggle(programmeItem id: String, at time: Int64) -> Bool { toggle(.programmeItem(id), at: time) }

    /// Makes the item a favourite (its priority, note and visit, if it had them, come back with it).
    public mutating func add(_ item: PlanItem, at time: Int64) {
        guard !contains(item) else { return }
        let stamp = nextStamp(time)
        var mark = marks[item] ?? PlanMark()
        if marks[item] == nil { itemOrder.insert(item) }
        mark.favourite = Stamped(true, at: stamp)
        if mark.added == 0 { mark.added = stamp }
        marks[item] = mark
        switch item.kind {
        case .exhibitor: exhibitorOrder.insert(item.id, added: mark.added)
        case .programmeItem: programmeOrder.insert(item.id, added: mark.added)
        }
    }

    public mutating func remove(_ item: PlanItem, at time: Int64) {
        guard let mark = mark(item) else { return }
        let stamp = nextStamp(time)
        marks[item]?.favourite = Stamped(false, at: stamp)
        switch item.kind {
        case .exhibitor: exhibitorOrder.remove(item.id, added: mark.added)
        case .programmeItem: programmeOrder.remove(item.id, added: mark.added)
        }
    }

    /// Sets the priority, making the item a favourite first when it is not one.
    public mutating func setPriority(_ priority: PlanPriority, of item: PlanItem, at time: Int64) {
        add(item, at: time)
        let stamp = nextStamp(time)
        marks[item]?.priority = Stamped(priority, at: stamp)
    }

    /// Sets the note (empty clears it), making the item a favourite first when it is not one.
    public mutating func setNote(_ note: String, of item: PlanItem, at time: Int64) {
        add(item, at: time)
        let stamp = nextStamp(time)
        marks[item]?.note = Stamped(note, at: stamp)
    }

    /// Marks a visit (or takes it back), making the item a favourite first when it is not one.
    public mutating func setVisited(_ visited: Bool, of item: PlanItem, at time: Int64) {
        add(item, at: time)
        let stamp = nextStamp(time)
        marks[item]?.visited = Stamped(visited, at: stamp)
    }

    /// A time for a change: `time`, or just after the latest change when the clock is behind it;
    /// never outside the times a plan file can hold (`PlanTimestamp.earliest...latest`), so what
    /// is saved can always be read back. At `latest` itself a change takes the same time as the
    /// one before it (the file form has no later time); `PlanStore` then writes this guide's plan
    /// as it is when no other guide changed the file, so the change still lands. Never 0, which
    /// in a plan means "never set".
    private mutating func nextStamp(_ time: Int64) -> Int64 {
        let afterLatest = latestChange < PlanTimestamp.latest ? latestChange + 1 : PlanTimestamp.latest
        var stamp = PlanTimestamp.clamped(max(time, afterLatest))
        if stamp == 0 { stamp = 1 }
        latestChange = max(latestChange, stamp)
        return stamp
    }

    // MARK: - Merging

    /// Both copies of the same plan (this guide's and one saved by another guide), field by field
    /// keeping the later setting. Commutative, associative and idempotent, so any number of guides
    /// saving in any order end with the same plan.
    public func merged(with other: Plan) -> Plan {
        var marks = self.marks
        for (item, theirs) in other.marks {
            marks[item] = marks[item].map { PlanMark.merged($0, theirs) } ?? theirs
        }
        var plan = Plan(eventID: eventID, marks: marks, itemsInOrder: SortedItems.union(itemOrder, other.itemOrder))
        plan.latestChange = max(plan.latestChange, latestChange, other.latestChange)
        return plan
    }
}
