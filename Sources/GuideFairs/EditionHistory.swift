/// The editions of one fair series in order, with each company's attendance: what a "history of
/// this fair" view and its charts need. Built from an `ExhibitorMatching`, so companies are the
/// same identities as in `fairs(of:)` and across series.
public struct EditionHistory: Sendable, Equatable {
    /// One company's editions of the series.
    public struct Attendance: Sendable, Equatable {
        public let company: CompanyID
        /// In series order.
        public let editionIDs: [String]
    }

    /// The series as its first edition spells it.
    public let series: String
    /// In `EditionOrder`: by year, then edition.
    public let editions: [EditionSummary]
    /// Every company that attended any edition of the series, ordered by id.
    public let attendance: [Attendance]

    /// The editions of the series, or nil when `series` (compared folded) has none in `matching`.
    public init?(series: String, in matching: ExhibitorMatching) {
        let key = EditionOrder.seriesKey(series)
        let editionIndices = matching.editions.indices.filter { EditionOrder.seriesKey(matching.editions[$0].series) == key }
        guard let firstEdition = editionIndices.first else { return nil }
        self.series = matching.editions[firstEdition].series

        var lastPosition = [Int](repeating: -1, count: matching.companies.count)
        var positionsOfCompany: [Int: [Int]] = [:]
        var previous: [Int] = []
        var summaries: [EditionSummary] = []
        for (position, edition) in editionIndices.enumerated() {
            let input = matching.editions[edition]
            // The companies at this edition, each with the countries its entries give here.
            var countriesOfCompany: [Int: [Int32: Int]] = [:]
            for entry in matching.entryStart[edition]..<matching.entryStart[edition + 1] {
                let company = Int(matching.companyOfEntry[entry])
                countriesOfCompany[company, default: [:]][matching.countryOfEntry[entry], default: 0] += 1
            }
            let present = countriesOfCompany.keys.sorted()
            let presentSet = Set(present)
            let new = present.filter { lastPosition[$0] < 0 }
            let returning = present.filter { lastPosition[$0] >= 0 }
            let fromPrevious = present.filter { position > 0 && lastPosition[$0] == position - 1 }
            let notReturning = previous.filter { !presentSet.contains($0) }
            var byKind: [ExhibitorMatchKind: Int] = [:]
            for company in fromPrevious {
                if let kind = matching.linkKind(company: company, between: editionIndices[position - 1], and: edition) {
                    byKind[kind, default: 0] += 1
                }
            }
            var perCountry: [Int32: Int] = [:]
            for company in present {
                let counts = countriesOfCompany[company]!.filter { $0.key >= 0 }
                let country = counts.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key ?? -1
                perCountry[country, default: 0] += 1
            }
            var countries = perCountry.filter { $0.key >= 0 }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { CountryCount(.country(matching.countryCodes[Int($0.key)]), count: $0.value) }
            if let unknown = perCountry[-1] { countries.append(CountryCount(.unknown, count: unknown)) }

            let ids = { (companies: [Int]) in companies.map { matching.companies[$0].id } }
            summaries.append(EditionSummary(
                editionID: input.id, edition: input.edition, year: input.year, name: input.name,
                entryCount: matching.entryStart[edition + 1] - matching.entryStart[edition],
                companies: ids(present), new: ids(new), returning: ids(returning),
                returningFromPrevious: ids(fromPrevious), notReturning: ids(notReturning),
                returningFromPreviousByKind: byKind, countries: countries))
            for company in present {
                lastPosition[company] = position
                positionsOfCompany[company, default: []].append(position)
            }
            previous = present
        }
        editions = summaries
        attendance = positionsOfCompany.keys.sorted().map { company in
            Attendance(company: matching.companies[company].id,
                       editionIDs: positionsOfCompany[company]!.map { summaries[$0].editionID })
        }
    }

    /// The editions of this series a company attended, in order; empty when it attended none.
    public func editionIDs(attendedBy company: CompanyID) -> [String] {
        var low = 0
        var high = attendance.count
        while low < high {
            let middle = (low + high) / 2
            if attendance[middle].company < company { low = middle + 1 } else { high = middle }
        }
        return low < attendance.count && attendance[low].company == company ? attendance[low].editionIDs : []
    }
}

extension ExhibitorMatching {
    /// The history of one series (compared folded: "adex" finds "ADEX"), or nil when it has no edition here.
    public func history(ofSeries series: String) -> EditionHistory? {
        EditionHistory(series: series, in: self)
    }
}
