import GuideModel

/// Searches everything a visitor may type a fragment of: exhibitor names, alternative names and
/// acronyms, products, categories, countries, stand codes and the programme (titles, people,
/// organisations, places). Case-, accent- and script-insensitive, with fzf's operators and field
/// filters (see `SearchQuery`).
///
/// Ranking, per query word and field: the whole name > start of the name > a whole word > the
/// start of a word > an acronym > inside a word > one typo > scattered letters; multiplied by the
/// field's weight (name above alternative names above products above descriptions). Ties keep the
/// catalog's order. This is the single search API: the command line and the interactive overlay
/// both call `search(_:limit:)`.
public struct SearchIndex: Sendable {
    struct Field: Sendable {
        var label: String
        var text: String
        var folded: FoldedField
        /// The Cyrillic х-as-h spelling, when it differs.
        var alternative: FoldedField?
        var weight: Int
    }

    /// What field filters look at.
    struct Facets: Sendable {
        var countries: [String] = []
        var categories: [String] = []
        var shows: [String] = []
        var halls: [String] = []
        var days: [LocalDate] = []
        var kinds: [String] = []
    }

    struct Entry: Sendable {
        var kind: SearchKind
        var id: String
        var title: String
        var fields: [Field]
        var facets: Facets
        /// Union of the fields' letter masks.
        var mask: UInt64
        /// Position in the catalog's own order, the final tie-break.
        var order: Int
    }

    let entries: [Entry]
    let resolver: FilterResolver

    public init(catalog: Catalog) {
        var entries: [Entry] = []
        func field(_ label: String, _ text: String, _ weight: Int) -> Field {
            let folded = FoldedField(text)
            var alternative: FoldedField?
            if text.unicodeScalars.contains(where: { $0.value == 0x0445 || $0.value == 0x0425 }) {
                alternative = FoldedField(text, cyrillicHAsH: true)
            }
            return Field(label: label, text: text, folded: folded, alternative: alternative, weight: weight)
        }
        func add(_ kind: SearchKind, _ id: String, _ title: String, _ fields: [Field], _ facets: Facets, _ order: Int) {
            let mask = fields.reduce(UInt64(0)) { $0 | $1.folded.mask | ($1.alternative?.mask ?? 0) }
            entries.append(Entry(kind: kind, id: id, title: title, fields: fields, facets: facets, mask: mask, order: order))
        }
        func ancestors(_ ids: [String]) -> [String] {
            var all = Set(ids)
            for id in ids {
                var next = catalog.category(id: id)?.parent
                while let parent = next, all.insert(parent).inserted { next = catalog.category(id: parent)?.parent }
            }
            return Array(all)
        }
        for (order, exhibitor) in catalog.exhibitors.enumerated() {
            var fields = [field("name", exhibitor.name, 10)]
            fields += exhibitor.altNames.map { field("also known as", $0, 9) }
            if let code = exhibitor.stand?.code { fields.append(field("stand", code, 7)) }
            for product in catalog.products(of: exhibitor.id) { fields.append(field("product", product.name, 4)) }
            if let description = exhibitor.description { fields.append(field("description", description, 1)) }
            let facets = Facets(countries: exhibitor.country.map { [$0] } ?? [], categories: ancestors(exhibitor.categories),
                                shows: exhibitor.shows, halls: exhibitor.stand.map { [$0.hall] } ?? [], kinds: [exhibitor.kind])
            add(.exhibitor, exhibitor.id, exhibitor.name, fields, facets, order)
        }
        for (order, product) in catalog.products.enumerated() {
            var fields = [field("name", product.name, 10)]
            if let type = product.type { fields.append(field("type", type, 6)) }
            var facets = Facets(categories: ancestors(product.categories))
            if let exhibitorID = product.exhibitor, let exhibitor = catalog.exhibitor(id: exhibitorID) {
                fields.append(field("shown by", exhibitor.name, 3))
                facets.countries = exhibitor.country.map { [$0] } ?? []
                facets.shows = exhibitor.shows
                facets.halls = exhibitor.stand.map { [$0.hall] } ?? []
            }
            if let origin = product.origin { fields.append(field("shown by", origin, 3)) }
            if let description = product.description { fields.append(field("description", description, 1)) }
            add(.product, product.id, product.name, fields, facets, order)
        }
        for (order, category) in catalog.categories.enumerated() {
            add(.category, category.id, category.name, [field("name", category.name, 10)], Facets(categories: [category.id]), order)
        }
        for (order, country) in catalog.countries.enumerated() {
            var fields = [field("name", country.name, 10), field("code", country.code, 6)]
            fields += country.altNames.map { field("also known as", $0, 9) }
            add(.country, country.code, country.name, fields, Facets(countries: [country.code]), order)
        }
        for (order, item) in catalog.programme.enumerated() {
            var fields = [field("title", item.title, 10)]
            fields += item.people.map { field("people", $0, 6) }
            fields += item.organisations.map { field("organisations", $0, 5) }
            if let place = item.place { fields.append(field("place", place, 4)) }
            if let description = item.description { fields.append(field("description", description, 1)) }
            add(.programme, item.id, item.title, fields, Facets(shows: item.shows, days: item.days), order)
        }
        self.entries = entries
        resolver = FilterResolver(catalog: catalog)
    }

    /// Runs a query; at most `limit` hits per kind (nil for all).
    public func search(_ text: String, limit: Int? = nil) -> SearchResults {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty else { return SearchResults(query: text, groups: [], totalCounts: [:]) }
        let filters = resolver.resolve(query.filters)
        // Exact tiers first; typos and scattered letters only when that finds less than a
        // screenful (they would rank below every exact match anyway, and cost most of the time).
        var prepared = PreparedQuery(query, approximate: false)
        var byKind = candidates(prepared, filters)
        if byKind.values.reduce(0, { $0 + $1.count }) < Self.approximateThreshold {
            prepared = PreparedQuery(query, approximate: true)
            byKind = candidates(prepared, filters)
        }
        var groups: [(kind: SearchKind, hits: [SearchHit])] = []
        var totals: [SearchKind: Int] = [:]
        for kind in SearchKind.allCases {
            guard var candidates = byKind[kind], !candidates.isEmpty else { continue }
            totals[kind] = candidates.count
            if let limit, candidates.count > limit {
                candidates = Array(candidates.partialSorted(limit) { $0.isBetter(than: $1) })
            } else {
                candidates.sort { $0.isBetter(than: $1) }
            }
            groups.append((kind, candidates.map { prepared.hit(entries[$0.entry], score: $0.score, field: $0.field) }))
        }
        return SearchResults(query: text, groups: groups, totalCounts: totals)
    }

    /// Below this many exact matches, approximate matches are looked for too.
    static let approximateThreshold = 30

    /// Scores only (no allocation per entry); hits are built for what is shown.
    private func candidates(_ prepared: PreparedQuery, _ filters: [FilterResolver.Resolved]) -> [SearchKind: [Candidate]] {
        var byKind: [SearchKind: [Candidate]] = [:]
        for (position, entry) in entries.enumerated() {
            if !filters.isEmpty && !filters.allSatisfy({ $0.accepts(entry) }) { continue }
            guard let scored = prepared.score(entry) else { continue }
            byKind[entry.kind, default: []].append(Candidate(score: scored.score, order: entry.order, entry: position, field: scored.field))
        }
        return byKind
    }

    /// A matching entry before its hit is built.
    struct Candidate {
        var score: Int
        var order: Int
        var entry: Int
        var field: Int

        func isBetter(than other: Candidate) -> Bool {
            score != other.score ? score > other.score : order < other.order
        }
    }
}

extension Array {
    /// The `count` smallest elements by `less`, sorted: cheaper than sorting everything when a
    /// one-letter query matches 100,000 names and only 50 are shown.
    func partialSorted(_ count: Int, by less: (Element, Element) -> Bool) -> ArraySlice<Element> {
        guard count < self.count else { return sorted(by: less)[...] }
        var heap: [Element] = []
        heap.reserveCapacity(count + 1)
        for element in self {
            if heap.count < count {
                heap.append(element)
                if heap.count == count { heap.sort(by: less) }
            } else if less(element, heap[count - 1]) {
                var low = 0
                var high = count - 1
                while low < high {
                    let mid = (low + high) / 2
                    if less(element, heap[mid]) { high = mid } else { low = mid + 1 }
                }
                heap.insert(element, at: low)
                heap.removeLast()
            }
        }
        if heap.count < count { heap.sort(by: less) }
        return heap[...]
    }
}
