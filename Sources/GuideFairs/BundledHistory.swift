import GuideModel

/// The bundled ADEX-2024 guide's history: its exhibitors compared with the ADEX 2022 list
/// (Assets/caat-adex-2022.json, embedded verbatim from the CAAT/Omega dataset). One place for
/// the edition's id, series and years, used by the program and by the tests alike.
public enum BundledHistory {
    public static let earlierEditionID = "adex-2022"
    public static let series = "ADEX"
    /// The earlier edition as the dataset names it, and its year; and the bundled one's.
    public static let earlierEdition = (edition: "2022", year: 2022)
    public static let currentEdition = (edition: "2024", year: 2024)

    /// `catalog` (ADEX-2024) with each exhibitor's ADEX 2022 attendance and the `edition` facet.
    /// `earlierList` is the fair file's bytes; errors name it `fileName`.
    public static func compare(_ catalog: Catalog, earlierList: [UInt8], fileName: String) throws(CatalogLoadError) -> Catalog {
        let earlier = try DataFileLoader.load(bytes: earlierList, fileName: fileName).catalog
        let other = EditionComparison.Other(catalog: earlier, id: earlierEditionID, series: series,
                                            edition: earlierEdition.edition, year: earlierEdition.year)
        return EditionComparison.compare(catalog, with: [other], series: series, edition: currentEdition.edition, year: currentEdition.year)
    }
}
