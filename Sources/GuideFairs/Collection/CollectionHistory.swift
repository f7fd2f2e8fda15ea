import GuideModel

/// The history of every series in a collection (`Catalog.history`): for each series, its fairs
/// in order, and for each fair with a list who was new, who returned and who stayed away (the
/// counts `EditionHistory` is made of, whose "previous edition" is here the previous one with a
/// list, since fairs without one are not matched), companies turned into exhibitor ids.
/// Fairs without a list keep their place in the series with `listPublished: false`.
enum CollectionHistory {
    /// `positionOfCompany`: each company's position among `exhibitorIDs` (catalog order).
    static func build(fairs: [CollectedFair], showIDs: [String], matching: ExhibitorMatching,
                      exhibitorIDs: [String], positionOfCompany: [Int]) -> FairHistory {
        // Every dated fair as an edition, so fairs without a list are ordered like the rest.
        let all = fairs.indices.map { index in
            EditionInput(id: showIDs[index], series: fairs[index].series, edition: fairs[index].edition, year: fairs[index].year,
                         name: fairs[index].name, exhibitors: [])
        }
        var fairsOfSeries: [String: [Int]] = [:]
        for index in all.indices { fairsOfSeries[EditionOrder.seriesKey(all[index].series), default: []].append(index) }
        var matchedOfSeries: [String: [Int]] = [:]
        for (index, edition) in matching.editions.enumerated() {
            matchedOfSeries[EditionOrder.seriesKey(edition.series), default: []].append(index)
        }
        @Sendable func catalogIDs(_ companies: [Int]) -> [String] {
            companies.map { positionOfCompany[$0] }.sorted().map { exhibitorIDs[$0] }
        }

        // Each series on its own (they share nothing), handed out to the cores.
        let seriesKeys = fairsOfSeries.keys.sorted()
        let (fairsBySeries, matchedBySeries) = (fairsOfSeries, matchedOfSeries)
        let series = ParallelChunks.mapEach(count: seriesKeys.count) { seriesIndex -> SeriesHistory? in
            let key = seriesKeys[seriesIndex]
            guard let members = fairsBySeries[key] else { return nil }
            let ordered = members.sorted { EditionOrder.isWithinSeriesBefore(all[$0], all[$1]) }
            guard let first = ordered.first else { return nil }
            let tallies = EditionTally.tallies(editionIndices: matchedBySeries[key] ?? [], in: matching)
            let summaries = Dictionary(tallies.map { (matching.editions[$0.edition].id, $0) }, uniquingKeysWith: { a, _ in a })
            let editions = ordered.map { index -> EditionStats in
                guard let summary = summaries[showIDs[index]] else {
                    return EditionStats(showID: showIDs[index], name: fairs[index].name, year: fairs[index].year, listPublished: false,
                                        exhibitorIDs: [], newIDs: [], returningIDs: [], notReturningIDs: [], countries: [])
                }
                return EditionStats(
                    showID: showIDs[index], name: fairs[index].name, year: fairs[index].year, listPublished: true,
                    exhibitorIDs: catalogIDs(summary.companies), newIDs: catalogIDs(summary.new),
                    returningIDs: catalogIDs(summary.returning), notReturningIDs: catalogIDs(summary.notReturning),
                    countries: summary.countries.map { bar in
                        CountryTally(code: bar.country >= 0 ? matching.countryCodes[Int(bar.country)] : nil, count: bar.count)
                    })
            }
            return SeriesHistory(id: fairs[first].series, name: fairs[first].series, editions: editions)
        }.compactMap { $0 }
        return FairHistory(series: series)
    }
}
