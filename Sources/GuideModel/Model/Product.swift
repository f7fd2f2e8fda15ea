/// A product a source says was shown at the event.
///
/// Products are top-level (not nested in exhibitors) because sources often name a product without
/// naming who showed it; `origin` then says in words what is known.
public struct Product: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var type: String?
    public var exhibitor: String?
    public var origin: String?
    public var categories: [String]
    public var description: String?
    public var sources: [String]
    public var confidence: Confidence

    public init(id: String, name: String, type: String? = nil, exhibitor: String? = nil, origin: String? = nil,
                categories: [String] = [], description: String? = nil, sources: [String], confidence: Confidence) {
        self.id = id
        self.name = name
        self.type = type
        self.exhibitor = exhibitor
        self.origin = origin
        self.categories = categories
        self.description = description
        self.sources = sources
        self.confidence = confidence
    }
}
