/// One entry of a fair's exhibitor list, as read: every field optional, every string verbatim
/// (spelling, case, stray spaces and control characters kept). Normalising is the converter's job,
/// which reports each change against `index`.
public struct FairExhibitor: Sendable, Hashable {
    /// Position in the file's `exhibitor` list, for report paths (`$.exhibitor[index]`).
    public var index: Int
    public var name: String?
    public var aliases: OneOrMany<String>?
    public var country: OneOrMany<FairCountry>?
    public var category: OneOrMany<String>?
    /// The first website given.
    public var website: String?
    /// The further websites of a `website` list, in order (a second address is still the company's).
    public var otherWebsites: [String]
    /// The exhibitor's page on the organiser's site.
    public var exhibitorURL: String?
    public var address: FairAddress?
    public var telephone: OneOrMany<String>?
    public var email: OneOrMany<String>?
    public var social: [FairSocialLink]
    /// Fields this reader does not know, in file order: reported as not carried over.
    public var otherFields: [String]

    public init(index: Int, name: String? = nil, aliases: OneOrMany<String>? = nil, country: OneOrMany<FairCountry>? = nil,
                category: OneOrMany<String>? = nil, website: String? = nil, otherWebsites: [String] = [], exhibitorURL: String? = nil,
                address: FairAddress? = nil, telephone: OneOrMany<String>? = nil, email: OneOrMany<String>? = nil,
                social: [FairSocialLink] = [], otherFields: [String] = []) {
        self.index = index
        self.name = name
        self.aliases = aliases
        self.country = country
        self.category = category
        self.website = website
        self.otherWebsites = otherWebsites
        self.exhibitorURL = exhibitorURL
        self.address = address
        self.telephone = telephone
        self.email = email
        self.social = social
        self.otherFields = otherFields
    }
}
