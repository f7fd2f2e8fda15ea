/// A headline figure with every source's value kept side by side, never reconciled.
public struct Figure: Sendable, Hashable, Identifiable {
    public var id: String
    public var topic: String
    public var show: String?
    public var values: [FigureValue]

    public init(id: String, topic: String, show: String? = nil, values: [FigureValue]) {
        self.id = id
        self.topic = topic
        self.show = show
        self.values = values
    }

    /// True when the sources do not all give the same figure.
    public var sourcesDiffer: Bool {
        Set(values.map { $0.count.map(String.init) ?? $0.value }).count > 1
    }
}

/// What one source (or group of sources) says a figure is.
public struct FigureValue: Sendable, Hashable {
    public var value: String
    public var count: Int?
    public var note: String?
    public var sources: [String]
    public var confidence: Confidence

    public init(value: String, count: Int? = nil, note: String? = nil, sources: [String], confidence: Confidence) {
        self.value = value
        self.count = count
        self.note = note
        self.sources = sources
        self.confidence = confidence
    }
}
