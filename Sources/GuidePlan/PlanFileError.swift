import GuideModel

/// Why a plan file cannot be read: where in the file (`FILE:JSONPATH` or `FILE:LINE:COLUMN`) and
/// what is wrong, in words a visitor can act on.
public struct PlanFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// `$.items[3].priority`, or `line 4, column 2` for a syntax error.
    public var location: String
    public var message: String

    public init(file: String, location: String, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    public var description: String { "\(file):\(location): \(message)" }
}
