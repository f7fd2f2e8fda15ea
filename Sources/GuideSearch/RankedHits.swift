/// Per kind, how many entries matched and the best `limit` of them, kept while entries are scored
/// in index order: a one-letter query matches most of 285,000 entries, and only 50 of each kind are
/// shown, so a candidate is kept only when it beats the worst one kept.
///
/// Entries of a kind are scored in catalog order, so among equal scores the one seen first is the
/// better; a later equal score never displaces it.
struct RankedHits {
    struct Candidate {
        var score: Int
        var entry: Int
        var row: Int
    }

    /// The ranking of one kind, taken out of `RankedHits` while a run of entries of that kind is
    /// scored, so the hot loop works on a local value.
    struct Lane {
        /// `Int.max` when every hit is kept.
        let limit: Int
        var count = 0
        var kept: [Candidate] = []
        /// A score must beat this to be kept (the worst kept one's, once `limit` are kept).
        var floor: Int

        init(limit: Int) {
            self.limit = limit
            floor = limit == 0 ? Int.max : Int.min
        }

        @inline(__always)
        mutating func add(score: Int, entry: Int, row: Int) {
            count += 1
            guard score > floor else { return }
            let candidate = Candidate(score: score, entry: entry, row: row)
            if limit == Int.max {
                kept.append(candidate)
                return
            }
            // After the last one scoring at least as much: earlier entries win ties.
            var low = 0
            var high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if kept[middle].score >= score { low = middle + 1 } else { high = middle }
            }
            kept.insert(candidate, at: low)
            if kept.count > limit { kept.removeLast() }
            if kept.count == limit { floor = kept[limit - 1].score }
        }
    }

    let limit: Int?
    private var lanes: [Lane]

    init(limit: Int?) {
        self.limit = limit
        let laneLimit = limit.map { max(0, $0) } ?? Int.max
        lanes = [Lane](repeating: Lane(limit: laneLimit), count: SearchKind.allCases.count)
    }

    var counts: [Int] { lanes.map(\.count) }
    var total: Int { lanes.reduce(0) { $0 + $1.count } }

    /// Moves a kind's lane out (leaving an empty one) to be filled and put back.
    mutating func take(_ kind: Int) -> Lane {
        let lane = lanes[kind]
        lanes[kind] = Lane(limit: lane.limit)
        return lane
    }

    mutating func put(_ lane: Lane, _ kind: Int) {
        lanes[kind] = lane
    }

    /// Adds the counts and candidates of entries ranked separately; `other`'s entries must all come
    /// after this one's (chunks are merged in order), so ties still go to the earlier entry.
    mutating func merge(_ other: RankedHits) {
        for kind in lanes.indices {
            let theirs = other.lanes[kind]
            lanes[kind].count += theirs.count
            guard !theirs.kept.isEmpty else { continue }
            let mine = lanes[kind].kept
            if mine.isEmpty || limit == nil {
                lanes[kind].kept += theirs.kept
                continue
            }
            var merged: [Candidate] = []
            merged.reserveCapacity(mine.count + theirs.kept.count)
            var left = 0
            var right = 0
            while (left < mine.count || right < theirs.kept.count) && merged.count < lanes[kind].limit {
                if right == theirs.kept.count || (left < mine.count && mine[left].score >= theirs.kept[right].score) {
                    merged.append(mine[left])
                    left += 1
                } else {
                    merged.append(theirs.kept[right])
                    right += 1
                }
            }
            lanes[kind].kept = merged
        }
    }

    /// The kept candidates of a kind, best first.
    func best(of kind: SearchKind) -> [Candidate] {
        let candidates = lanes[Int(kind.code)].kept
        guard limit == nil else { return candidates }
        return candidates.sorted { $0.score != $1.score ? $0.score > $1.score : $0.entry < $1.entry }
    }
}
