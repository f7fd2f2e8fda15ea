/// How the filter panel orders a facet's values.
public enum FacetOrder: String, Sendable, Hashable, CaseIterable {
    /// Most exhibitors first (given the other filters), then by name.
    case count
    /// By name for people (case and accents ignored).
    case name

    public var title: String {
        switch self {
        case .count: "by count"
        case .name: "by name"
        }
    }

    public var next: FacetOrder {
        switch self {
        case .count: .name
        case .name: .count
        }
    }
}
