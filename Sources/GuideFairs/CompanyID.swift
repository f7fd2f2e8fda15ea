/// A company's identity across fairs: the folded name (`NameKeys.exact`) most of its entries are
/// listed under, ties broken alphabetically. Stable whatever order editions and entries come in,
/// and unique because every entry with that folded name belongs to this one company.
public struct CompanyID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
