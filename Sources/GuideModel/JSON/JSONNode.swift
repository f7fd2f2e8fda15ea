/// One value of a `JSONDocument`: where its text is, so it can be read or skipped without parsing
/// it again. Made while stepping through a document, never stored with the data decoded from it.
struct JSONNode {
    enum Kind: UInt8 {
        case null, bool, number, string, array, object
    }

    let kind: Kind
    /// For strings, whether the text has a backslash escape (most do not, and are copied as is).
    let isEscaped: Bool
    // Stored in 32 bits (documents are smaller than 4 GiB), so a node is 16 bytes.
    private let storedOffset: UInt32
    private let storedEnd: UInt32
    private let storedOrdinal: UInt32

    init(kind: Kind, offset: Int, end: Int, ordinal: Int, isEscaped: Bool) {
        self.kind = kind
        self.isEscaped = isEscaped
        storedOffset = UInt32(offset)
        storedEnd = UInt32(end)
        storedOrdinal = UInt32(ordinal)
    }

    /// The first byte of the value (a quote, bracket, digit, minus or letter).
    var offset: Int { Int(storedOffset) }
    /// Just past the last byte of the value.
    var end: Int { Int(storedEnd) }
    /// For arrays and objects, the position in the document's container list; otherwise unused.
    var ordinal: Int { Int(storedOrdinal) }

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
