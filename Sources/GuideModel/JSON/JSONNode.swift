/// One value of a `JSONDocument`: where its text is, so it can be read or skipped without parsing
/// it again. Made while stepping through a document, never stored with the data decoded from it.
struct JSONNode {
    enum Kind {
        case null, bool, number, string, array, object
    }

    let kind: Kind
    /// The first byte of the value (a quote, bracket, digit, minus or letter).
    let offset: Int
    /// Just past the last byte of the value.
    let end: Int
    /// For arrays and objects, the position in the document's container list; otherwise unused.
    let ordinal: Int
    /// For strings, whether the text has a backslash escape (most do not, and are copied as is).
    let isEscaped: Bool

    /// The word used in "expected a string, found a number" messages.
    var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
