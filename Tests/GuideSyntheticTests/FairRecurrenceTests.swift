import GuideFairs
import GuideSynthetic
import Testing

/// Series have several editions, and companies come back from one list to the next in the
/// proportion asked for: in the generator's truth (pool companies), and as the guide's own
/// conservative matching sees it through the respellings.
struct FairRecurrenceTests {
    @Test func seriesHaveSeveralEditions() {
        for files in [FairSamples.smallFiles.map(\.file), FairSamples.benchmarkFiles] {
            let bySeries = Dictionary(grouping: files, by: \.seriesName)
            #expect(bySeries.values.allSatisfy { (2...8).contains($0.count) })
            #expect(bySeries.values.allSatisfy { Set($0.map(\.year)).count == $0.count })
            // Most series have at least two lists to compare.
            let comparable = bySeries.values.filter { $0.filter(\.hasExhibitorList).count >= 2 }.count
            #expect(comparable * 10 >= bySeries.count * 8, "\(comparable) of \(bySeries.count)")
        }
        let editions = Dictionary(grouping: FairSamples.benchmarkFiles, by: \.seriesName).values.map(\.count)
        let mean = Double(editions.reduce(0, +)) / Double(editions.count)
        #expect(mean > 3.5 && mean < 5.5, "\(mean)")
    }

    @Test func aboutHalfOfAListsCompaniesAreOnTheNextList() throws {
        for tally in [FairSamples.tally(FairSamples.smallFiles.map(\.file)), FairSamples.benchmarkTally] {
            let rate = try #require(tally.returnPerMille)
            #expect((400...600).contains(rate), "\(rate) per mille")
        }
        // And per series, not only on average.
        let perSeries = Dictionary(grouping: FairSamples.benchmarkFiles.filter { $0.previousListCompanyCount != nil }, by: \.seriesName)
        for (series, files) in perSeries {
            let returning = files.reduce(0) { $0 + $1.returningFromPreviousList }
            let previous = files.reduce(0) { $0 + ($1.previousListCompanyCount ?? 0) }
            #expect((300...700).contains(returning * 1000 / previous), "\(series): \(returning) of \(previous)")
        }
    }

    /// What a directory catalogue will see: the lists as the guide reads them, matched by
    /// `ExhibitorMatching`. Its rule is conservative (a typo needs agreeing countries, which most
    /// entries lack), so it finds a little less than the truth, but the same order of recurrence,
    /// with every kind of link.
    @Test func theGuidesMatchingFindsTheRecurrenceThroughTheRespellings() throws {
        let loaded = FairSamples.smallLoaded.loaded.filter { $0.0.hasExhibitorList }
        let editions = loaded.map { file, data in
            EditionInput(id: file.fileName, series: file.seriesName, edition: file.edition, year: file.year, name: data.catalog.event.name,
                         exhibitors: data.catalog.exhibitors.map {
                             EditionEntry(id: $0.id, name: $0.name, altNames: $0.altNames, country: $0.country,
                                          websites: [$0.website].compactMap { $0 } + $0.otherWebsites)
                         })
        }
        let matching = ExhibitorMatching(editions: editions)
        var returning = 0
        var previous = 0
        var kinds: [ExhibitorMatchKind: Int] = [:]
        for series in matching.seriesNames {
            let history = try #require(matching.history(ofSeries: series))
            for (earlier, later) in zip(history.editions, history.editions.dropFirst()) {
                returning += later.returningFromPrevious.count
                previous += earlier.companies.count
                kinds.merge(later.returningFromPreviousByKind, uniquingKeysWith: +)
            }
        }
        let rate = returning * 1000 / max(1, previous)
        #expect((350...600).contains(rate), "\(rate) per mille (\(returning) of \(previous)) \(kinds)")
        // An acronym link needs the bare acronym at one fair and the name giving it at another,
        // with one known country: too rare for these few lists (the real ADEX lists have one, HTR).
        for kind in ExhibitorMatchKind.allCases where kind != .acronym {
            #expect(kinds[kind, default: 0] > 0, "no \(kind) link: \(kinds)")
        }
    }
}
