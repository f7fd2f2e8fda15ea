/// A public source the data cites; facts point at sources by id so the guide can say where a
/// fact comes from.
public struct Source: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var publisher: String?
    /// As precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?
    public var dateNote: String?
    public var url: String?
    public var note: String?

    public init(id: String, title: String, publisher: String? = nil, date: String? = nil,
                dateNote: String? = nil, url: String? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.dateNote = dateNote
        self.url = url
        self.note = note
    }
}
