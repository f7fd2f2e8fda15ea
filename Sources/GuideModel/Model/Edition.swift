/// Another edition of the show whose exhibitor list the catalog's exhibitors were compared with
/// (for the bundled guide: ADEX 2022, from the CAAT/Omega dataset).
public struct Edition: Sendable, Hashable, Identifiable {
    public var id: String
    /// As the list names it: "ADEX 2022".
    public var name: String
    public var year: Int?
    /// Entries on that edition's list (after merging duplicate spellings).
    public var exhibitorCount: Int
    /// Ids of the catalog's sources for that list.
    public var sources: [String]

    public init(id: String, name: String, year: Int?, exhibitorCount: Int, sources: [String]) {
        self.id = id
        self.name = name
        self.year = year
        self.exhibitorCount = exhibitorCount
        self.sources = sources
    }
}

/// An exhibitor found on another edition's list, how sure the match is, and why.
public struct EditionAttendance: Sendable, Hashable {
    /// On what the match rests (see GuideFairs' matching rule): the same name once case, accents
    /// and punctuation are ignored; the same once legal forms (LTD, JSC, A.Ş.) are ignored too; the
    /// same name in another script or romanisation; an acronym the name gives; a distinctive
    /// brand word that is the whole other name; the same website; or a fuzzy match.
    public enum Match: String, Sendable, Hashable, CaseIterable {
        case exact
        case legalFormIgnored = "legal-form-ignored"
        case transliteration
        case acronym
        case brandWord = "brand-word"
        case website
        case fuzzy

        public var isFuzzy: Bool { self == .fuzzy }

        /// The level a match of this kind has unless the evidence says otherwise.
        public var usualLevel: Level {
            switch self {
            case .exact, .legalFormIgnored, .transliteration, .acronym, .brandWord, .website: .certain
            case .fuzzy: .probable
            }
        }

        /// The evidence in words when nothing more is known ("same name without legal form").
        public var usualEvidence: String {
            switch self {
            case .exact: "same name"
            case .legalFormIgnored: "same name without legal form"
            case .transliteration: "same name in another spelling (transliteration)"
            case .acronym: "acronym"
            case .brandWord: "brand word"
            case .website: "same website"
            case .fuzzy: "a similar name"
            }
        }
    }

    /// How sure: certain (a careful reader would say so) or probable (likely; judge the evidence).
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case certain
        case probable
    }

    public var edition: String
    /// The name as spelled on that edition's list.
    public var nameThere: String
    public var match: Match
    public var level: Level
    /// What ties the two listings, for the reader to check: "same website rafael.co.il", "brand
    /// word RAFAEL", "acronym HTR", "same words in another order".
    public var evidence: String

    public init(edition: String, nameThere: String, match: Match, level: Level? = nil, evidence: String? = nil) {
        self.edition = edition
        self.nameThere = nameThere
        self.match = match
        self.level = level ?? match.usualLevel
        self.evidence = evidence ?? match.usualEvidence
    }

    /// "certain: same website rafael.co.il".
    public var levelAndEvidence: String { "\(level.rawValue): \(evidence)" }
}
