import GuideModel

/// A catalog compared with other editions of its show: which of its exhibitors were also on each
/// earlier list, matched by `ExhibitorMatching`'s conservative rule, and how (exact, legal form
/// ignored, fuzzy). The bundled ADEX-2024 guide is compared with ADEX 2022 this way.
public enum EditionComparison {
    /// One other edition: its list, and how the catalog names it.
    public struct Other: Sendable {
        public var input: EditionInput
        public var edition: Edition
        /// Where its list comes from (the ids `edition.sources` names).
        public var sources: [Source]

        public init(input: EditionInput, edition: Edition, sources: [Source]) {
            self.input = input
            self.edition = edition
            self.sources = sources
        }

        /// Another edition from its catalog (a fair file converted on load): its exhibitors as
        /// entries, its sources renamed `<id>/<source>` so they cannot clash with the compared
        /// catalog's.
        public init(catalog: Catalog, id: String, series: String, edition: String, year: Int?) {
            let renamed = Dictionary(uniqueKeysWithValues: catalog.sources.map { ($0.id, id + "/" + $0.id) })
            input = EditionInput(id: id, series: series, edition: edition, year: year, name: catalog.event.name,
                                 exhibitors: catalog.exhibitors.map { EditionEntry(id: $0.id, name: $0.name, altNames: $0.altNames, country: $0.country,
                                                                                  websites: [$0.website].compactMap { $0 } + $0.otherWebsites) })
            sources = catalog.sources.map { source in
                var copy = source
                copy.id = renamed[source.id] ?? source.id
                return copy
            }
            self.edition = Edition(id: id, name: catalog.event.name, year: year, exhibitorCount: catalog.exhibitors.count,
                                   sources: sources.map(\.id))
        }
    }

    /// The catalog with each exhibitor's `editions` filled in and the `edition` facet available.
    public static func compare(_ catalog: Catalog, with others: [Other], series: String, edition: String, year: Int?) -> Catalog {
        guard !others.isEmpty else { return catalog }
        let currentID = "\u{0}current"
        let current = EditionInput(id: currentID, series: series, edition: edition, year: year, name: catalog.event.name,
                                   exhibitors: catalog.exhibitors.map { EditionEntry(id: $0.id, name: $0.name, altNames: $0.altNames, country: $0.country,
                                                                                  websites: [$0.website].compactMap { $0 } + $0.otherWebsites) })
        let matching = ExhibitorMatching(editions: others.map(\.input) + [current])
        var attendance: [String: [EditionAttendance]] = [:]
        for company in matching.companies {
            let here = company.listings.filter { $0.editionID == currentID }
            guard !here.isEmpty else { continue }
            for other in others {
                guard let evidence = matching.linkEvidence(of: company.id, between: currentID, and: other.input.id),
                      let there = company.listings.first(where: { $0.editionID == other.input.id }) else { continue }
                for listing in here {
                    attendance[listing.entryID, default: []].append(
                        Self.attendance(edition: other.edition.id, nameThere: there.name, evidence: evidence))
                }
            }
        }
        let compared = catalog.comparing(with: others.map(\.edition), attendance: attendance, sources: others.flatMap(\.sources))
        return compared.with(history: history(of: compared, others: others, matching: matching, currentID: currentID,
                                              series: series, edition: edition, year: year))
    }

    /// The series as the editions screen shows it: each other edition (its whole list counted,
    /// the catalog's exhibitors among it listed), then this catalog's edition with its new and
    /// returning exhibitors and, by name, the companies of the latest other edition that did not
    /// come back.
    static func history(of catalog: Catalog, others: [Other], matching: ExhibitorMatching, currentID: String,
                        series: String, edition: String, year: Int?) -> FairHistory {
        var stats: [EditionStats] = []
        for other in others {
            let companies = matching.companies.filter { company in company.listings.contains { $0.editionID == other.input.id } }
            let here = catalog.exhibitors.filter { exhibitor in exhibitor.editions.contains { $0.edition == other.edition.id } }.map(\.id)
            stats.append(EditionStats(showID: other.edition.id, name: other.edition.name, year: other.edition.year, listPublished: true,
                                      exhibitorIDs: here, newIDs: [], returningIDs: [], notReturningIDs: [],
                                      countries: tally(companies.map(\.country)), listedCount: companies.count))
        }
        // The edition is its organiser's list: organisations only reported at the show are left
        // out, as `adex-guide editions` does (193 listed for ADEX-2024, not 207).
        let listed = catalog.exhibitors.filter(\.listed)
        let returning = listed.filter { !$0.editions.isEmpty }.map(\.id)
        let new = listed.filter { $0.editions.isEmpty }.map(\.id)
        var gone: [String] = []
        if let latest = others.last {
            gone = matching.companies.filter { company in
                company.listings.contains { $0.editionID == latest.input.id } && !company.listings.contains { $0.editionID == currentID }
            }.map(\.name).sorted { TextFolding.areInIncreasingOrder($0, $1) }
        }
        stats.append(EditionStats(showID: catalog.event.id, name: "\(series) \(edition)", year: year, listPublished: true,
                                  exhibitorIDs: listed.map(\.id), newIDs: new, returningIDs: returning, notReturningIDs: [],
                                  countries: tally(listed.map(\.country)), notReturningNames: gone))
        return FairHistory(series: [SeriesHistory(id: series.lowercased(), name: series, editions: stats)])
    }

    /// Companies per country, most first, then by code; "not given" counted as nil.
    static func tally(_ countries: [String?]) -> [CountryTally] {
        var counts: [String?: Int] = [:]
        for country in countries { counts[country, default: 0] += 1 }
        return counts.map { CountryTally(code: $0.key, count: $0.value) }
            .sorted { a, b in a.count != b.count ? a.count > b.count : (a.code ?? "~") < (b.code ?? "~") }
    }

    static func match(_ kind: ExhibitorMatchKind) -> EditionAttendance.Match {
        switch kind {
        case .exact: .exact
        case .legalFormIgnored: .legalFormIgnored
        case .transliteration: .transliteration
        case .acronym: .acronym
        case .brandWord: .brandWord
        case .website: .website
        case .fuzzy: .fuzzy
        }
    }

    static func level(_ level: MatchLevel) -> EditionAttendance.Level {
        switch level {
        case .certain: .certain
        case .probable: .probable
        }
    }

    /// The model's attendance for a link with this evidence.
    static func attendance(edition: String, nameThere: String, evidence: ExhibitorMatchEvidence) -> EditionAttendance {
        EditionAttendance(edition: edition, nameThere: nameThere, match: match(evidence.kind), level: level(evidence.level),
                          evidence: evidence.text)
    }
}
