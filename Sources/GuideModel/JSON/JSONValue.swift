/// A parsed JSON document, kept close to the text: object members stay in file order and
/// duplicates are kept, so the loader can report them instead of silently keeping one.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Numbers keep their value as a Double; integers up to 2^53 are exact.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The word used in "expected a string, found a number" messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue

    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
