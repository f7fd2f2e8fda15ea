import GuideModel

extension BundledHistory {
    /// The earlier edition's list itself, for a history of the series (`adex-guide editions` on
    /// the bundled data): its exhibitors, and which of them match no exhibitor of the compared
    /// catalog ("not returning"), by the same matching `compare` uses.
    public struct EarlierList: Sendable {
        /// As `compare` names it in the catalog's `editions`.
        public var edition: Edition
        /// The earlier list's exhibitors (its converted catalog: duplicate spellings merged), in name order.
        public var exhibitors: [Exhibitor]
        /// Ids (among `exhibitors`) of those matched to no exhibitor of the compared catalog.
        public var notReturningIDs: [String]
    }

    /// The earlier list compared with `catalog` (ADEX-2024). `earlierList` is the fair file's
    /// bytes; errors name it `fileName`.
    public static func earlierList(comparedWith catalog: Catalog, earlierList: [UInt8], fileName: String) throws(CatalogLoadError) -> EarlierList {
        let earlier = try DataFileLoader.load(bytes: earlierList, fileName: fileName).catalog
        let other = EditionComparison.Other(catalog: earlier, id: earlierEditionID, series: series,
                                            edition: earlierEdition.edition, year: earlierEdition.year)
        let currentID = "\u{0}current"
        let current = EditionInput(id: currentID, series: series, edition: currentEdition.edition, year: currentEdition.year, name: catalog.event.name,
                                   exhibitors: catalog.exhibitors.map { EditionEntry(id: $0.id, name: $0.name, altNames: $0.altNames, country: $0.country) })
        let matching = ExhibitorMatching(editions: [other.input, current])
        var unmatched = Set<String>()
        for company in matching.companies where !company.listings.contains(where: { $0.editionID == currentID }) {
            for listing in company.listings where listing.editionID == earlierEditionID { unmatched.insert(listing.entryID) }
        }
        return EarlierList(edition: other.edition, exhibitors: earlier.exhibitors,
                           notReturningIDs: earlier.exhibitors.map(\.id).filter { unmatched.contains($0) })
    }
}
