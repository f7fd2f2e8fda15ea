/// One thing wrong with a data file, printed as `FILE:WHERE: problem`.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Location: Sendable, Hashable {
        /// A place in the parsed document, e.g. `$.exhibitors[12].country`.
        case path(JSONPath)
        /// A place in the text, for files that are not (valid) JSON.
        case position(line: Int, column: Int)
        /// The file as a whole (too large, unreadable).
        case file
    }

    public var file: String
    public var location: Location
    public var message: String

    public init(file: String, location: Location, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String {
        switch location {
        case .path(let path): "\(file):\(path): \(message)"
        case .position(let line, let column): "\(file):\(line):\(column): \(message)"
        case .file: "\(file): \(message)"
        }
    }
}
