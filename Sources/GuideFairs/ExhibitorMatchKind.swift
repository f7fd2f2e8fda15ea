/// How two exhibitor entries were found to be the same company, strictest first. Ordered so that
/// `min` of several kinds is the strongest evidence among them.
public enum ExhibitorMatchKind: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// The same name once case, accents, punctuation, quotes and spacing are ignored.
    case exact = 0
    /// The same name once legal forms (LTD, JSC, A.Ş., CO., LTD....) at its start or end are ignored.
    case legalFormIgnored = 1
    /// The same name in another script or romanisation ("РОСОБОРОНЭКСПОРТ" / "Rosoboroneksport"),
    /// when the countries do not disagree.
    case transliteration = 2
    /// One name gives the other as its acronym ("... RADAR (HTR) SANAYI" / "HTR"), or both give
    /// the same acronym, when the countries do not disagree.
    case acronym = 3
    /// One name is the distinctive first word of the other, which it stands for alone in the
    /// input ("RAFAEL" / "RAFAEL ADVANCED DEFENSE SYSTEMS LTD"), when the countries do not disagree.
    case brandWord = 4
    /// The same registrable domain of a website that is not a shared host, used by few names.
    case website = 5
    /// A looser rule (the same words in another order, the name's own acronym, one edit in a long
    /// name), allowed only when the countries do not disagree. Shown as such: it may be wrong.
    case fuzzy = 6

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .exact: "exact"
        case .legalFormIgnored: "legal form ignored"
        case .transliteration: "transliteration"
        case .acronym: "acronym"
        case .brandWord: "brand word"
        case .website: "website"
        case .fuzzy: "fuzzy"
        }
    }
}
