/// An exhibitor, or another organisation the sources place at the event.
public struct Exhibitor: Sendable, Hashable, Identifiable {
    public var id: String
    /// As published, spelling kept.
    public var name: String
    public var altNames: [String]
    /// ISO code; nil when no source gives a country.
    public var country: String?
    /// Empty when the sources do not say which show it belonged to.
    public var shows: [String]
    public var showNote: String?
    /// On the organiser's exhibitor list (true) or only reported at the event (false).
    public var listed: Bool
    public var kind: String
    /// Empty when the sources give no category.
    public var categories: [String]
    /// Nil when the stand is not published.
    public var stand: StandRef?
    public var description: String?
    public var website: String?
    /// Further websites the sources give (a second address is still the company's), in order.
    public var otherWebsites: [String] = []
    public var sources: [String]
    public var confidence: Confidence
    /// Other editions of the show this exhibitor was also at (empty when none, or when the catalog
    /// was not compared with any: see `Catalog.editions`).
    public var editions: [EditionAttendance] = []

    public init(id: String, name: String, altNames: [String] = [], country: String? = nil, shows: [String] = [],
                showNote: String? = nil, listed: Bool = true, kind: String, categories: [String] = [],
                stand: StandRef? = nil, description: String? = nil, website: String? = nil,
                sources: [String], confidence: Confidence) {
        self.id = id
        self.name = name
        self.altNames = altNames
        self.country = country
        self.shows = shows
        self.showNote = showNote
        self.listed = listed
        self.kind = kind
        self.categories = categories
        self.stand = stand
        self.description = description
        self.website = website
        self.sources = sources
        self.confidence = confidence
    }
}

/// Where an exhibitor stands: a hall, and a stand code when one is published.
public struct StandRef: Sendable, Hashable {
    public var hall: String
    public var code: String?

    public init(hall: String, code: String? = nil) {
        self.hall = hall
        self.code = code
    }
}
