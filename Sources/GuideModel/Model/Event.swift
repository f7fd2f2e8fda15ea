/// The event as a whole: one venue, one time zone, one or more co-located shows.
public struct Event: Sendable, Hashable {
    public var id: String
    public var name: String
    public var venue: Venue
    /// IANA identifier, validated at load time.
    public var timeZoneID: String
    public var dataAsOf: LocalDate
    /// What the data does and does not contain, in the data's own words.
    public var notice: String
    public var website: String?
    public var organisers: [Organiser]
    public var notes: [Note]

    public init(id: String, name: String, venue: Venue, timeZoneID: String, dataAsOf: LocalDate,
                notice: String, website: String? = nil, organisers: [Organiser] = [], notes: [Note] = []) {
        self.id = id
        self.name = name
        self.venue = venue
        self.timeZoneID = timeZoneID
        self.dataAsOf = dataAsOf
        self.notice = notice
        self.website = website
        self.organisers = organisers
        self.notes = notes
    }
}

/// Where the event is held.
public struct Venue: Sendable, Hashable {
    public var name: String
    public var address: String?
    public var latitude: Double?
    public var longitude: Double?
    public var sources: [String]

    public init(name: String, address: String? = nil, latitude: Double? = nil, longitude: Double? = nil, sources: [String] = []) {
        self.name = name
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.sources = sources
    }
}

/// Who organises the event and in what role.
public struct Organiser: Sendable, Hashable {
    public var name: String
    public var role: String
    public var sources: [String]

    public init(name: String, role: String, sources: [String]) {
        self.name = name
        self.role = role
        self.sources = sources
    }
}

/// A sourced statement about the event that has no better place in the model.
public struct Note: Sendable, Hashable {
    public var topic: String
    public var text: String
    public var confidence: Confidence
    public var sources: [String]

    public init(topic: String, text: String, confidence: Confidence, sources: [String]) {
        self.topic = topic
        self.text = text
        self.confidence = confidence
        self.sources = sources
    }
}
