/// A file of a folder of fairs that could not be read and was left out of the catalogue, with
/// its first problems (`FILE:JSONPATH: message` lines), so Home, `info` and standard error can
/// say what is missing and why while the other fairs open.
public struct UnreadableFile: Sendable, Hashable {
    /// The file as given.
    public var file: String
    /// The first problems, each a whole message line.
    public var problems: [String]
    /// Problems found beyond those listed.
    public var moreProblems: Int

    public init(file: String, problems: [String], moreProblems: Int = 0) {
        self.file = file
        self.problems = problems
        self.moreProblems = moreProblems
    }
}
