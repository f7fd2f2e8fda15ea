import GuideModel

/// The editions screen: for each series, a bar chart of exhibitors per edition (one line per
/// edition) and the editions to open. Rows do not depend on the width: a chart line is drawn at
/// whatever width the screen has.
public enum EditionsRow: Sendable, Hashable {
    case series(String)
    /// Line `edition` of a series' chart.
    case chartLine(series: String, edition: Int)
    /// An edition to open: its show id.
    case edition(String)

    public var isSelectable: Bool {
        if case .edition = self { return true }
        return false
    }
}

/// Which of an edition's exhibitors a list shows.
public enum EditionGroup: String, Sendable, Hashable, CaseIterable {
    case all, new, returning, notReturning

    public var title: String {
        switch self {
        case .all: "all"
        case .new: "new"
        case .returning: "returning"
        case .notReturning: "not returning"
        }
    }
}

/// A line of an edition's list: an exhibitor of the catalog, or a company known only by its name
/// on a comparison list (it cannot be opened).
public enum EditionListEntry: Sendable, Hashable {
    case exhibitor(String)
    case name(String)

    public var exhibitorID: String? {
        if case .exhibitor(let id) = self { return id }
        return nil
    }
}

/// One edition: its exhibitors, one group at a time.
public struct EditionRoute: Sendable, Hashable {
    public var showID: String
    public var group: EditionGroup
    public var list: ListState

    public init(showID: String, group: EditionGroup = .new, list: ListState = ListState()) {
        self.showID = showID
        self.group = group
        self.list = list
    }
}

extension Rows {
    public static func editions(in catalog: Catalog) -> [EditionsRow] {
        var rows: [EditionsRow] = []
        for series in catalog.history?.series ?? [] {
            rows.append(.series(series.id))
            rows += series.editions.indices.map { .chartLine(series: series.id, edition: $0) }
            rows += series.editions.map { .edition($0.showID) }
        }
        return rows
    }

    /// The edition's statistics, wherever its series is.
    public static func edition(_ showID: String, in catalog: Catalog) -> EditionStats? {
        catalog.history?.series(ofShow: showID)?.editions.first { $0.showID == showID }
    }

    /// The entries of an edition's group: exhibitors of the catalog (only those it has), then, for
    /// not returning, companies known only by name from a comparison list.
    public static func edition(_ route: EditionRoute, in catalog: Catalog) -> [EditionListEntry] {
        guard let stats = edition(route.showID, in: catalog) else { return [] }
        let ids: [String]
        var names: [String] = []
        switch route.group {
        case .all: ids = stats.exhibitorIDs
        case .new: ids = stats.newIDs
        case .returning: ids = stats.returningIDs
        case .notReturning:
            ids = stats.notReturningIDs
            names = stats.notReturningNames
        }
        return ids.filter { catalog.exhibitor(id: $0) != nil }.map { .exhibitor($0) } + names.map { .name($0) }
    }

    static func isHeading(_ row: EditionsRow) -> Bool { !row.isSelectable }
}
