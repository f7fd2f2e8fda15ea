/// One organiser of a fair (`organiser` is one object or a list of them).
public struct FairOrganiser: Sendable, Hashable {
    public var name: String?
    public var address: String?
    public var telephone: String?
    public var email: String?
    public var website: String?
    public var social: [FairSocialLink]

    public init(name: String? = nil, address: String? = nil, telephone: String? = nil, email: String? = nil,
                website: String? = nil, social: [FairSocialLink] = []) {
        self.name = name
        self.address = address
        self.telephone = telephone
        self.email = email
        self.website = website
        self.social = social
    }
}
