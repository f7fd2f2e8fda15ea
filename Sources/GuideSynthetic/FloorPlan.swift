/// All halls of a synthetic show and the stand of every exhibitor that has one.
///
/// One cheap pass over the exhibitors' `StandClass` counts the stands needed; halls of about 300 to
/// 650 stands (varied per hall) are planned until there is room for all, the last hall holding the
/// remainder. Stands are handed out through a fixed permutation of the stand numbers, so
/// neighbours on the floor are unrelated in the list, as at a real show. Memory is one small
/// `HallPlan` per hall; stand rectangles are computed when written.
struct FloorPlan {
    let halls: [HallPlan]
    /// Index of each hall's first stand among all stands.
    private let hallStart: [Int]
    let standCount: Int
    private let multiplier: Int
    private let offset: Int

    static let outdoorID = "outdoor"

    init(exhibitors: Int, seed: UInt64) {
        var needed = 0
        for index in 0..<exhibitors where StandClass.of(index: index, seed: seed) == .hall { needed += 1 }
        standCount = needed
        var halls: [HallPlan] = []
        var starts: [Int] = []
        var planned = 0
        repeat {
            var rng = SplitMix64(seed: seed, stream: .hall, index: halls.count + 1)
            let columns = rng.int(in: 20...34)
            let rows = max(2, rng.int(in: 300...650) / columns)
            let count = min(rows * columns, needed - planned)
            starts.append(planned)
            halls.append(HallPlan(number: halls.count + 1, standCount: count, columns: columns, seed: seed))
            planned += count
        } while planned < needed
        self.halls = halls
        hallStart = starts
        // An affine permutation of 0..<needed: a multiplier coprime with the count is a bijection.
        var rng = SplitMix64(seed: seed, stream: .hall, index: 0)
        var multiplier = max(1, needed * 618 / 1000)
        while needed > 1, Self.gcd(multiplier, needed) != 1 { multiplier += 1 }
        self.multiplier = multiplier
        offset = needed > 0 ? rng.below(needed) : 0
    }

    /// Hall id and stand code for the `ordinal`th exhibitor that stands in a hall.
    func stand(forHallExhibitor ordinal: Int) -> (hall: String, code: String) {
        let slot = (multiplier * ordinal + offset) % standCount
        // The last hall whose first stand is at or before `slot`.
        var low = 0
        var high = halls.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if hallStart[middle] <= slot { low = middle } else { high = middle - 1 }
        }
        let hall = halls[low]
        return (hall.id, hall.code(ofStand: slot - hallStart[low]))
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
