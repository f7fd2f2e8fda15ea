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

        let tallies = EditionTally.tallies(editionIndices: editionIndices, in: matching)
        let ids = { (companies: [Int]) in companies.map { matching.companies[$0].id } }
        editions = tallies.map { tally in
            let input = matching.editions[tally.edition]
            return EditionSummary(
                editionID: input.id, edition: input.edition, year: input.year, name: input.name,
                entryCount: matching.entryStart[tally.edition + 1] - matching.entryStart[tally.edition],
                companies: ids(tally.companies), new: ids(tally.new), returning: ids(tally.returning),
                returningFromPrevious: ids(tally.returningFromPrevious), notReturning: ids(tally.notReturning),
                returningFromPreviousByKind: tally.returningFromPreviousByKind,
                countries: tally.countries.map { bar in
                    CountryCount(bar.country >= 0 ? .country(matching.countryCodes[Int(bar.country)]) : .unknown, count: bar.count)
                })
        }
        var positionsOfCompany: [Int: [Int]] = [:]
        for (position, tally) in tallies.enumerated() {
            for company in tally.companies { positionsOfCompany[company, default: []].append(position) }
        }
        let summaries = editions
        attendance = positionsOfCompany.keys.sorted().map { company in
            Attendance(company: matching.companies[company].id,
                       editionIDs: (positionsOfCompany[company] ?? []).map { summaries[$0].editionID })
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
