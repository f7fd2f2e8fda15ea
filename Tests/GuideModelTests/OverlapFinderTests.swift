@testable import GuideModel
import GuideTestSupport
import Testing

/// Overlapping stands are found with a sweep in O(n log n): the same stands as comparing every
/// pair, and a column of 100,000 stands is no harder than a row.
struct OverlapFinderTests {
    /// Random floors, checked against every pair: each reported pair overlaps, and a stand is
    /// reported exactly when it overlaps one swept before it.
    @Test func agreesWithComparingEveryPair() {
        var generator = SeededGenerator(seed: 1_414)
        for _ in 0..<400 {
            let count = generator.below(30) + 2
            let rects = (0..<count).map { _ in
                GridRect(x: generator.below(20), y: generator.below(20), width: generator.below(6) + 1, height: generator.below(6) + 1)
            }
            let found = OverlapFinder.overlaps(among: rects)
            for overlap in found {
                #expect(rects[overlap.position].intersects(rects[overlap.overlapped]))
                #expect(overlap.position != overlap.overlapped)
            }
            let order = rects.indices.sorted { (rects[$0].x, $0) < (rects[$1].x, $1) }
            var expected: [Int] = []
            for (rank, position) in order.enumerated() where order[..<rank].contains(where: { rects[$0].intersects(rects[position]) }) {
                expected.append(position)
            }
            #expect(found.map(\.position) == expected, "\(rects)")
        }
    }

    @Test func aColumnOfAHundredThousandStandsHasNoOverlap() {
        let column = (0..<100_000).map { GridRect(x: 0, y: $0, width: 1_000, height: 1) }
        #expect(OverlapFinder.overlaps(among: column).isEmpty)
        let stacked = column + [GridRect(x: 999, y: 50_000, width: 5, height: 1)]
        #expect(OverlapFinder.overlaps(among: stacked) == [OverlapFinder.Overlap(position: 100_000, overlapped: 50_000)])
    }
}
