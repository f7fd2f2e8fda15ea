/// A value with the moment it was set: one field of a plan item (whether it is a favourite, its
/// priority, its note, whether it was visited). Two copies of a plan merge field by field, each
/// keeping the later setting, so two guides open at once never lose each other's changes to
/// different fields, and the merge is the same whichever copy is merged into which.
public struct Stamped<Value: PlanFieldValue>: Sendable, Hashable {
    public var value: Value
    /// When it was set: milliseconds since 1970 (UTC); 0 for a default never set.
    public var at: Int64

    public init(_ value: Value, at: Int64) {
        self.value = value
        self.at = at
    }

    /// The later of two settings. Equal times (two guides in the same millisecond) fall back to
    /// comparing the values, so the result never depends on the order of the arguments.
    public static func later(_ a: Stamped, _ b: Stamped) -> Stamped {
        if a.at != b.at { return a.at > b.at ? a : b }
        return a.value.mergeKey >= b.value.mergeKey ? a : b
    }
}

/// A value a plan field holds, with a total order used only to break ties between two settings
/// made in the same millisecond (so merging gives the same result in any order).
public protocol PlanFieldValue: Sendable, Hashable {
    var mergeKey: String { get }
}

extension Bool: PlanFieldValue {
    /// True wins a tie: of two simultaneous settings, the one that keeps something.
    public var mergeKey: String { self ? "1" : "0" }
}

extension String: PlanFieldValue {
    public var mergeKey: String { self }
}

extension PlanPriority: PlanFieldValue {
    public var mergeKey: String { self == .must ? "1" : "0" }
}
