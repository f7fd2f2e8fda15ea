@testable import GuideSearch
import GuideModel

/// The search as its rules say, with none of the index: every field of every entry folded again and
/// matched with `FieldMatcher.match`, then scored, filtered and ranked in the plainest way. The
/// index (deduplicated words and texts, inverse lists, sparse and dense passes, chunks on several
/// cores) must find exactly the same.
struct ReferenceSearch {
    struct Field {
        var text: String
        var weight: Int
        /// The text folded, and again with Cyrillic х as "h" when that differs.
        var folded: [FoldedField]

        init(text: String, weight: Int) {
            self.text = text
            self.weight = weight
            let main = FoldedField(text)
            let alternative = FoldedField(text, cyrillicHAsH: true)
            folded = alternative.bytes == main.bytes ? [main] : [main, alternative]
        }
    }

    struct Entry {
        var kind: SearchKind
        var id: String
        var fields: [Field]
        var facets: [SearchQuery.Field: Set<String>]
    }

    let entries: [Entry]
    let resolver: FilterResolver

    init(catalog: Catalog) {
        var entries: [Entry] = []
        func ancestors(_ ids: [String]) -> Set<String> {
            var all = Set(ids)
            for id in ids {
                var next = catalog.category(id: id)?.parent
                while let parent = next, all.insert(parent).inserted { next = catalog.category(id: parent)?.parent }
            }
            return all
        }
        for exhibitor in catalog.exhibitors {
            var fields = [Field(text: exhibitor.name, weight: 10)] + exhibitor.altNames.map { Field(text: $0, weight: 9) }
            if let code = exhibitor.stand?.code { fields.append(Field(text: code, weight: 7)) }
            fields += catalog.products(of: exhibitor.id).map { Field(text: $0.name, weight: 4) }
            if let description = exhibitor.description { fields.append(Field(text: description, weight: 1)) }
            entries.append(Entry(kind: .exhibitor, id: exhibitor.id, fields: fields, facets: [
                .country: Set(exhibitor.country.map { [$0] } ?? []), .category: ancestors(exhibitor.categories),
                .show: Set(exhibitor.shows), .hall: Set(exhibitor.stand.map { [$0.hall] } ?? []), .kind: [exhibitor.kind],
            ]))
        }
        for product in catalog.products {
            var fields = [Field(text: product.name, weight: 10)]
            if let type = product.type { fields.append(Field(text: type, weight: 6)) }
            var facets: [SearchQuery.Field: Set<String>] = [.category: ancestors(product.categories)]
            if let id = product.exhibitor, let exhibitor = catalog.exhibitor(id: id) {
                fields.append(Field(text: exhibitor.name, weight: 3))
                facets[.country] = Set(exhibitor.country.map { [$0] } ?? [])
                facets[.show] = Set(exhibitor.shows)
                facets[.hall] = Set(exhibitor.stand.map { [$0.hall] } ?? [])
            }
            if let origin = product.origin { fields.append(Field(text: origin, weight: 3)) }
            if let description = product.description { fields.append(Field(text: description, weight: 1)) }
            entries.append(Entry(kind: .product, id: product.id, fields: fields, facets: facets))
        }
        for category in catalog.categories {
            entries.append(Entry(kind: .category, id: category.id, fields: [Field(text: category.name, weight: 10)], facets: [.category: [category.id]]))
        }
        for country in catalog.countries {
            let fields = [Field(text: country.name, weight: 10), Field(text: country.code, weight: 6)] + country.altNames.map { Field(text: $0, weight: 9) }
            entries.append(Entry(kind: .country, id: country.code, fields: fields, facets: [.country: [country.code]]))
        }
        for item in catalog.programme {
            var fields = [Field(text: item.title, weight: 10)] + item.people.map { Field(text: $0, weight: 6) }
                + item.organisations.map { Field(text: $0, weight: 5) }
            if let place = item.place { fields.append(Field(text: place, weight: 4)) }
            if let description = item.description { fields.append(Field(text: description, weight: 1)) }
            entries.append(Entry(kind: .programme, id: item.id, fields: fields,
                                 facets: [.show: Set(item.shows), .day: Set(item.days.map(\.description))]))
        }
        self.entries = entries
        resolver = FilterResolver(catalog: catalog)
    }

    /// Per kind: every match as (id, score), best first, ties in catalog order.
    func search(_ text: String) -> [SearchKind: [(id: String, score: Int)]] {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty else { return [:] }
        let prepared = PreparedQuery(query)
        let filters = resolver.resolve(query.filters)
        var found = matches(prepared, filters, approximate: false)
        if found.values.reduce(0, { $0 + $1.count }) < SearchIndex.approximateThreshold && prepared.hasApproximateTerms {
            found = matches(prepared, filters, approximate: true)
        }
        return found
    }

    private func matches(_ prepared: PreparedQuery, _ filters: [FilterResolver.Resolved], approximate: Bool) -> [SearchKind: [(id: String, score: Int)]] {
        var found: [SearchKind: [(id: String, score: Int)]] = [:]
        for entry in entries {
            let passes = filters.allSatisfy { filter in
                let values = entry.facets[filter.field] ?? []
                return filter.field == .day ? values.contains { LocalDate(iso: $0).map(filter.days.contains) ?? false }
                    : !values.isDisjoint(with: filter.ids)
            }
            guard passes, let score = score(entry, prepared, approximate: approximate) else { continue }
            found[entry.kind, default: []].append((entry.id, score))
        }
        // A stable sort: equal scores keep the catalog's order.
        return found.mapValues { list in
            list.enumerated().sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }.map(\.element)
        }
    }

    private func score(_ entry: Entry, _ prepared: PreparedQuery, approximate: Bool) -> Int? {
        let folded = entry.fields.map(\.folded)
        var total = 0
        for group in prepared.groups {
            var best = 0
            for term in group where !term.negated {
                for spelling in term.spellings {
                    for (field, spellings) in zip(entry.fields, folded) {
                        for text in spellings {
                            if let match = FieldMatcher.match(spelling, term.rules(approximate: approximate), in: text) {
                                best = max(best, Int(match.tier) * field.weight)
                            }
                        }
                    }
                }
            }
            if best == 0 {
                for term in group where term.negated {
                    let contained = term.spellings.contains { spelling in
                        folded.joined().contains { FieldMatcher.match(spelling, term.rules(approximate: false), in: $0) != nil }
                    }
                    if !contained {
                        best = 1
                        break
                    }
                }
            }
            guard best > 0 else { return nil }
            total += best
        }
        return total
    }
}
