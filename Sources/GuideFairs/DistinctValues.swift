/// Values in the order they were first added, each once. Most lists here hold a handful of
/// values, where scanning the list beats hashing; a list that grows past `scanLimit` (a hostile
/// file repeating a category 5,000 times, a company with thousands of spellings) switches to a
/// set, so adding stays constant time and a whole list stays linear.
struct DistinctValues<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var seen: Set<Value>?
    static var scanLimit: Int { 16 }

    init() {}

    /// The values of a sequence, each once, in order.
    init(_ sequence: some Sequence<Value>) {
        for value in sequence { add(value) }
    }

    /// Adds `value` unless it is already there; whether it was added.
    @discardableResult
    mutating func add(_ value: Value) -> Bool {
        if seen == nil {
            if values.contains(value) { return false }
            values.append(value)
            if values.count > Self.scanLimit { seen = Set(values) }
            return true
        }
        guard seen!.insert(value).inserted else { return false }
        values.append(value)
        return true
    }

    func contains(_ value: Value) -> Bool {
        seen.map { $0.contains(value) } ?? values.contains(value)
    }

    mutating func removeAll(keepingCapacity: Bool = false) {
        values.removeAll(keepingCapacity: keepingCapacity)
        seen = nil
    }
}
