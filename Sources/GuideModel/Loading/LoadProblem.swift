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
    /// For a summary of problems of one kind that are not listed one by one (see `unlisted`), their
    /// number; 0 for a problem described on its own.
    public private(set) var unlistedCount: Int

    public init(file: String, location: Location, message: String) {
        self.file = file
        self.location = location
        self.message = message
        unlistedCount = 0
    }

    /// "… and 799,900 more problems like the one at $.exhibitors[99].country (not listed)": the
    /// problems of one kind beyond those listed, counted but not described.
    public static func unlisted(_ count: Int, file: String, like path: JSONPath?) -> LoadProblem {
        let like = path.map { " like the one at \($0)" } ?? " of the same kind"
        var problem = LoadProblem(file: file, location: .file,
                                  message: "… and \(grouped(count)) more problem\(count == 1 ? "" : "s")\(like) (not listed)")
        problem.unlistedCount = count
        return problem
    }

    /// Whether this entry sums up unlisted problems instead of describing one.
    public var isSummary: Bool { unlistedCount > 0 }

    /// How many problems this entry stands for.
    public var standsFor: Int { isSummary ? unlistedCount : 1 }

    public var description: String {
        switch location {
        case .path(let path): "\(file):\(path): \(message)"
        case .position(let line, let column): "\(file):\(line):\(column): \(message)"
        case .file: "\(file): \(message)"
        }
    }

    /// 7200000 as "7,200,000".
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }
}

extension Array where Element == LoadProblem {
    /// Every problem these entries stand for, listed or summed up.
    public var problemCount: Int { reduce(0) { $0 + $1.standsFor } }

    /// Whether some problems are only counted, not listed.
    public var hasUnlisted: Bool { contains { $0.isSummary } }

    /// "1 problem", "3 problems", or "7,200,000 problems (the first 100 of each kind are listed)".
    public var countText: String {
        let count = problemCount
        var text = "\(LoadProblem.grouped(count)) problem\(count == 1 ? "" : "s")"
        if hasUnlisted { text += " (the first \(ProblemLog.listedPerKind) of each kind are listed)" }
        return text
    }
}
