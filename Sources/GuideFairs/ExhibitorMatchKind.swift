/// How two exhibitor entries were found to be the same company, strictest first. Ordered so that
/// `min` of several kinds is the strongest evidence among them.
public enum ExhibitorMatchKind: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// The same name once case, accents, punctuation, quotes and spacing are ignored.
    case exact = 0
    /// The same name once legal forms (LTD, JSC, A.Ş., CO., LTD....) at its start or end are ignored.
    case legalFormIgnored = 1
    /// A looser rule (the same words in another order, the name's own acronym, one edit in a long
    /// name), allowed only when the countries do not disagree. Shown as such: it may be wrong.
    case fuzzy = 2

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .exact: "exact"
        case .legalFormIgnored: "legal form ignored"
        case .fuzzy: "fuzzy"
        }
    }
}
