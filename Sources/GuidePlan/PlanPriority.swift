/// How much a visitor wants to see a favourite. New favourites are "maybe"; the ones that decide
/// a visit are promoted to "must", and the plan counts the must-sees still ahead.
public enum PlanPriority: String, Sendable, Hashable, CaseIterable, Comparable {
    case maybe
    case must

    public static func < (a: PlanPriority, b: PlanPriority) -> Bool { a == .maybe && b == .must }

    /// The other priority (what the priority key switches to).
    public var toggled: PlanPriority { self == .must ? .maybe : .must }

    /// Shown next to an item: a symbol and a word, never colour alone.
    public var label: String { self == .must ? "must" : "maybe" }
}
