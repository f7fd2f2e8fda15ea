/// Which pool companies each listed edition of one series lists: about half of an edition's
/// companies come back to the next (the series' `returnPerMille`, give or take), a few come back
/// after missing an edition, and the rest are new to the series, drawn from the whole pool with
/// the big companies far more likely (they go to most fairs) and a share from the host country.
///
/// Built one series at a time, so only that series' rosters (integers) are in memory.
struct SeriesRosters {
    struct Roster {
        /// Distinct companies, in the order drawn (returning, back after a gap, new).
        var companies: [Int] = []
        /// Companies listed a second time under another spelling.
        var duplicates: [Int] = []
        /// Companies also on the previous listed edition, and how many that edition had (nil for
        /// the first listed edition).
        var returningFromPrevious = 0
        var previousCompanyCount: Int?
    }

    /// One per edition of the series; empty for editions without a list.
    let rosters: [Roster]

    /// Per mille of an edition's companies that were at an earlier edition but not the previous one.
    static let backAfterGapPerMille = 40
    /// Per mille of new companies looked for in the host country first.
    static let homePerMille = 300

    init(series: FairSeriesPlan, poolSize: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed, stream: .fairRoster, index: series.index)
        var seen = Set<Int>()
        var previous: [Int]?
        var rosters: [Roster] = []
        for edition in series.editions {
            guard edition.kind == .listed else {
                rosters.append(Roster())
                continue
            }
            var roster = Roster()
            let duplicateCount = edition.entryCount >= 20 ? (edition.entryCount * edition.style.duplicatePerMille + rng.below(1000)) / 1000 : 0
            let companyCount = edition.entryCount - duplicateCount
            var listed = Set<Int>()
            func add(_ company: Int) {
                listed.insert(company)
                roster.companies.append(company)
            }
            if let previous {
                let rate = min(620, max(380, series.returnPerMille + rng.int(in: -40...40)))
                var returning = min(companyCount, (previous.count * rate + 500) / 1000)
                var candidates = previous
                for chosen in 0..<returning {
                    candidates.swapAt(chosen, chosen + rng.below(candidates.count - chosen))
                    add(candidates[chosen])
                }
                roster.returningFromPrevious = returning
                roster.previousCompanyCount = previous.count
                let previousSet = Set(previous)
                var absent = seen.filter { !previousSet.contains($0) }.sorted()
                returning = min(companyCount - roster.companies.count, (companyCount * Self.backAfterGapPerMille + 500) / 1000, absent.count)
                for chosen in 0..<returning {
                    absent.swapAt(chosen, chosen + rng.below(absent.count - chosen))
                    add(absent[chosen])
                }
            }
            while roster.companies.count < companyCount {
                add(Self.newCompany(excluding: seen, and: listed, host: series.host.code, poolSize: poolSize, seed: seed, rng: &rng))
            }
            var order = roster.companies
            for chosen in 0..<duplicateCount {
                order.swapAt(chosen, chosen + rng.below(order.count - chosen))
                roster.duplicates.append(order[chosen])
            }
            seen.formUnion(roster.companies)
            previous = roster.companies
            rosters.append(roster)
        }
        self.rosters = rosters
    }

    /// A company new to the series: popular ones first (index `poolSize * u^1.5`, so the first
    /// 1% of the pool gets about 5% of the draws), sometimes from the host country; a linear probe
    /// from the drawn index when every try was taken.
    private static func newCompany(excluding seen: Set<Int>, and listed: Set<Int>, host: String, poolSize: Int, seed: UInt64,
                                   rng: inout SplitMix64) -> Int {
        func draw() -> Int {
            // A product and a square root are correctly rounded everywhere (unlike `pow`), so the draw is portable.
            let unit = Double(rng.below(1 << 24)) / Double(1 << 24)
            return min(poolSize - 1, Int(Double(poolSize) * unit * unit.squareRoot()))
        }
        func free(_ company: Int) -> Bool { !seen.contains(company) && !listed.contains(company) }
        if rng.chance(perMille: homePerMille) {
            for _ in 0..<48 {
                let candidate = draw()
                if free(candidate), FairCompany.origin(index: candidate, seed: seed).country == host { return candidate }
            }
        }
        for _ in 0..<32 {
            let candidate = draw()
            if free(candidate) { return candidate }
        }
        var candidate = draw()
        for _ in 0..<poolSize {
            if free(candidate) { return candidate }
            candidate = (candidate + 1) % poolSize
        }
        preconditionFailure("the pool is smaller than one series' companies")
    }
}
