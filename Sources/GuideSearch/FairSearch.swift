import GuideModel

/// Finds series and fairs of a catalogue of several fairs by name: `/dsei` lists the DSEI series
/// and its fairs as results of their own. A few thousand names at most, so they are kept folded
/// in memory and scanned per query (well under a millisecond) instead of entering the index
/// file, whose format would change.
public struct FairSearch: Sendable {
    struct Entry: Sendable {
        var kind: SearchKind
        var id: String
        var title: String
        /// The text matched, folded, split into words.
        var words: [Substring]
        /// Latest first among equals: a later fair sorts before an earlier one.
        var order: Int
    }

    private let entries: [Entry]

    /// Nil for a catalog of one event (no history of fairs): its shows are not fairs to find.
    public init?(_ catalog: Catalog) {
        guard let history = catalog.history, catalog.shows.count > 1 else { return nil }
        var entries: [Entry] = []
        for (index, series) in history.series.enumerated() {
            entries.append(Entry(kind: .series, id: series.id, title: "\(series.name) · \(series.editions.count) editions",
                                 words: SearchFolding.words(series.name), order: index))
        }
        for (index, show) in catalog.shows.enumerated() {
            let text = [show.name, show.fullName ?? ""].joined(separator: " ")
            entries.append(Entry(kind: .fair, id: show.id, title: "\(show.name) · \(show.dateLabel)",
                                 words: SearchFolding.words(text), order: catalog.shows.count - index))
        }
        self.entries = entries
    }

    /// Series, then fairs, whose words start with every word of the query; at most `limit` of
    /// each kind (series by their order in the history, fairs latest first), with the total.
    public func search(_ query: String, limit: Int) -> SearchResults {
        let terms = SearchFolding.words(query)
        guard !terms.isEmpty else { return SearchResults(query: query, groups: [], totalCounts: [:]) }
        var found: [SearchKind: [Entry]] = [:]
        for entry in entries where terms.allSatisfy({ term in entry.words.contains { $0.hasPrefix(term) } }) {
            found[entry.kind, default: []].append(entry)
        }
        var groups: [(kind: SearchKind, hits: [SearchHit])] = []
        var totals: [SearchKind: Int] = [:]
        for kind in [SearchKind.series, .fair] {
            guard let matches = found[kind], !matches.isEmpty else { continue }
            totals[kind] = matches.count
            let best = matches.sorted { $0.order < $1.order }.prefix(limit)
            groups.append((kind, best.map { entry in
                SearchHit(kind: kind, id: entry.id, title: entry.title, matchedField: "name", matchedText: entry.title, score: 0,
                          highlights: Self.highlights(of: terms, in: entry.title))
            }))
        }
        return SearchResults(query: query, groups: groups, totalCounts: totals)
    }

    /// Which characters of `title` start a word matching a term, for bold underlining.
    static func highlights(of terms: [Substring], in title: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        var wordStart: Int?
        var word = ""
        func close() {
            if let start = wordStart {
                let folded = SearchFolding.fold(word)
                if let term = terms.filter({ folded.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
                    ranges.append(start..<(start + min(word.count, term.count)))
                }
            }
            wordStart = nil
            word = ""
        }
        for character in title {
            if character.isLetter || character.isNumber {
                if wordStart == nil { wordStart = offset }
                word.append(character)
            } else {
                close()
            }
            offset += 1
        }
        close()
        return ranges
    }
}
