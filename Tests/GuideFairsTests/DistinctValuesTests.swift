@testable import GuideFairs
import Testing

/// `DistinctValues` keeps first-seen order and each value once, below and above its scan limit.
struct DistinctValuesTests {
    @Test(arguments: [0, 1, 5, DistinctValues<Int>.scanLimit, DistinctValues<Int>.scanLimit + 1, 1_000])
    func keepsFirstSeenOrderEachOnce(distinct: Int) {
        var values = DistinctValues<Int>()
        var added = 0
        for round in 0..<3 {
            for value in (0..<distinct).reversed() where values.add(value) {
                added += 1
                #expect(round == 0)
            }
        }
        #expect(added == distinct)
        #expect(values.values == Array((0..<distinct).reversed()))
        #expect((0..<distinct).allSatisfy(values.contains))
        #expect(!values.contains(distinct))
        values.removeAll()
        #expect(values.values.isEmpty && !values.contains(0))
        let addedAgain = values.add(0)
        #expect(addedAgain)
    }
}
