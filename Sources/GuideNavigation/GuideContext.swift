import GuideModel
import GuidePlan
import GuideSearch

/// What the state machine reads but never changes: the catalog, its search index, and how tall
/// a detail screen's text is at a given width (the renderer knows; scrolling must clamp to it).
public struct GuideContext: Sendable {
    public let catalog: Catalog
    /// The search index, or nil while it is still being built (large shows build it in the
    /// background so the first screen does not wait for it).
    public let search: SearchIndex?
    /// Series and fairs by name, for a catalogue of several fairs (nil otherwise).
    public let fairSearch: FairSearch?
    /// Lines of content a detail route (exhibitor, product, programme item, home, help) needs at
    /// `width` columns, with the plan (a favourite's detail shows its priority, note and clashes).
    public let contentHeight: @Sendable (Route, Int, Plan) -> Int
    /// Lines of the help text at a width.
    public let helpHeight: @Sendable (Int) -> Int
    /// The line of the help text (at a width) where the keys of a screen are described: the
    /// help opens there, the general keys being one Home away.
    public let helpStart: @Sendable (Route, Int) -> Int

    public init(catalog: Catalog, search: SearchIndex?, fairSearch: FairSearch? = nil,
                contentHeight: @escaping @Sendable (Route, Int, Plan) -> Int,
                helpHeight: @escaping @Sendable (Int) -> Int,
                helpStart: @escaping @Sendable (Route, Int) -> Int = { _, _ in 0 }) {
        self.catalog = catalog
        self.search = search
        self.fairSearch = fairSearch ?? FairSearch(catalog)
        self.contentHeight = contentHeight
        self.helpHeight = helpHeight
        self.helpStart = helpStart
    }
}
