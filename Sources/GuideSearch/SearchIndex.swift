import GuideModel

/// Searches everything a visitor may type a fragment of: exhibitor names and alternative names,
/// products, categories, countries and programme items. Case-, accent- and script-insensitive.
///
/// Every query word must be found in the item (in any of its fields); a hit is ranked by how well
/// each word matched (whole word > word prefix > inside a word) and in which field (name above
/// alternative names above other text). This is the single search API of the guide: the command
/// line and the interactive overlay both call `search(_:limit:)`.
public struct SearchIndex: Sendable {
    struct Field: Sendable {
        var label: String
        var text: String
        /// Folded text as UTF-8, searched byte-wise (much faster than String.contains).
        var folded: [UInt8]
        /// Folded words as UTF-8, for whole-word, prefix and one-typo matches.
        var words: [[UInt8]]
        var weight: Int
    }

    struct Entry: Sendable {
        var kind: SearchKind
        var id: String
        var title: String
        var fields: [Field]
        /// Position in the catalog's own order, the final tie-break.
        var order: Int
    }

    private let entries: [Entry]

    public init(catalog: Catalog) {
        var entries: [Entry] = []
        func field(_ label: String, _ text: String, _ weight: Int) -> Field {
            let folded = SearchFolding.fold(text)
            return Field(label: label, text: text, folded: Array(folded.utf8),
                         words: SearchFolding.splitWords(folded).map { Array($0.utf8) }, weight: weight)
        }
        for (order, exhibitor) in catalog.exhibitors.enumerated() {
            var fields = [field("name", exhibitor.name, 10)]
            fields += exhibitor.altNames.map { field("also known as", $0, 8) }
            entries.append(Entry(kind: .exhibitor, id: exhibitor.id, title: exhibitor.name, fields: fields, order: order))
        }
        for (order, product) in catalog.products.enumerated() {
            var fields = [field("name", product.name, 10)]
            if let type = product.type { fields.append(field("type", type, 5)) }
            if let exhibitorID = product.exhibitor, let exhibitor = catalog.exhibitor(id: exhibitorID) {
                fields.append(field("shown by", exhibitor.name, 3))
            }
            if let origin = product.origin { fields.append(field("shown by", origin, 3)) }
            if let description = product.description { fields.append(field("description", description, 1)) }
            entries.append(Entry(kind: .product, id: product.id, title: product.name, fields: fields, order: order))
        }
        for (order, category) in catalog.categories.enumerated() {
            entries.append(Entry(kind: .category, id: category.id, title: category.name,
                                 fields: [field("name", category.name, 10)], order: order))
        }
        for (order, country) in catalog.countries.enumerated() {
            var fields = [field("name", country.name, 10), field("code", country.code, 6)]
            fields += country.altNames.map { field("also known as", $0, 8) }
            entries.append(Entry(kind: .country, id: country.code, title: country.name, fields: fields, order: order))
        }
        for (order, item) in catalog.programme.enumerated() {
            var fields = [field("title", item.title, 10)]
            fields += item.people.map { field("people", $0, 6) }
            fields += item.organisations.map { field("organisations", $0, 5) }
            if let place = item.place { fields.append(field("place", place, 4)) }
            if let description = item.description { fields.append(field("description", description, 1)) }
            entries.append(Entry(kind: .programme, id: item.id, title: item.title, fields: fields, order: order))
        }
        self.entries = entries
    }

    /// Runs a query; at most `limit` hits per kind (nil for all).
    public func search(_ query: String, limit: Int? = nil) -> SearchResults {
        let terms = SearchFolding.words(query).map { Array($0.utf8) }
        guard !terms.isEmpty else { return SearchResults(query: query, groups: [], totalCounts: [:]) }
        var byKind: [SearchKind: [(hit: SearchHit, order: Int)]] = [:]
        for entry in entries {
            guard let hit = Self.match(entry, terms: terms) else { continue }
            byKind[entry.kind, default: []].append((hit, entry.order))
        }
        var groups: [(kind: SearchKind, hits: [SearchHit])] = []
        var totals: [SearchKind: Int] = [:]
        for kind in SearchKind.allCases {
            guard var hits = byKind[kind], !hits.isEmpty else { continue }
            hits.sort { $0.hit.score != $1.hit.score ? $0.hit.score > $1.hit.score : $0.order < $1.order }
            totals[kind] = hits.count
            let kept = limit.map { Array(hits.prefix($0)) } ?? hits
            groups.append((kind, kept.map(\.hit)))
        }
        return SearchResults(query: query, groups: groups, totalCounts: totals)
    }

    /// Scores an entry; nil when some term is found in none of its fields.
    static func match(_ entry: Entry, terms: [[UInt8]]) -> SearchHit? {
        var total = 0
        var bestField: Field?
        var bestFieldScore = -1
        for term in terms {
            var termBest = 0
            for field in entry.fields {
                let quality = quality(of: term, in: field)
                guard quality > 0 else { continue }
                let score = quality * field.weight
                if score > termBest { termBest = score }
                if score > bestFieldScore {
                    bestFieldScore = score
                    bestField = field
                }
            }
            guard termBest > 0 else { return nil }
            total += termBest
        }
        // A query that is the whole name (folded) beats one that merely contains it.
        if let name = entry.fields.first, name.words == terms {
            total += 100
        }
        guard let field = bestField else { return nil }
        return SearchHit(kind: entry.kind, id: entry.id, title: entry.title, matchedField: field.label,
                         matchedText: field.text, score: total)
    }

    /// 4: a whole word; 3: the start of a word; 2: inside a word; 1: a whole word with one typo
    /// (for words of four letters or more, so "baku" finds "Bakı", folded "baki"); 0: absent.
    static func quality(of term: [UInt8], in field: Field) -> Int {
        guard ByteSearch.contains(field.folded, term) else {
            guard term.count >= 4 else { return 0 }
            for word in field.words where abs(word.count - term.count) <= 1 {
                if ByteSearch.withinOneEdit(term, word) { return 1 }
            }
            return 0
        }
        var best = 2
        for word in field.words {
            if word == term { return 4 }
            if word.count > term.count, word.starts(with: term) { best = 3 }
        }
        return best
    }
}

/// Substring search on UTF-8 bytes: scan for the first byte, then compare.
enum ByteSearch {
    /// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of
    /// neighbours. Linear time, no allocation: it runs for every word on every keystroke.
    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        if i == short.count { return true }
        if short.count == long.count {
            // Substitution: the rest must match; or a swap of i and i+1.
            if short[(i + 1)...] == long[(i + 1)...] { return true }
            return i + 1 < short.count && short[i] == long[i + 1] && short[i + 1] == long[i]
                && short[(i + 2)...] == long[(i + 2)...]
        }
        // Insertion in the longer one.
        return short[i...] == long[(i + 1)...]
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        let h = haystack.count
        guard n <= h else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let first = pin[0]
                var index = 0
                let last = h - n
                while index <= last {
                    if hay[index] == first {
                        var matched = 1
                        while matched < n && hay[index + matched] == pin[matched] { matched += 1 }
                        if matched == n { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
