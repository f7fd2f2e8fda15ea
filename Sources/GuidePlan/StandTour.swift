/// The order in which to walk past a set of points on a hall floor: an open path (the visitor
/// does not need to come back) from a fixed start, built by nearest neighbour and then improved
/// with 2-opt until no reversal of a stretch of the path shortens it.
///
/// Nearest neighbour alone leaves long jumps back across the hall; 2-opt removes crossings. Neither
/// promises the shortest path (that is NP-hard), but 2-opt only ever applies strictly shortening
/// moves, so the result is never longer than nearest neighbour's, and it terminates because the
/// integer length drops at every move. Everything is deterministic: ties go to the lower index.
public enum StandTour {
    /// Where the path starts.
    public enum Start: Sendable, Hashable {
        /// A point that is not one of the stops (a hall entrance); the walk to the first stop counts.
        case point(FloorPoint)
        /// One of the stops (its index): it is visited first.
        case stop(Int)
    }

    /// The stops in visiting order (indices into `points`), shortened by 2-opt.
    public static func order(_ points: [FloorPoint], from start: Start) -> [Int] {
        improved(nearestNeighbour(points, from: start), points, from: start)
    }

    /// Greedy order: always walk to the closest stop not yet visited.
    public static func nearestNeighbour(_ points: [FloorPoint], from start: Start) -> [Int] {
        guard !points.isEmpty else { return [] }
        var visited = [Bool](repeating: false, count: points.count)
        var order: [Int] = []
        order.reserveCapacity(points.count)
        var here: FloorPoint
        switch start {
        case .point(let point):
            here = point
        case .stop(let index):
            precondition(points.indices.contains(index), "the start stop is not one of the points")
            visited[index] = true
            order.append(index)
            here = points[index]
        }
        while order.count < points.count {
            var best = -1
            var bestDistance = Int.max
            for index in points.indices where !visited[index] {
                let distance = here.distance(to: points[index])
                if distance < bestDistance {
                    best = index
                    bestDistance = distance
                }
            }
            visited[best] = true
            order.append(best)
            here = points[best]
        }
        return order
    }

    /// 2-opt on an open path with a fixed start: reverses the stretch `path[i...j]` whenever that
    /// shortens the walk, until no reversal does. The first stop stays first when the start is a
    /// stop (`order` must then begin with it, as `nearestNeighbour` returns it); with a start
    /// point, any stop may become first.
    public static func improved(_ order: [Int], _ points: [FloorPoint], from start: Start) -> [Int] {
        // The path as points, with the fixed start at position 0.
        var path: [FloorPoint]
        var ids: [Int]
        switch start {
        case .point(let point):
            path = [point] + order.map { points[$0] }
            ids = [-1] + order
        case .stop:
            path = order.map { points[$0] }
            ids = order
        }
        let count = path.count
        guard count >= 3 else { return order }
        var improvedSomething = true
        while improvedSomething {
            improvedSomething = false
            for i in 1..<(count - 1) {
                for j in (i + 1)..<count {
                    // Replacing edges (i-1, i) and (j, j+1) with (i-1, j) and (i, j+1); an open
                    // path has no edge after its last stop.
                    var delta = path[i - 1].distance(to: path[j]) - path[i - 1].distance(to: path[i])
                    if j + 1 < count {
                        delta += path[i].distance(to: path[j + 1]) - path[j].distance(to: path[j + 1])
                    }
                    if delta < 0 {
                        path[i...j].reverse()
                        ids[i...j].reverse()
                        improvedSomething = true
                    }
                }
            }
        }
        if case .point = start { ids.removeFirst() }
        return ids
    }

    /// The length of the walk in half grid units, from the start through the stops in `order`.
    public static func length(_ order: [Int], _ points: [FloorPoint], from start: Start) -> Int {
        var total = 0
        var here: FloorPoint?
        if case .point(let point) = start { here = point }
        for index in order {
            if let here { total += here.distance(to: points[index]) }
            here = points[index]
        }
        return total
    }
}
