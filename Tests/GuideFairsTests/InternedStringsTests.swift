@testable import GuideFairs
import Testing

/// Interning on all cores gives what interning one by one into a dictionary gives.
struct InternedStringsTests {
    /// The reference: one string at a time into a dictionary.
    static func internedOneByOne(_ strings: [String]) -> (ids: [Int32], firstIndices: [Int32]) {
        var idOf: [String: Int32] = [:]
        var ids: [Int32] = []
        var firstIndices: [Int32] = []
        for (index, string) in strings.enumerated() {
            if let known = idOf[string] {
                ids.append(known)
            } else {
                idOf[string] = Int32(firstIndices.count)
                ids.append(Int32(firstIndices.count))
                firstIndices.append(Int32(index))
            }
        }
        return (ids, firstIndices)
    }

    /// Equal as `==` has it: composed and decomposed accents, the Kelvin sign and K, reordered marks.
    static let awkward = ["", "a", "é", "e\u{301}", "K", "\u{212A}", "a\u{301}\u{323}", "a\u{323}\u{301}", "ооо", "ООО", "a", "", "中国"]

    @Test func smallListsAgreeWithADictionary() {
        for strings in [[], ["x"], Self.awkward, Self.awkward.reversed(), Self.awkward + Self.awkward] {
            let interned = InternedStrings(strings)
            let reference = Self.internedOneByOne(strings)
            #expect(interned.ids == reference.ids, "\(strings)")
            #expect(interned.firstIndices == reference.firstIndices, "\(strings)")
        }
    }

    /// Enough strings for the sort and the cores (tens of thousands), many repeated.
    @Test func largeListsAgreeWithADictionary() {
        var random = SystemRandomNumberGenerator()
        let words = Self.awkward + (0..<3000).map { "NAME \($0)" }
        let strings = (0..<60_000).map { _ in words.randomElement(using: &random)! }
        let interned = InternedStrings(strings)
        let reference = Self.internedOneByOne(strings)
        #expect(interned.ids == reference.ids)
        #expect(interned.firstIndices == reference.firstIndices)
    }

    /// Hashes that collide (a handful of values for thousands of strings) only cost comparisons.
    @Test func collidingHashesAgreeWithADictionary() {
        let words = Self.awkward + (0..<300).map { "NAME \($0)" }
        let strings = (0..<5000).map { words[($0 * 7919) % words.count] }
        // Equal strings must hash alike: two bits of the real hash, four groups in all.
        let interned = InternedStrings(strings, hash: { $0.hashValue & (3 << 40) })
        let reference = Self.internedOneByOne(strings)
        #expect(interned.ids == reference.ids)
        #expect(interned.firstIndices == reference.firstIndices)
    }
}
