/// One value of a facet filter: a real id, or "not given" (no country, no category in the list,
/// stand not published, show not stated) — which is a value people want to filter on too.
public enum FacetValue: Sendable, Hashable, Comparable {
    case id(String)
    case none

    public var id: String? {
        if case .id(let id) = self { return id }
        return nil
    }

    public static func < (lhs: FacetValue, rhs: FacetValue) -> Bool {
        switch (lhs, rhs) {
        case (.id(let a), .id(let b)): a < b
        case (.id, .none): true
        case (.none, _): false
        }
    }
}

/// The facets exhibitors can be filtered by. `edition` (also at an earlier edition, or new) exists
/// only when the catalog was compared with other editions (`Catalog.facets`).
public enum Facet: String, Sendable, Hashable, CaseIterable {
    case show, hall, category, country, kind, edition
}
