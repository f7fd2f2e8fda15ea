/// An address: `{"text", "iso2", "lat", "lon"}` or a plain string (then only `text`).
public struct FairAddress: Sendable, Hashable {
    /// Often several lines, the country last.
    public var text: String?
    public var iso2: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(text: String? = nil, iso2: String? = nil, latitude: Double? = nil, longitude: Double? = nil) {
        self.text = text
        self.iso2 = iso2
        self.latitude = latitude
        self.longitude = longitude
    }
}
