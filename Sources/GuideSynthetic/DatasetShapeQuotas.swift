/// Shares the dataset's rarer fair-file shapes (`FairFileShapes`) out over a synthetic directory,
/// in the proportions counted on the whole CAAT/Omega dataset (the table in its README), and at
/// least once each when a file can take it: a folder of a few dozen fairs still holds every shape,
/// so a test of the reader on it meets them all. Which files take them is drawn from their own
/// random stream, so the rest of the directory is unchanged.
enum DatasetShapeQuotas {
    /// One entry per file, in the directory's file order. `kinds` are the files' kinds in that
    /// order and `hasSocial` whether each file's series writes a `social` list.
    static func plan(kinds: [FairSeriesPlan.Edition.Kind], hasSocial: [Bool], seed: UInt64) -> [FairFileShapes] {
        var rng = SplitMix64(seed: seed, stream: .datasetShapePlan, index: 0)
        var shapes = Array(repeating: FairFileShapes.common, count: kinds.count)
        let all = Array(kinds.indices)
        let dated = kinds.indices.filter { kinds[$0] != .undated }
        let undated = kinds.indices.filter { kinds[$0] == .undated }
        let social = dated.filter { hasSocial[$0] }

        for file in draw(share(30, of: 1_293, over: all.count), from: all, rng: &rng) { shapes[file].websiteAsList = true }
        // Venue shapes from one draw, so a file takes at most one.
        let venueText = share(13, of: 799, over: dated.count)
        let venueList = share(3, of: 799, over: dated.count)
        for (position, file) in draw(venueText + venueList, from: dated, rng: &rng).enumerated() {
            shapes[file].venue = position < venueText ? .text : .list
        }
        for file in draw(share(6, of: 707, over: undated.count), from: undated, rng: &rng) { shapes[file].countryAsObject = true }
        for file in draw(share(3, of: 292, over: social.count), from: social, rng: &rng) { shapes[file].socialAsObject = true }
        // The dataset's delegations are all at fairs with exact days.
        for file in draw(share(52, of: 1_851, over: all.count), from: dated, rng: &rng) { shapes[file].hasDelegations = true }
        for file in draw(share(2, of: 832, over: dated.count), from: dated, rng: &rng) { shapes[file].endBeforeStart = true }

        let months = share(94, of: 1_019, over: undated.count)
        let days = undated.count >= 3 ? share(97, of: 1_019, over: undated.count) : 0
        for (position, file) in draw(months + days, from: undated, rng: &rng).enumerated() {
            shapes[file].approximateDate = position < months ? .yearMonth : .day
        }
        return shapes
    }

    /// `count` of `total` scaled to `files`, rounded, and at least 1 when there is any file.
    static func share(_ count: Int, of total: Int, over files: Int) -> Int {
        files == 0 ? 0 : max(1, (count * files + total / 2) / total)
    }

    /// `count` of `candidates` (all of them when there are fewer), in the order drawn.
    private static func draw(_ count: Int, from candidates: [Int], rng: inout SplitMix64) -> [Int] {
        rng.distinct(count, below: candidates.count).map { candidates[$0] }
    }
}
