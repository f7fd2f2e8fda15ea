/// Why a data file could not be turned into a `Catalog`. Each case maps to a sysexits code so the
/// command line and the guide exit the same way.
public enum CatalogLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing or cannot be read (EX_NOINPUT, 66).
    case unreadable(file: String, reason: String)
    /// The file was read but its content is wrong; every problem found is listed (EX_DATAERR, 65).
    case invalid([LoadProblem])

    /// The sysexits code for this error.
    public var exitCode: Int32 {
        switch self {
        case .unreadable: 66
        case .invalid: 65
        }
    }

    public var problems: [LoadProblem] {
        switch self {
        case .unreadable(let file, let reason): [LoadProblem(file: file, location: .file, message: reason)]
        case .invalid(let problems): problems
        }
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
