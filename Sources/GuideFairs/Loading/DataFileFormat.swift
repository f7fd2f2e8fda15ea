/// The two formats `--data` reads, told apart by shape (`DataFileShape`).
public enum DataFileFormat: String, Sendable, Hashable {
    /// The guide's own format, documented in docs/data-format.md.
    case adexGuide = "adex-guide/1"
    /// A fair file of the CAAT/Omega arms-fair dataset, converted to `adex-guide/1` when loaded.
    case fairFile = "caat-fair"
    /// Several fair files (or a directory of them) opened as one catalogue (`FairCollection`).
    case fairCollection = "caat-fairs"

    /// How `info` names the format.
    public var description: String {
        switch self {
        case .adexGuide: "adex-guide/1"
        case .fairFile: "CAAT/Omega fair file, converted on load"
        case .fairCollection: "CAAT/Omega fair files, converted on load and matched into one catalogue"
        }
    }
}
