import GuideModel
import GuideSearch

/// Something drawn over the current screen that takes the keys until it is closed.
public enum Overlay: Sendable, Hashable {
    case help(scroll: Int)
    case search(SearchOverlay)
    case filter(FilterPanel)
}

/// The `/` search: the query being typed and its live results.
public struct SearchOverlay: Sendable, Hashable {
    public var query: String
    public var results: SearchResults
    public var list: ListState

    public init(query: String = "", results: SearchResults = SearchResults(query: "", groups: [], totalCounts: [:]),
                list: ListState = ListState()) {
        self.query = query
        self.results = results
        self.list = list
    }

    /// Hits in display order (groups flattened), the list the selection moves over.
    public var hits: [SearchHit] { results.allHits }
}

/// The facet picker of the exhibitor list: one facet at a time, values with counts.
public struct FilterPanel: Sendable, Hashable {
    public var facet: Facet
    public var list: ListState

    public init(facet: Facet = .show, list: ListState = ListState()) {
        self.facet = facet
        self.list = list
    }
}
