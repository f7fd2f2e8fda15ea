/// Finds overlapping rectangles (stands on a hall floor) in O(n log n), however they lie.
///
/// A sweep from left to right: rectangles are taken in order of their left edge, and a segment
/// tree over the y coordinates holds, for each stretch of y, the furthest right edge of the
/// rectangles taken so far that cover it (with the rectangle's position). A rectangle overlaps an
/// earlier one exactly when some stretch of its own y range holds a right edge beyond its left
/// edge. Each rectangle is compared once, so 100,000 stands stacked in one column cost
/// 100,000 look-ups rather than five billion comparisons; the price is that a rectangle is paired
/// with one rectangle it overlaps (the one reaching furthest right), not with every one.
struct OverlapFinder {
    /// A rectangle, by its position in the list given, and one earlier-swept rectangle it overlaps.
    struct Overlap: Equatable {
        var position: Int
        var overlapped: Int
    }

    /// The overlaps among `rects`, in sweep order (left edge, then position).
    static func overlaps(among rects: [GridRect]) -> [Overlap] {
        guard rects.count > 1 else { return [] }
        let ys = Array(Set(rects.flatMap { [$0.y, $0.maxY] })).sorted()
        let positionOfY = Dictionary(uniqueKeysWithValues: ys.enumerated().map { ($1, $0) })
        var tree = MaximumTree(size: max(1, ys.count - 1))
        let order = rects.indices.sorted { (rects[$0].x, $0) < (rects[$1].x, $1) }
        var found: [Overlap] = []
        for position in order {
            let rect = rects[position]
            let low = positionOfY[rect.y]!
            let high = positionOfY[rect.maxY]!
            guard low < high else { continue }
            let best = tree.maximum(low, high)
            if best != MaximumTree.none, Self.rightEdge(best) > rect.x {
                found.append(Overlap(position: position, overlapped: Self.position(best)))
            }
            tree.raise(low, high, to: Self.key(rightEdge: rect.maxX, position: position))
        }
        return found
    }

    /// Furthest right edge first, then the earlier position (so ties always pick the same one).
    private static func key(rightEdge: Int, position: Int) -> Int {
        rightEdge << 32 | (Int(UInt32.max) - position)
    }

    private static func rightEdge(_ key: Int) -> Int { key >> 32 }
    private static func position(_ key: Int) -> Int { Int(UInt32.max) - (key & Int(UInt32.max)) }

    /// Range "raise to at least" and range maximum over `size` cells, both O(log size).
    private struct MaximumTree {
        static let none = Int.min
        private let size: Int
        /// Largest value in each node's cells.
        private var maximum: [Int]
        /// A value every cell of the node was raised to, not yet passed to its children.
        private var raised: [Int]

        init(size: Int) {
            self.size = size
            maximum = [Int](repeating: Self.none, count: 4 * size)
            raised = [Int](repeating: Self.none, count: 4 * size)
        }

        /// The largest value in cells `low..<high`.
        func maximum(_ low: Int, _ high: Int) -> Int {
            query(node: 1, nodeLow: 0, nodeHigh: size, low, high)
        }

        /// Raises every cell in `low..<high` to at least `value`.
        mutating func raise(_ low: Int, _ high: Int, to value: Int) {
            update(node: 1, nodeLow: 0, nodeHigh: size, low, high, value)
        }

        private func query(node: Int, nodeLow: Int, nodeHigh: Int, _ low: Int, _ high: Int) -> Int {
            if high <= nodeLow || nodeHigh <= low { return Self.none }
            if low <= nodeLow && nodeHigh <= high { return maximum[node] }
            let middle = (nodeLow + nodeHigh) / 2
            // A value raised over the whole node holds for the part asked about too.
            return Swift.max(raised[node], query(node: 2 * node, nodeLow: nodeLow, nodeHigh: middle, low, high),
                             query(node: 2 * node + 1, nodeLow: middle, nodeHigh: nodeHigh, low, high))
        }

        private mutating func update(node: Int, nodeLow: Int, nodeHigh: Int, _ low: Int, _ high: Int, _ value: Int) {
            if high <= nodeLow || nodeHigh <= low { return }
            maximum[node] = Swift.max(maximum[node], value)
            if low <= nodeLow && nodeHigh <= high {
                raised[node] = Swift.max(raised[node], value)
                return
            }
            let middle = (nodeLow + nodeHigh) / 2
            update(node: 2 * node, nodeLow: nodeLow, nodeHigh: middle, low, high, value)
            update(node: 2 * node + 1, nodeLow: middle, nodeHigh: nodeHigh, low, high, value)
        }
    }
}
