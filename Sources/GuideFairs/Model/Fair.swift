import GuideModel

/// One fair file of the CAAT/Omega arms-fair dataset, as read: typed, but not yet normalised.
///
/// Every field is optional because the dataset's files are: some fairs have only a name and dates,
/// most exhibitor lists leave countries out. Strings are verbatim and untrusted (see
/// `FairReader` for what is checked while reading and `FairConverter` for what is normalised).
public struct Fair: Sendable, Hashable {
    public var name: String?
    public var series: String?
    /// The dataset's edition, usually the year ("2024"), not an ordinal.
    public var edition: String?
    public var aliases: OneOrMany<String>?
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    /// When only an approximate date is known ("2019-11", "spring 2008"), as written.
    public var approxDate: String?
    public var address: FairAddress?
    public var country: OneOrMany<FairCountry>?
    public var website: String?
    public var social: [FairSocialLink]
    public var organisers: [FairOrganiser]
    public var exhibitorListURL: String?
    /// When the dataset copied the organiser's list, as written ("2025-04-24T10:08:28+00:00").
    public var exhibitorListDateText: String?
    /// The day of `exhibitorListDateText`.
    public var exhibitorListDate: LocalDate?
    public var exhibitors: [FairExhibitor]
    /// Whether the file has an `exhibitor` list at all (a fair without one is metadata only).
    public var hasExhibitorList: Bool
    /// The dataset says the list it holds is not the whole list.
    public var exhibitorListIncomplete: Bool?
    /// The dataset marks the fair as held online.
    public var online: Bool?
    /// Official delegations listed, when the file has a `delegation` list (not carried over:
    /// `adex-guide/1` has no place for them).
    public var delegationCount: Int?
    /// Top-level fields this reader does not know, in file order.
    public var otherFields: [String]

    public init(name: String? = nil, series: String? = nil, edition: String? = nil, aliases: OneOrMany<String>? = nil,
                startDate: LocalDate? = nil, endDate: LocalDate? = nil, approxDate: String? = nil,
                address: FairAddress? = nil, country: OneOrMany<FairCountry>? = nil, website: String? = nil,
                social: [FairSocialLink] = [], organisers: [FairOrganiser] = [], exhibitorListURL: String? = nil,
                exhibitorListDateText: String? = nil, exhibitorListDate: LocalDate? = nil, exhibitors: [FairExhibitor] = [],
                hasExhibitorList: Bool = false, exhibitorListIncomplete: Bool? = nil, online: Bool? = nil,
                delegationCount: Int? = nil, otherFields: [String] = []) {
        self.name = name
        self.series = series
        self.edition = edition
        self.aliases = aliases
        self.startDate = startDate
        self.endDate = endDate
        self.approxDate = approxDate
        self.address = address
        self.country = country
        self.website = website
        self.social = social
        self.organisers = organisers
        self.exhibitorListURL = exhibitorListURL
        self.exhibitorListDateText = exhibitorListDateText
        self.exhibitorListDate = exhibitorListDate
        self.exhibitors = exhibitors
        self.hasExhibitorList = hasExhibitorList
        self.exhibitorListIncomplete = exhibitorListIncomplete
        self.online = online
        self.delegationCount = delegationCount
        self.otherFields = otherFields
    }
}
