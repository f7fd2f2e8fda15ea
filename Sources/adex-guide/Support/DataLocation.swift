import CAssets
import GuideFairs
import GuideModel

/// Where the show data comes from: `--data FILE`, else `ADEX_GUIDE_DATA`, else the dataset
/// embedded in the binary (so an installed binary works from any directory).
enum DataLocation: Equatable {
    case file(String)
    case bundled

    /// The name used in messages for the embedded dataset.
    static let bundledName = "(bundled) Assets/adex-2024.json"

    static func resolve(option: String?, environment: [String: String]) -> DataLocation {
        if let option, !option.isEmpty { return .file(option) }
        if let path = environment["ADEX_GUIDE_DATA"], !path.isEmpty { return .file(path) }
        return .bundled
    }

    var displayName: String {
        switch self {
        case .file(let path): path
        case .bundled: Self.bundledName
        }
    }

    /// Loads the data: a file in either format `--data` accepts (an `adex-guide/1` document or a
    /// CAAT/Omega fair file, told apart by shape), or the bundled dataset.
    func load() throws(CatalogLoadError) -> LoadedDataFile {
        switch self {
        case .file(let path):
            return try DataFileLoader.load(contentsOf: path)
        case .bundled:
            let buffer = UnsafeBufferPointer(start: cassets_bundled_show(), count: cassets_bundled_show_size())
            let catalog = try CatalogLoader.load(buffer: buffer, fileName: Self.bundledName)
            return LoadedDataFile(catalog: try Self.comparedWithEarlierEdition(catalog), format: .adexGuide)
        }
    }

    static let earlierEditionName = "(bundled) Assets/caat-adex-2022.json"

    /// The bundled ADEX-2024 guide compared with the ADEX 2022 exhibitor list (embedded verbatim
    /// from the CAAT/Omega dataset): each exhibitor says whether it was there too, and the
    /// exhibitor list gains the "new" facet.
    static func comparedWithEarlierEdition(_ catalog: Catalog) throws(CatalogLoadError) -> Catalog {
        let bytes = UnsafeBufferPointer(start: cassets_earlier_edition(), count: cassets_earlier_edition_size())
        return try BundledHistory.compare(catalog, earlierList: Array(bytes), fileName: earlierEditionName)
    }
}
