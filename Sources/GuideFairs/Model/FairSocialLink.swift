/// A social media account: `{"platform": "twitter", "url": "https://..."}`.
public struct FairSocialLink: Sendable, Hashable {
    public var platform: String?
    public var url: String?

    public init(platform: String? = nil, url: String? = nil) {
        self.platform = platform
        self.url = url
    }
}
