/// One exhibitor entry of one fair edition, as the edition history needs it: names, a country and
/// websites. A type of its own, so matching and history do not depend on how fair files are read;
/// the reader fills it from whatever the file holds.
public struct EditionEntry: Sendable, Equatable, Hashable {
    /// Unique within its edition (the reader's choice: an index or a slug).
    public var id: String
    /// The name as listed, verbatim (typos, quotes and legal forms included).
    public var name: String
    /// Other names of the same entry (transliterations, aliases): matched like `name`.
    public var altNames: [String]
    /// ISO 3166-1 alpha-2 code, or nil when the list gives none. Case does not matter.
    public var country: String?
    /// Every website the entry gives, as written (scheme, `www.` and paths do not matter): their
    /// registrable domains are evidence of the company (`WebsiteDomain`).
    public var websites: [String]

    public init(id: String, name: String, altNames: [String] = [], country: String? = nil, websites: [String] = []) {
        self.id = id
        self.name = name
        self.altNames = altNames
        self.country = country
        self.websites = websites
    }
}
