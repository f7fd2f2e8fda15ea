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
                                 exhibitors: catalog.exhibitors.map { EditionEntry(id: $0.id, name: $0.name, altNames: $0.altNames, country: $0.country) })
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
                                   exhibitors: catalog.exhibitors.map { EditionEntry(id: $0.id, name: $0.name, altNames: $0.altNames, country: $0.country) })
        let matching = ExhibitorMatching(editions: others.map(\.input) + [current])
        var attendance: [String: [EditionAttendance]] = [:]
        for company in matching.companies {
            let here = company.listings.filter { $0.editionID == currentID }
            guard !here.isEmpty else { continue }
            for other in others {
                guard let kind = matching.linkKind(of: company.id, between: currentID, and: other.input.id),
                      let there = company.listings.first(where: { $0.editionID == other.input.id }) else { continue }
                for listing in here {
                    attendance[listing.entryID, default: []].append(
                        EditionAttendance(edition: other.edition.id, nameThere: there.name, match: Self.match(kind)))
                }
            }
        }
        return catalog.comparing(with: others.map(\.edition), attendance: attendance, sources: others.flatMap(\.sources))
    }

    static func match(_ kind: ExhibitorMatchKind) -> EditionAttendance.Match {
        switch kind {
        case .exact: .exact
        case .legalFormIgnored: .legalFormIgnored
        case .fuzzy: .fuzzy
        }
    }
}
