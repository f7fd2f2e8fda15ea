/// Why two entries (or a company's listings at two fairs) are taken for one company: the tier, the
/// level, and the detail a reader can check (the shared domain, the brand word, the acronym).
/// Ordered surest first: by level, then by tier.
public struct ExhibitorMatchEvidence: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let kind: ExhibitorMatchKind
    public let level: MatchLevel
    /// What was shared, as the reader would check it: "rafael.co.il", "RAFAEL", "HTR"; for the
    /// fuzzy tier, which loosening ("same words in another order"). Nil when the kind says it all.
    public let detail: String?

    public init(_ kind: ExhibitorMatchKind, _ level: MatchLevel, detail: String? = nil) {
        self.kind = kind
        self.level = level
        self.detail = detail
    }

    /// The evidence in words: "same name", "same website rafael.co.il", "brand word RAFAEL",
    /// "acronym HTR in brackets", "same name in another spelling (transliteration)".
    public var text: String {
        switch kind {
        case .exact: "same name"
        case .legalFormIgnored: "same name without legal form"
        case .transliteration: "same name in another spelling (transliteration)"
        case .acronym: "acronym " + (detail ?? "")
        case .brandWord: "brand word " + (detail ?? "")
        case .website: "same website " + (detail ?? "") + (level == .probable ? " (countries differ)" : "")
        case .fuzzy: detail ?? "a similar name"
        }
    }

    /// "certain: same website rafael.co.il".
    public var description: String { "\(level): \(text)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.level != rhs.level ? lhs.level < rhs.level : lhs.kind < rhs.kind
    }

    static let sameName = ExhibitorMatchEvidence(.exact, .certain)
    static let sameNameWithoutLegalForm = ExhibitorMatchEvidence(.legalFormIgnored, .certain)
    /// Entries of one company at two fairs tied only through its other listings (or by one edit).
    static let similarName = ExhibitorMatchEvidence(.fuzzy, .probable, detail: "a similar name")
}
