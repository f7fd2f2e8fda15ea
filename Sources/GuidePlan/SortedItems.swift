/// Every item of a plan in `PlanItem` order (exhibitors, then programme items, each by id): the
/// order a plan file lists them in, so two saves of one plan are the same bytes. Kept in step with
/// the plan's changes (a new item is put in place by binary search), so a save writes the items
/// out in one pass instead of sorting a hundred thousand of them each time.
struct SortedItems: Sendable, Hashable {
    private(set) var items: [PlanItem]

    /// `items` sorted; when they are already in order (a plan file as it was written), in one
    /// pass over them.
    init<Items: Collection<PlanItem>>(_ items: Items) {
        var list = Array(items)
        if !Self.isStrictlyIncreasing(list) { list.sort(by: Self.isBefore) }
        self.items = list
    }

    /// Puts a new item in its place (one not yet in the list).
    mutating func insert(_ item: PlanItem) {
        if items.last.map({ Self.isBefore($0, item) }) ?? true {
            items.append(item)
            return
        }
        var low = 0, high = items.count - 1
        while low < high {
            let middle = (low + high) / 2
            if Self.isBefore(items[middle], item) { low = middle + 1 } else { high = middle }
        }
        items.insert(item, at: low)
    }

    /// The items of both lists, each once, in order: one pass over the two.
    static func union(_ a: SortedItems, _ b: SortedItems) -> [PlanItem] {
        var result: [PlanItem] = []
        result.reserveCapacity(max(a.items.count, b.items.count))
        var i = 0, j = 0
        while i < a.items.count && j < b.items.count {
            if isBefore(a.items[i], b.items[j]) {
                result.append(a.items[i])
                i += 1
            } else if isBefore(b.items[j], a.items[i]) {
                result.append(b.items[j])
                j += 1
            } else {
                result.append(a.items[i])
                i += 1
                j += 1
            }
        }
        result += a.items[i...]
        result += b.items[j...]
        return result
    }

    static func isStrictlyIncreasing(_ items: [PlanItem]) -> Bool {
        zip(items, items.dropFirst()).allSatisfy { isBefore($0, $1) }
    }

    /// `PlanItem`'s `<`, comparing the ids without copying them out of the items.
    static func isBefore(_ a: PlanItem, _ b: PlanItem) -> Bool {
        switch (a, b) {
        case (.exhibitor(let x), .exhibitor(let y)), (.programmeItem(let x), .programmeItem(let y)): x < y
        case (.exhibitor, .programmeItem): true
        case (.programmeItem, .exhibitor): false
        }
    }
}
