import GuideModel

/// What opening several fair files did, for `info` and warnings: each fair kept (its show, its
/// list and where that comes from), the fairs left out and why, and the matching's totals.
public struct FairCollectionSummary: Sendable, Hashable {
    /// One fair of the catalogue.
    public struct FairFile: Sendable, Hashable {
        /// The file as given.
        public var file: String
        /// Its show in the catalogue.
        public var showID: String
        public var name: String
        public var series: String
        /// Entries in its list (0 when none was published).
        public var entriesRead: Int
        public var listPublished: Bool
        public var exhibitorListURL: String?
        public var exhibitorListDate: LocalDate?
    }

    /// A fair file read but not in the catalogue.
    public struct LeftOut: Sendable, Hashable {
        public var file: String
        public var name: String
        public var reason: String
    }

    /// The oddities of one fair file that was read anyway (a list where one value is usual, a
    /// value left out, a date corrected), as `FILE:JSONPATH: what was done` lines.
    public struct FileOddities: Sendable, Hashable {
        public var file: String
        /// Every oddity found, listed or not.
        public var count: Int
        /// The listed ones, then a line per kind of those not listed (`FairOddities.lines`).
        public var lines: [String]
    }

    /// In the order given.
    public var fairs: [FairFile]
    public var leftOut: [LeftOut]
    /// Named entries of all lists.
    public var entries: Int
    /// Companies they were matched into: the catalogue's exhibitors.
    public var companies: Int
    /// Companies listed at two fairs or more.
    public var companiesAtSeveralFairs: Int
    /// Files that could not be read and are not in the catalogue, in the order given.
    public var unreadable: [UnreadableFile] = []
    /// Files read with oddities, in the order given (`--strict` refuses them instead).
    public var oddities: [FileOddities] = []

    /// Oddities in all files.
    public var oddityCount: Int { oddities.reduce(0) { $0 + $1.count } }

    /// One sentence for `info`: "9 fairs, 7 with an exhibitor list: 7,043 entries, 6,512
    /// companies (391 at more than one fair)".
    public var summary: String {
        let withList = fairs.filter(\.listPublished).count
        var text = "\(fairs.count) \(fairs.count == 1 ? "fair" : "fairs"), \(withList) with an exhibitor list: "
        text += "\(entries) \(entries == 1 ? "entry" : "entries") matched into \(companies) \(companies == 1 ? "company" : "companies")"
        text += " (\(companiesAtSeveralFairs) at more than one fair)"
        if !leftOut.isEmpty { text += "; \(leftOut.count) left out (no date)" }
        if !unreadable.isEmpty { text += "; \(unreadable.count) \(unreadable.count == 1 ? "file" : "files") could not be read" }
        return text
    }
}
