/// Scores one entry from the texts' tiers: per group of OR-ed terms the best tier × weight over the
/// entry's rows (or 1 when a negated term of the group is absent from every row), summed over the
/// groups; nil when a group has nothing. Works on buffers lent by the caller, one lookup per row.
struct EntryScorer {
    /// `groupCount` runs of `textCount` tiers.
    let groupTiers: UnsafeBufferPointer<UInt8>
    let groupCount: Int
    let textCount: Int
    /// One run of `textCount` tiers per negated term; `negatedOfGroup[g]` lists group g's runs.
    let negatedTiers: UnsafeBufferPointer<UInt8>
    let negatedOfGroup: [[Int]]
    /// Bit g: group g has negated terms (groups past 63 are always checked). A plain integer: the
    /// hot loop runs on two threads, and touching a shared array there would bounce its reference
    /// count between the cores.
    let negatedGroups: UInt64
    let rowTexts: UnsafeBufferPointer<Int32>
    let rowWeights: UnsafeBufferPointer<UInt8>
    let rowStarts: UnsafeBufferPointer<Int32>

    /// The entry's score and its best row (the first row reaching the best single score).
    @inline(__always)
    func score(_ entry: Int) -> (score: Int, row: Int)? {
        let rowStart = Int(rowStarts[entry])
        let rowEnd = Int(rowStarts[entry + 1])
        var total = 0
        var bestRow = rowStart
        var bestRowScore = -1
        for group in 0..<groupCount {
            let base = group * textCount
            var groupBest = 0
            var row = rowStart
            // Branch-free: whether a row matches is a coin toss for a one-letter query, and
            // mispredicted branches cost more than the multiplications.
            while row < rowEnd {
                let score = Int(groupTiers[base + Int(rowTexts[row])]) * Int(rowWeights[row] & ~IndexTables.alternativeFlag)
                groupBest = max(groupBest, score)
                let better = score > bestRowScore
                bestRowScore = better ? score : bestRowScore
                bestRow = better ? row : bestRow
                row += 1
            }
            if groupBest == 0 && (group >= 64 || negatedGroups & (1 << UInt64(group)) != 0) && lacksANegatedTerm(group, rowStart, rowEnd) {
                groupBest = 1
            }
            if groupBest == 0 { return nil }
            total += groupBest
        }
        return (total, bestRow)
    }

    /// A negated term satisfies its group when no row of the entry contains it.
    private func lacksANegatedTerm(_ group: Int, _ rowStart: Int, _ rowEnd: Int) -> Bool {
        for negated in negatedOfGroup[group] {
            let base = negated * textCount
            var contains = false
            var row = rowStart
            while row < rowEnd && !contains {
                contains = negatedTiers[base + Int(rowTexts[row])] > 0
                row += 1
            }
            if !contains { return true }
        }
        return false
    }
}
