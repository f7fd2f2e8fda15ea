/// What a catalog opened from several fair files knows about their history: the series (fairs
/// of the same `series`, e.g. ADEX) with their editions in order, and for each edition who was
/// new, who returned and who stayed away. Computed when the files are opened (GuideFairs); the
/// screens and commands only read it.
public struct FairHistory: Sendable, Hashable {
    public var series: [SeriesHistory]
    /// Files of the folder that could not be read and are not in the catalogue.
    public var unreadableFiles: [UnreadableFile]

    public init(series: [SeriesHistory], unreadableFiles: [UnreadableFile] = []) {
        self.series = series
        self.unreadableFiles = unreadableFiles
    }

    /// The series an edition (a show id of the catalog) belongs to.
    public func series(ofShow showID: String) -> SeriesHistory? {
        series.first { $0.editions.contains { $0.showID == showID } }
    }
}

/// One series: its editions, oldest first.
public struct SeriesHistory: Sendable, Hashable, Identifiable {
    /// The series as the dataset names it ("ADEX").
    public var id: String
    public var name: String
    public var editions: [EditionStats]

    public init(id: String, name: String, editions: [EditionStats]) {
        self.id = id
        self.name = name
        self.editions = editions
    }
}

/// One edition of a series and how its exhibitor list compares with the earlier ones.
public struct EditionStats: Sendable, Hashable {
    /// The fair's show id in the catalog (exhibitors' `shows` name it).
    public var showID: String
    /// "ADEX 2024".
    public var name: String
    public var year: Int?
    /// False for a fair whose list was not published (metadata only): its counts are unknown,
    /// not zero, and it does not count as "the previous edition" for not-returning.
    public var listPublished: Bool
    /// Exhibitors (catalog ids) at this edition, in catalog order.
    public var exhibitorIDs: [String]
    /// At no earlier edition of the series.
    public var newIDs: [String]
    /// At some earlier edition of the series.
    public var returningIDs: [String]
    /// At the previous edition with a list, not at this one.
    public var notReturningIDs: [String]
    /// Exhibitors per country, most first; `code` nil for "country not given".
    public var countries: [CountryTally]
    /// Companies on the edition's list. Usually `exhibitorIDs.count`; more when the edition is
    /// only a comparison list whose companies are not all exhibitors of this catalog (the bundled
    /// ADEX-2024 guide's ADEX 2022).
    public var listedCount: Int
    /// Not-returning companies that are not exhibitors of this catalog, by name (from such a
    /// comparison list).
    public var notReturningNames: [String]

    public init(showID: String, name: String, year: Int?, listPublished: Bool, exhibitorIDs: [String], newIDs: [String],
                returningIDs: [String], notReturningIDs: [String], countries: [CountryTally], listedCount: Int? = nil,
                notReturningNames: [String] = []) {
        self.listedCount = listedCount ?? exhibitorIDs.count
        self.notReturningNames = notReturningNames
        self.showID = showID
        self.name = name
        self.year = year
        self.listPublished = listPublished
        self.exhibitorIDs = exhibitorIDs
        self.newIDs = newIDs
        self.returningIDs = returningIDs
        self.notReturningIDs = notReturningIDs
        self.countries = countries
    }
}

/// Exhibitors from one country at one edition.
public struct CountryTally: Sendable, Hashable {
    /// ISO code; nil for exhibitors whose country is not given.
    public var code: String?
    public var count: Int

    public init(code: String?, count: Int) {
        self.code = code
        self.count = count
    }
}
