/// A field the dataset writes either as one value or as a list of them (`"category": "Radar"` or
/// `"category": ["Radar", "Sonar"]`). The form is kept so reports can say which it was and point
/// at `$.exhibitor[3].category[1]` or at `$.exhibitor[3].category` as the file has it.
public enum OneOrMany<Value: Sendable & Hashable>: Sendable, Hashable {
    case one(Value)
    case many([Value])

    /// The values in file order (one or several; a list may be empty).
    public var values: [Value] {
        switch self {
        case .one(let value): [value]
        case .many(let values): values
        }
    }

    public var isList: Bool {
        if case .many = self { return true }
        return false
    }
}
