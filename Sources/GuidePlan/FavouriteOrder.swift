/// The favourites of one kind in the order they were first added (ties by id), kept in step with
/// the plan's changes. The screens ask for this order several times for every frame they draw;
/// sorting a plan of a hundred thousand favourites each time froze the guide for seconds, while
/// keeping it costs a binary search per change (an item added now goes last: its time is the
/// plan's latest).
struct FavouriteOrder: Sendable, Hashable {
    /// The ids in order, and beside each the time it was first added.
    private(set) var ids: [String] = []
    private var added: [Int64] = []

    /// The favourites of `kind` among `marks`, sorted.
    init(_ kind: PlanItem.Kind, of marks: [PlanItem: PlanMark]) {
        var entries: [(added: Int64, id: String)] = []
        for (item, mark) in marks where item.kind == kind && mark.favourite.value {
            entries.append((mark.added, item.id))
        }
        entries.sort { a, b in a.added != b.added ? a.added < b.added : a.id < b.id }
        ids = entries.map(\.id)
        added = entries.map(\.added)
    }

    mutating func insert(_ id: String, added time: Int64) {
        let position = firstPosition(notBefore: time, id)
        ids.insert(id, at: position)
        added.insert(time, at: position)
    }

    mutating func remove(_ id: String, added time: Int64) {
        let position = firstPosition(notBefore: time, id)
        if position < ids.count && ids[position] == id && added[position] == time {
            ids.remove(at: position)
            added.remove(at: position)
        } else if let index = ids.firstIndex(of: id) {
            ids.remove(at: index)
            added.remove(at: index)
        }
    }

    /// The first position whose entry is not before (`time`, `id`); the end, at once, for an item
    /// added after every other (the usual case).
    private func firstPosition(notBefore time: Int64, _ id: String) -> Int {
        func isBefore(_ index: Int) -> Bool { added[index] != time ? added[index] < time : ids[index] < id }
        guard let last = ids.indices.last, !isBefore(last) else { return ids.count }
        var low = 0, high = last
        while low < high {
            let middle = (low + high) / 2
            if isBefore(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
