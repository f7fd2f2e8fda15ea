/// Dense ids for a list of strings, exactly as interning them one by one into a dictionary gives
/// them: equal strings (as `==` has it, so two encodings of "é" are one) share an id, and ids
/// are numbered in order of first appearance. The matching interns 200,000 names and 300,000 keys
/// this way at dataset scale; one at a time into a `Dictionary` that took a tenth of a second on
/// one core.
///
/// Here the strings are hashed on all cores (`hashValue`, which agrees with `==`), the hashes
/// sorted (`RadixSort`), and each string compared, on all cores, only with the strings before
/// it whose hash shares its leading bits: equal strings always do. Only a pass over the ids is
/// left to one core.
struct InternedStrings {
    /// The id of each string given, in the order given.
    let ids: [Int32]
    /// Where each id first appears among the strings given.
    let firstIndices: [Int32]

    init(_ strings: [String]) {
        self.init(strings, hash: { $0.hashValue })
    }

    /// `hash` must give equal strings equal hashes (tests give a poor one to force collisions).
    init(_ strings: [String], hash: @Sendable (String) -> Int) {
        let count = strings.count
        guard count > 0 else {
            ids = []
            firstIndices = []
            return
        }
        // Each string's hash, its low bits replaced by the string's index: sorting these groups
        // equal hashes, each group in order of appearance.
        let indexBits = UInt64(UInt64.bitWidth - UInt64(count).leadingZeroBitCount)
        let indexMask: UInt64 = (1 << indexBits) - 1
        var packed = ParallelChunks.map(count: count) { index in
            (UInt64(bitPattern: Int64(hash(strings[index]))) & ~indexMask) | UInt64(index)
        }
        RadixSort.sort(&packed)

        // For each sorted position, the first string of its group equal to it (itself when none
        // before it is): groups are read in place, a chunk of positions per task.
        let sorted = packed
        let firstEqual: [Int32] = ParallelChunks.build(count: count) { range, output in
            var groupStart = range.lowerBound
            let leading = sorted[groupStart] & ~indexMask
            while groupStart > 0 && sorted[groupStart - 1] & ~indexMask == leading { groupStart -= 1 }
            for position in range {
                if sorted[position] & ~indexMask != sorted[groupStart] & ~indexMask { groupStart = position }
                let string = strings[Int(sorted[position] & indexMask)]
                var candidate = groupStart
                while candidate < position && strings[Int(sorted[candidate] & indexMask)] != string { candidate += 1 }
                (output + position).initialize(to: Int32(truncatingIfNeeded: sorted[candidate] & indexMask))
            }
        }

        var firstOf = [Int32](repeating: 0, count: count)
        for position in 0..<count { firstOf[Int(sorted[position] & indexMask)] = firstEqual[position] }
        var ids = [Int32](repeating: 0, count: count)
        var firstIndices: [Int32] = []
        for index in 0..<count {
            let first = Int(firstOf[index])
            if first == index {
                ids[index] = Int32(firstIndices.count)
                firstIndices.append(Int32(index))
            } else {
                ids[index] = ids[first]
            }
        }
        self.ids = ids
        self.firstIndices = firstIndices
    }
}
