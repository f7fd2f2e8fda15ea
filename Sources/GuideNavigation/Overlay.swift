import GuideModel
import GuidePlan
import GuideSearch

/// Something drawn over the current screen that takes the keys until it is closed.
public enum Overlay: Sendable, Hashable {
    case help(scroll: Int)
    case search(SearchOverlay)
    case filter(FilterPanel)
    case note(NoteEditor)
    case export(ExportPanel)
}

/// The note being written for a plan item. Saved on Enter, dropped on Esc.
public struct NoteEditor: Sendable, Hashable {
    public var item: PlanItem
    public var text: String
    /// The note when the editor opened, to tell "cleared" from "unchanged".
    public var original: String

    /// Longer notes belong in a file; this keeps the plan file and the screen sane.
    public static let maximumLength = PlanNote.maximumLength

    public init(item: PlanItem, text: String) {
        self.item = item
        self.text = text
        original = text
    }
}

/// The export choices of My plan: a format, and whether visits go in as to-dos (iCalendar).
public struct ExportPanel: Sendable, Hashable {
    public var list: ListState
    public var includeVisits: Bool

    public init(list: ListState = ListState(), includeVisits: Bool = false) {
        self.list = list
        self.includeVisits = includeVisits
    }

    public static let formats = PlanExportFormat.allCases

    public var format: PlanExportFormat { Self.formats[min(max(0, list.selected), Self.formats.count - 1)] }
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

/// The facet picker of the exhibitor list: one facet at a time, values with counts, narrowed
/// by what is typed (thousands of categories or fairs are found by typing, not by paging).
public struct FilterPanel: Sendable, Hashable {
    public var facet: Facet
    public var list: ListState
    /// Typed text: only values with a word starting with each typed word are listed.
    public var query: String
    public var order: FacetOrder

    public init(facet: Facet = .show, list: ListState = ListState(), query: String = "", order: FacetOrder = .count) {
        self.facet = facet
        self.list = list
        self.query = query
        self.order = order
    }
}
