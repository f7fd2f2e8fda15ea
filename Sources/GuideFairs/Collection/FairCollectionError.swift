import GuideModel

/// Why several fair files could not be opened as one catalogue. A separate type from
/// `CatalogLoadError` because one of its failures is the user's request, not the data: a show
/// document among fair files is bad usage (exit 64), while a broken fair is bad data (65).
public enum FairCollectionError: Error, Sendable, Equatable {
    /// These files are `adex-guide/1` documents, which cannot be merged with fair files (each
    /// is a whole event of its own).
    case showDocuments([String])
    /// A directory given holds no `*.json` file.
    case emptyDirectory(String)
    /// A directory could not be listed.
    case load(CatalogLoadError)
    /// Files that could not be read or are not valid fair files, in the order given, each with
    /// every problem found.
    case files([CatalogLoadError])

    /// The sysexits code: 64 for a show document among fair files, else the loader's for the
    /// first file that failed (65 bad data, 66 missing or unreadable).
    public var exitCode: Int32 {
        switch self {
        case .showDocuments: 64
        case .emptyDirectory: 66
        case .load(let error): error.exitCode
        case .files(let errors): errors.first?.exitCode ?? 65
        }
    }

    /// What to print, one line each.
    public var lines: [String] {
        switch self {
        case .showDocuments(let files):
            files.map { "\($0): an adex-guide/1 document; several data files open together only when every one is a CAAT/Omega fair file (open it alone with --data \($0))" }
        case .emptyDirectory(let directory):
            ["\(directory): no *.json file in this directory"]
        case .load(let error):
            error.problems.map(\.description)
        case .files(let errors):
            errors.flatMap { $0.problems.map(\.description) }
        }
    }
}
