/// One bar of a per-country chart: how many companies of an edition came from a country.
public struct CountryCount: Sendable, Equatable {
    public enum Group: Sendable, Hashable {
        /// An ISO 3166-1 alpha-2 code, upper case.
        case country(String)
        /// The countries left out of a top-N list, grouped: their number.
        case otherCountries(Int)
        /// Companies whose entries give no country.
        case unknown
    }

    public let group: Group
    public let count: Int

    public init(_ group: Group, count: Int) {
        self.group = group
        self.count = count
    }
}
