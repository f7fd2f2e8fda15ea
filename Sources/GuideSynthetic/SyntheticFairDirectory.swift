/// A deterministic synthetic directory of fair files in the CAAT/Omega dataset's format, for the
/// benchmark of opening a whole directory as one catalogue (issue 7: hundreds of fairs, about
/// 200,000 exhibitor entries).
///
/// What it holds, like the real dataset:
/// - fairs in series (about 4.5 editions each, 2 to 8, every year or every other year within
///   2010-2026), hosted in 61 countries, named `<series-slug>-<year>.json`;
/// - exactly `fairs` fairs with exhibitor lists sharing exactly `entries` entries (a few lists of
///   thousands, many of a few hundred), plus fairs with dates and venue only, and on request fairs
///   with only an approximate date (which the guide refuses: it needs a fair's days);
/// - exhibitors drawn from one pool of companies, so they recur across fairs and editions: about
///   half of an edition's companies come back to the next one (42-58% per series), spelled
///   differently now and then (legal form dropped, added or spelled otherwise, case, punctuation,
///   quotes, their acronym, a one-letter typo, Latin or native script);
/// - the fields and mess of the real files: countries as objects, plain strings and lists, and
///   absent for more than half of all entries; categories as lists, single strings or absent;
///   addresses, web sites, telephones, aliases; duplicate entries under other spellings; stray
///   whitespace, no-break spaces and a few C1 control characters; many non-ASCII names.
///
/// The same arguments give byte-identical files on every run and machine: all randomness comes
/// from `SplitMix64` streams, no hashing or dictionary order reaches the output. Files are produced
/// one at a time (`makeIterator`) and their text streamed in chunks, so memory holds the plan, one
/// series' rosters (integers) and one list being written.
public struct SyntheticFairDirectory: Sequence, Sendable {
    /// The benchmark's size: about 300 fairs with lists and 200,000 entries (the whole dataset has
    /// about 580 lists and 223,000 entries).
    public static let benchmarkFairs = 300
    public static let benchmarkEntries = 200_000

    /// Fairs without a list when not asked otherwise: one for every six with a list.
    public static func defaultMetadataOnly(fairs: Int) -> Int { fairs / 6 }

    public let listedFairCount: Int
    public let metadataOnlyCount: Int
    public let undatedCount: Int
    public let entryCount: Int
    public let seed: UInt64
    /// Whether the files take the dataset's rarer shapes too (`FairFileShapes`, `guide-synth
    /// fairs --dataset-shapes`); off, every byte is as it was without them.
    public let datasetShapes: Bool
    let series: [FairSeriesPlan]
    /// Each file's rarer shapes, in file order (empty without `datasetShapes`).
    let fileShapes: [FairFileShapes]
    /// Companies the lists are drawn from.
    let poolSize: Int

    /// Plans the directory. `entries` must be at least `fairs` (a list has at least one entry) and
    /// 0 when `fairs` is 0.
    public init(fairs: Int, entries: Int, metadataOnly: Int? = nil, undated: Int = 0, seed: UInt64, datasetShapes: Bool = false) {
        let metadataOnly = metadataOnly ?? Self.defaultMetadataOnly(fairs: fairs)
        precondition(fairs >= 0 && metadataOnly >= 0 && undated >= 0, "counts cannot be negative")
        precondition(fairs == 0 ? entries == 0 : entries >= fairs, "every list needs at least one entry")
        listedFairCount = fairs
        metadataOnlyCount = metadataOnly
        undatedCount = undated
        entryCount = entries
        self.seed = seed
        self.datasetShapes = datasetShapes

        var rng = SplitMix64(seed: seed, stream: .fairPlan, index: 0)
        var kinds = Self.editionCounts(total: fairs + metadataOnly + undated, rng: &rng).map {
            Array(repeating: FairSeriesPlan.Edition.Kind.listed, count: $0)
        }
        Self.markUnlisted(&kinds, count: undated, as: .undated, rng: &rng)
        Self.markUnlisted(&kinds, count: metadataOnly, as: .metadataOnly, rng: &rng)
        let entryCounts = Self.shareOut(entries: entries, over: kinds, rng: &rng)
        let profiles = Self.profiles(entryCounts: entryCounts)
        var takenSlugs = Set<String>()
        series = kinds.indices.map { index in
            FairSeriesPlan(index: index, kinds: kinds[index], entryCounts: entryCounts[index], profile: profiles[index], seed: seed,
                           takenSlugs: &takenSlugs)
        }
        let largestSeries = entryCounts.map { $0.reduce(0, +) }.max() ?? 0
        poolSize = Swift.max(64, entries / 2, 2 * largestSeries)
        if datasetShapes {
            let files = series.flatMap { plan in plan.editions.map { (kind: $0.kind, hasSocial: !plan.socialPlatforms.isEmpty) } }
            fileShapes = DatasetShapeQuotas.plan(kinds: files.map(\.kind), hasSocial: files.map(\.hasSocial), seed: seed)
        } else {
            fileShapes = []
        }
    }

    public var seriesCount: Int { series.count }
    public var fileCount: Int { listedFairCount + metadataOnlyCount + undatedCount }
    /// Every file's name, in the order the iterator gives the files.
    public var fileNames: [String] { series.flatMap { plan in plan.editions.map { plan.fileName($0) } } }

    public func makeIterator() -> Iterator {
        Iterator(directory: self)
    }

    /// Gives the files series by series, editions in order; draws a series' rosters when it starts.
    public struct Iterator: IteratorProtocol {
        let directory: SyntheticFairDirectory
        private var seriesIndex = 0
        private var pending: [SyntheticFairFile] = []
        private var ordinal = 0

        init(directory: SyntheticFairDirectory) {
            self.directory = directory
        }

        public mutating func next() -> SyntheticFairFile? {
            while pending.isEmpty {
                guard seriesIndex < directory.series.count else { return nil }
                let plan = directory.series[seriesIndex]
                seriesIndex += 1
                let rosters = SeriesRosters(series: plan, poolSize: directory.poolSize, seed: directory.seed)
                for (edition, roster) in zip(plan.editions, rosters.rosters) {
                    let shapes = directory.datasetShapes ? directory.fileShapes[ordinal] : nil
                    pending.append(SyntheticFairFile(series: plan, edition: edition, roster: roster, ordinal: ordinal, seed: directory.seed,
                                                     shapes: shapes))
                    ordinal += 1
                }
                pending.reverse()
            }
            return pending.removeLast()
        }
    }

    // MARK: Planning

    /// Editions per series: about 4.5 on average, 2 to 8 each (1 when there is only one fair).
    static func editionCounts(total: Int, rng: inout SplitMix64) -> [Int] {
        guard total > 1 else { return total == 1 ? [1] : [] }
        let seriesCount = Swift.min(total / 2, Swift.max((total + 7) / 8, (total * 2 + 4) / 9))
        var counts = Array(repeating: 2, count: seriesCount)
        var remaining = total - 2 * seriesCount
        while remaining > 0 {
            let series = rng.below(seriesCount)
            if counts[series] < 8 {
                counts[series] += 1
                remaining -= 1
            }
        }
        return counts
    }

    /// Turns `count` listed editions into `kind`: old editions mostly (lists were not published
    /// then), sometimes the latest (not published yet), keeping two lists per series while any
    /// series has more.
    static func markUnlisted(_ kinds: inout [[FairSeriesPlan.Edition.Kind]], count: Int, as kind: FairSeriesPlan.Edition.Kind,
                             rng: inout SplitMix64) {
        for _ in 0..<count {
            let listed = kinds.map { $0.filter { $0 == .listed }.count }
            guard let most = listed.max(), most > 0 else { return }
            let keep = most > 2 ? 2 : most - 1
            let chosen = rng.pick(kinds.indices.filter { listed[$0] > keep })
            let listedEditions = kinds[chosen].indices.filter { kinds[chosen][$0] == .listed }
            let edition = kind == .metadataOnly && rng.chance(perMille: 300) ? listedEditions.last! : listedEditions.first!
            kinds[chosen][edition] = kind
        }
    }

    /// Entries per edition (0 for editions without a list): one each, the rest in proportion to
    /// weights (a series' size class, a little larger with each edition), largest remainders first.
    static func shareOut(entries: Int, over kinds: [[FairSeriesPlan.Edition.Kind]], rng: inout SplitMix64) -> [[Int]] {
        let sizeClasses: [(weight: Int, sizes: ClosedRange<Int>)] = [(350, 30...250), (350, 250...900), (220, 900...2_500), (80, 2_500...6_000)]
        var slots: [(series: Int, edition: Int, weight: Int)] = []
        for (seriesIndex, editions) in kinds.enumerated() {
            let base = rng.int(in: sizeClasses[rng.weighted(sizeClasses.map(\.weight))].sizes)
            for (position, kind) in editions.enumerated() where kind == .listed {
                slots.append((seriesIndex, position, base * (90 + 8 * position + rng.int(in: -15...15))))
            }
        }
        var counts = kinds.map { Array(repeating: 0, count: $0.count) }
        guard !slots.isEmpty else { return counts }
        let spare = entries - slots.count
        let totalWeight = slots.reduce(0) { $0 + $1.weight }
        var shares = slots.map { 1 + spare * $0.weight / totalWeight }
        let leftover = entries - shares.reduce(0, +)
        let byRemainder = slots.indices.sorted { left, right in
            let (a, b) = (spare * slots[left].weight % totalWeight, spare * slots[right].weight % totalWeight)
            return a != b ? a > b : left < right
        }
        for slot in byRemainder.prefix(leftover) { shares[slot] += 1 }
        for (slot, share) in zip(slots, shares) { counts[slot.series][slot.edition] = share }
        return counts
    }

    /// A list profile per series, shared out by entries (largest series first, each taking the
    /// profile furthest below its share), so even a directory of a dozen series has more than
    /// half of its entries without a country, as the dataset has.
    static func profiles(entryCounts: [[Int]]) -> [FairListStyle.Profile] {
        let totals = entryCounts.map { $0.reduce(0, +) }
        let all = Swift.max(1, totals.reduce(0, +))
        var taken = Array(repeating: 0, count: FairListStyle.Profile.allCases.count)
        var profiles = Array(repeating: FairListStyle.Profile.bare, count: totals.count)
        let largestFirst = totals.indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
        for (rank, series) in largestFirst.enumerated() {
            // Series without a list take the profiles in turn.
            guard totals[series] > 0 else {
                profiles[series] = FairListStyle.Profile.allCases[rank % FairListStyle.Profile.allCases.count]
                continue
            }
            let profile = FairListStyle.Profile.allCases.max { left, right in
                let leftRoom = left.perMille * all - 1000 * taken[left.rawValue]
                let rightRoom = right.perMille * all - 1000 * taken[right.rawValue]
                return leftRoom != rightRoom ? leftRoom < rightRoom : left.rawValue > right.rawValue
            }!
            profiles[series] = profile
            taken[profile.rawValue] += totals[series]
        }
        return profiles
    }
}
