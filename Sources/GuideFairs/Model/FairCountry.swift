/// A country as the dataset writes it: `{"text": "Türkiye", "iso2": "TR"}`, or only the text
/// (`"FRANCE"`). Both parts are as read, untrusted: the text is sometimes a whole address and the
/// code a geocoder's guess (see `CountryResolver`).
public struct FairCountry: Sendable, Hashable {
    public var text: String?
    public var iso2: String?

    public init(text: String? = nil, iso2: String? = nil) {
        self.text = text
        self.iso2 = iso2
    }
}
