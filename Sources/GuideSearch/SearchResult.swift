import GuideModel

/// What a search hit is: results are grouped by these, in this order.
public enum SearchKind: String, Sendable, Hashable, CaseIterable {
    case exhibitor, product, category, country, programme

    /// Heading for a group of results.
    public var pluralName: String {
        switch self {
        case .exhibitor: "Exhibitors"
        case .product: "Products"
        case .category: "Categories"
        case .country: "Countries"
        case .programme: "Programme"
        }
    }
}

/// One thing a query found, with the text that matched so the result can say why it is there.
public struct SearchHit: Sendable, Hashable {
    public var kind: SearchKind
    /// The id of the exhibitor, product, category, programme item, or the country code.
    public var id: String
    /// What to show as the result's title.
    public var title: String
    /// The field that matched best ("name", "also known as", "people"...).
    public var matchedField: String
    /// The text of that field.
    public var matchedText: String
    /// Higher is better; only meaningful within one query.
    public var score: Int

    public init(kind: SearchKind, id: String, title: String, matchedField: String, matchedText: String, score: Int) {
        self.kind = kind
        self.id = id
        self.title = title
        self.matchedField = matchedField
        self.matchedText = matchedText
        self.score = score
    }
}

/// The hits of one query, grouped by kind, best first within each group.
public struct SearchResults: Sendable, Hashable {
    public var query: String
    public var groups: [(kind: SearchKind, hits: [SearchHit])]
    /// Hits found before `limit` cut each group, per kind.
    public var totalCounts: [SearchKind: Int]

    public init(query: String, groups: [(kind: SearchKind, hits: [SearchHit])], totalCounts: [SearchKind: Int]) {
        self.query = query
        self.groups = groups
        self.totalCounts = totalCounts
    }

    public var isEmpty: Bool { groups.allSatisfy { $0.hits.isEmpty } }
    public var allHits: [SearchHit] { groups.flatMap(\.hits) }

    public static func == (lhs: SearchResults, rhs: SearchResults) -> Bool {
        lhs.query == rhs.query && lhs.allHits == rhs.allHits && lhs.totalCounts == rhs.totalCounts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(query)
        hasher.combine(allHits)
    }
}
