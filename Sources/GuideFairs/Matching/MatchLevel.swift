/// How sure a match of two exhibitor entries is, surest first (`min` is the stronger).
public enum MatchLevel: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// A careful reader would call them one company: the same name (legal forms aside), or name
    /// evidence (transliteration, acronym, brand word) or a shared website with countries that
    /// agree or are unknown on one side.
    case certain = 0
    /// Likely, shown with its evidence so the reader can judge: a similar name (fuzzy tier), a
    /// shared website and brand word across different countries, or a link only through the
    /// company's other listings.
    case probable = 1

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .certain: "certain"
        case .probable: "probable"
        }
    }
}
