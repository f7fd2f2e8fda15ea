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
    /// The `approxDate` text as written ("2019-11", "spring 2008").
    public var approxDate: String?
    /// When the fair has no usable start and end date: how approximately it is dated (from
    /// `approxDate`, else a lone start or end date, else the edition's or the file name's year,
    /// each derived one reported as an oddity). Nil when the exact dates are known, or nothing
    /// dates the fair at all.
    public var approximateDate: ApproximateDate?
    public var address: FairAddress?
    public var country: OneOrMany<FairCountry>?
    /// The first website given.
    public var website: String?
    /// The further websites of a `website` list, in order (a second address is still the fair's).
    public var otherWebsites: [String]
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
    /// The official delegations the file lists (`delegation`), in its order; entries that name
    /// nothing are left out and reported.
    public var delegations: [Delegation]
    /// Top-level fields this reader does not know, in file order.
    public var otherFields: [String]

    public init(name: String? = nil, series: String? = nil, edition: String? = nil, aliases: OneOrMany<String>? = nil,
                startDate: LocalDate? = nil, endDate: LocalDate? = nil, approxDate: String? = nil,
                approximateDate: ApproximateDate? = nil,
                address: FairAddress? = nil, country: OneOrMany<FairCountry>? = nil, website: String? = nil,
                otherWebsites: [String] = [],
                social: [FairSocialLink] = [], organisers: [FairOrganiser] = [], exhibitorListURL: String? = nil,
                exhibitorListDateText: String? = nil, exhibitorListDate: LocalDate? = nil, exhibitors: [FairExhibitor] = [],
                hasExhibitorList: Bool = false, exhibitorListIncomplete: Bool? = nil, online: Bool? = nil,
                delegations: [Delegation] = [], otherFields: [String] = []) {
        self.name = name
        self.series = series
        self.edition = edition
        self.aliases = aliases
        self.startDate = startDate
        self.endDate = endDate
        self.approxDate = approxDate
        self.approximateDate = approximateDate
        self.address = address
        self.country = country
        self.website = website
        self.otherWebsites = otherWebsites
        self.social = social
        self.organisers = organisers
        self.exhibitorListURL = exhibitorListURL
        self.exhibitorListDateText = exhibitorListDateText
        self.exhibitorListDate = exhibitorListDate
        self.exhibitors = exhibitors
        self.hasExhibitorList = hasExhibitorList
        self.exhibitorListIncomplete = exhibitorListIncomplete
        self.online = online
        self.delegations = delegations
        self.otherFields = otherFields
    }
}
