/// An official delegation a fair's source lists as invited (a ministry, an armed force, a
/// procurement agency), with the country it comes from when the source says.
public struct Delegation: Sendable, Hashable {
    /// As the source names it; the country's name when the source names only a country.
    public var name: String
    /// ISO 3166-1 alpha-2 code, or nil when not known.
    public var country: String?

    public init(name: String, country: String? = nil) {
        self.name = name
        self.country = country
    }
}
