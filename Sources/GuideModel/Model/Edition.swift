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

/// An exhibitor found on another edition's list, and how sure the match is.
public struct EditionAttendance: Sendable, Hashable {
    /// How the names matched (see GuideFairs' matching rule): the same name once case, accents and
    /// punctuation are ignored; the same once legal forms (LTD, JSC, A.Ş.) are ignored too; or a
    /// fuzzy match, which is shown as such.
    public enum Match: String, Sendable, Hashable, CaseIterable {
        case exact
        case legalFormIgnored = "legal-form-ignored"
        case fuzzy

        public var isFuzzy: Bool { self == .fuzzy }
    }

    public var edition: String
    /// The name as spelled on that edition's list.
    public var nameThere: String
    public var match: Match

    public init(edition: String, nameThere: String, match: Match) {
        self.edition = edition
        self.nameThere = nameThere
        self.match = match
    }
}
