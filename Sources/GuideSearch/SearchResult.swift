import GuideModel

/// What a search hit is: results are grouped by these, in this order.
public enum SearchKind: String, Sendable, Hashable, CaseIterable {
    case exhibitor, product, category, country, programme
    /// A series of fairs (ADEX, DSEI) and a fair of a catalogue of several: found by
    /// `FairSearch`, not stored in the index (appended last so the index's kind codes stay).
    case series, fair

    /// One result of this kind, in words.
    public var singularName: String {
        switch self {
        case .exhibitor: "exhibitor"
        case .product: "product"
        case .category: "category"
        case .country: "country"
        case .programme: "programme item"
        case .series: "series"
        case .fair: "fair"
        }
    }

    /// Heading for a group of results.
    public var pluralName: String {
        switch self {
        case .exhibitor: "Exhibitors"
        case .product: "Products"
        case .category: "Categories"
        case .country: "Countries"
        case .programme: "Programme"
        case .series: "Series"
        case .fair: "Fairs"
        }
    }
}

/// One thing a query found, with the text that matched so the result can say why it is there.
public struct SearchHit: Sendable, Hashable {
    public var kind: SearchKind
    /// The id of the exhibitor, product, category, programme item, fair (show), series, or the
    /// country code.
    public var id: String
    /// What to show as the result's title.
    public var title: String
    /// The field that matched best ("name", "also known as", "people"...).
    public var matchedField: String
    /// The text of that field.
    public var matchedText: String
    /// Higher is better; only meaningful within one query.
    public var score: Int
    /// Which characters of `matchedText` matched (offsets in `Character`s), for highlighting.
    public var highlights: [Range<Int>]

    public init(kind: SearchKind, id: String, title: String, matchedField: String, matchedText: String, score: Int,
                highlights: [Range<Int>] = []) {
        self.kind = kind
        self.id = id
        self.title = title
        self.matchedField = matchedField
        self.matchedText = matchedText
        self.score = score
        self.highlights = highlights
    }
}

extension SearchHit {
    /// At most `length` characters of the matched text around the first highlight, with "…" where
    /// it was cut, and the highlights moved to match: long descriptions show where they matched.
    public func excerpt(length: Int) -> (text: String, highlights: [Range<Int>]) {
        let characters = Array(matchedText)
        guard characters.count > length, length > 2 else { return (matchedText, highlights) }
        let focus = highlights.first?.lowerBound ?? 0
        var start = max(0, focus - length / 3)
        if start + length > characters.count { start = characters.count - length }
        var text = String(characters[start..<(start + length)])
        var shift = start
        if start > 0 {
            text = "…" + text.dropFirst()
            shift = start
        }
        if start + length < characters.count { text = text.dropLast() + "…" }
        let moved = highlights.compactMap { range -> Range<Int>? in
            let lower = max(range.lowerBound - shift, start > 0 ? 1 : 0)
            let upper = min(range.upperBound - shift, length - (start + length < characters.count ? 1 : 0))
            return lower < upper ? lower..<upper : nil
        }
        return (text, moved)
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
