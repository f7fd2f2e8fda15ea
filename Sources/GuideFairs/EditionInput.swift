/// One edition of a fair series (ADEX 2024, DSEI 2023...) with its exhibitor list: the input of
/// `ExhibitorMatching`. Kept apart from the fair-file reader so history is pure logic on plain values.
public struct EditionInput: Sendable, Equatable {
    /// Unique among all editions given together (e.g. the file name "adex-2024").
    public var id: String
    /// The series the edition belongs to ("ADEX"); editions of one series are compared with each other.
    /// Compared folded (case, accents and punctuation ignored), so "ADEX" and "Adex" are one series.
    public var series: String
    /// The edition as the dataset names it ("2024", "2023-spring"): orders editions of a series
    /// after `year`, numbers compared as numbers.
    public var edition: String
    /// The year the edition took place, when known: orders editions and lists fairs by year.
    public var year: Int?
    /// The fair's display name ("ADEX 2024").
    public var name: String
    public var exhibitors: [EditionEntry]
    /// The fair's own hosts (its website, its list's address, its organisers' sites), lower case
    /// without `www.` (`FairWebsite.organiserHosts`): an exhibitor "website" there is the
    /// organiser's page about it, no evidence of which company it is.
    public var organiserHosts: Set<String>

    public init(id: String, series: String, edition: String, year: Int?, name: String, exhibitors: [EditionEntry],
                organiserHosts: Set<String> = []) {
        self.id = id
        self.series = series
        self.edition = edition
        self.year = year
        self.name = name
        self.exhibitors = exhibitors
        self.organiserHosts = organiserHosts
    }
}
