/// One edition of a series counted on `ExhibitorMatching`'s company indices: the history words
/// (new, returning, from the previous edition, not returning) and the per-country bars, before
/// they are turned into `CompanyID`s. `EditionHistory` and a catalogue of several fairs both
/// read these, so the words have one definition; working on indices and flat arrays keeps a
/// history of 200,000 entries to a few passes over them (no dictionary per company).
struct EditionTally {
    /// Index into `matching.editions`.
    let edition: Int
    /// Company indices (= `CompanyID` order), ascending.
    let companies: [Int]
    let new: [Int]
    let returning: [Int]
    let returningFromPrevious: [Int]
    let notReturning: [Int]
    let returningFromPreviousByKind: [ExhibitorMatchKind: Int]
    /// Interned country (-1: none given) and companies, most first (ties by interned code, which
    /// sorts like the code), the unknown last.
    let countries: [(country: Int32, count: Int)]

    /// The editions at `editionIndices` (one series, in order), each compared with the one before.
    static func tallies(editionIndices: [Int], in matching: ExhibitorMatching) -> [EditionTally] {
        var lastPosition = [Int](repeating: -1, count: matching.companies.count)
        var present = [Bool](repeating: false, count: matching.companies.count)
        var perCountry = [Int](repeating: 0, count: matching.countryCodes.count + 1)
        var previous: [Int] = []
        var tallies: [EditionTally] = []
        tallies.reserveCapacity(editionIndices.count)
        for (position, edition) in editionIndices.enumerated() {
            // (company, country) of every entry, sorted: a company's entries side by side, its
            // countries in runs.
            let range = matching.entryStart[edition]..<matching.entryStart[edition + 1]
            var pairs = range.map { (company: Int(matching.companyOfEntry[$0]), country: matching.countryOfEntry[$0]) }
            pairs.sort { $0.company != $1.company ? $0.company < $1.company : $0.country < $1.country }

            var companies: [Int] = []
            companies.reserveCapacity(pairs.count)
            var start = 0
            while start < pairs.count {
                let company = pairs[start].company
                var end = start
                // The country most of its entries here give (ties: the smaller code), else none.
                var best: (country: Int32, count: Int) = (-1, 0)
                while end < pairs.count && pairs[end].company == company {
                    var runEnd = end
                    while runEnd < pairs.count && pairs[runEnd].company == company && pairs[runEnd].country == pairs[end].country { runEnd += 1 }
                    let country = pairs[end].country
                    if country >= 0 && runEnd - end > best.count { best = (country, runEnd - end) }
                    end = runEnd
                }
                companies.append(company)
                perCountry[Int(best.country) + 1] += 1
                start = end
            }
            for company in companies { present[company] = true }
            let new = companies.filter { lastPosition[$0] < 0 }
            let returning = companies.filter { lastPosition[$0] >= 0 }
            let fromPrevious = position == 0 ? [] : companies.filter { lastPosition[$0] == position - 1 }
            let notReturning = previous.filter { !present[$0] }
            var byKind: [ExhibitorMatchKind: Int] = [:]
            for company in fromPrevious {
                if let kind = matching.linkKind(company: company, between: editionIndices[position - 1], and: edition) {
                    byKind[kind, default: 0] += 1
                }
            }
            var countries: [(country: Int32, count: Int)] = []
            for index in perCountry.indices.dropFirst() where perCountry[index] > 0 {
                countries.append((Int32(index - 1), perCountry[index]))
            }
            countries.sort { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
            if perCountry[0] > 0 { countries.append((-1, perCountry[0])) }
            for index in perCountry.indices { perCountry[index] = 0 }
            for company in companies {
                present[company] = false
                lastPosition[company] = position
            }
            tallies.append(EditionTally(edition: edition, companies: companies, new: new, returning: returning,
                                        returningFromPrevious: fromPrevious, notReturning: notReturning,
                                        returningFromPreviousByKind: byKind, countries: countries))
            previous = companies
        }
        return tallies
    }
}
