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
            return LoadedDataFile(catalog: try CatalogLoader.load(buffer: buffer, fileName: Self.bundledName), format: .adexGuide)
        }
    }
}
