import GuideModel

/// Searches everything a visitor may type a fragment of: exhibitor names, alternative names and
/// acronyms, products, categories, countries, stand codes and the programme (titles, people,
/// organisations, places). Case-, accent- and script-insensitive, with fzf's operators and field
/// filters (see `SearchQuery`).
///
/// Ranking, per query word and field: the whole name > start of the name > a whole word > the
/// start of a word > an acronym > inside a word > one typo > scattered letters (see
/// `FieldMatcher`); multiplied by the field's weight (name above alternative names above products
/// above descriptions, see `IndexBuilder`), summed over the query's words. Ties keep the catalog's
/// order. This is the single search API: the command line and the interactive overlay both call
/// `search(_:limit:)`.
///
/// A keystroke judges each distinct word and text once (`TextTiers`), then walks the entries'
/// rows, a table lookup each, keeping per kind a count and the best `limit` (`RankedHits`): no
/// allocation per entry, and hits (with highlights) are built only for what is shown.
public struct SearchIndex: Sendable {
    let tables: IndexTables
    let resolver: FilterResolver
    /// Loops shorter than this are not split over the cores (lowered by tests to split small shows).
    let chunkMinimum: Int

    public init(catalog: Catalog) {
        self.init(tables: IndexBuilder.build(catalog), resolver: FilterResolver(catalog: catalog))
    }

    init(tables: IndexTables, resolver: FilterResolver, chunkMinimum: Int = Parallel.minimumPerChunk) {
        self.tables = tables
        self.resolver = resolver
        self.chunkMinimum = chunkMinimum
    }

    /// The same index splitting loops of `chunkMinimum` elements or more (for tests).
    func splitting(from chunkMinimum: Int) -> SearchIndex {
        SearchIndex(tables: tables, resolver: resolver, chunkMinimum: chunkMinimum)
    }

    /// How many items the index holds.
    public var entryCount: Int { tables.entryCount }

    /// Below this many exact matches, approximate matches (one typo, scattered letters) are looked
    /// for too: they would rank below every exact match anyway, and cost most of the time.
    static let approximateThreshold = 30

    /// Runs a query; at most `limit` hits per kind (nil for all), with the count of all per kind.
    public func search(_ text: String, limit: Int? = nil) -> SearchResults {
        let query = SearchQuery.parse(text)
        guard !query.isEmpty else { return SearchResults(query: text, groups: [], totalCounts: [:]) }
        let prepared = PreparedQuery(query)
        let allowed = allowedEntries(resolver.resolve(query.filters))
        var ranked = rank(prepared, allowed: allowed, approximate: false, limit: limit)
        if ranked.total < Self.approximateThreshold && prepared.hasApproximateTerms {
            ranked = rank(prepared, allowed: allowed, approximate: true, limit: limit)
        }
        let counts = ranked.counts
        var groups: [(kind: SearchKind, hits: [SearchHit])] = []
        var totals: [SearchKind: Int] = [:]
        // Building a hit (folding its text again, finding the highlights) takes microseconds, and a
        // one-letter query shows 250: they are built on the cores too.
        var shown: [(kind: SearchKind, candidates: [RankedHits.Candidate])] = []
        for kind in SearchKind.allCases where counts[Int(kind.code)] > 0 {
            totals[kind] = counts[Int(kind.code)]
            shown.append((kind, ranked.best(of: kind)))
        }
        let candidates = shown.flatMap(\.candidates)
        var hits = [SearchHit?](repeating: nil, count: candidates.count)
        hits.withUnsafeMutableBufferPointer { hits in
            Parallel.chunks(candidates.count, minimumPerChunk: 32) { range, _ in
                for index in range { hits[index] = hit(prepared, candidates[index]) }
            }
        }
        var next = 0
        for group in shown {
            groups.append((group.kind, hits[next..<(next + group.candidates.count)].map { $0! }))
            next += group.candidates.count
        }
        return SearchResults(query: text, groups: groups, totalCounts: totals)
    }

    /// Scores the entries the filters allow; keeps counts and the best per kind. When some group's
    /// texts were reached one by one and show in few rows, only the entries of those rows are
    /// scored; otherwise every entry is.
    private func rank(_ prepared: PreparedQuery, allowed: [Bool]?, approximate: Bool, limit: Int?) -> RankedHits {
        let computer = TextTiers(tables: tables, chunkMinimum: chunkMinimum)
        let textCount = tables.textCount
        // One tier per text for each group, back to back; and for each negated term its own tiers
        // (non-zero: the text contains it).
        var groupTiers: [UInt8] = []
        var negatedTiers: [UInt8] = []
        var negatedOfGroup: [[Int]] = []
        var narrowest: (texts: [Int32], rows: Int)?
        if prepared.groups.count > 1 { groupTiers.reserveCapacity(prepared.groups.count * textCount) }
        for group in prepared.groups {
            let positive = group.filter { !$0.negated }
            if positive.isEmpty {
                groupTiers += [UInt8](repeating: 0, count: textCount)
            } else {
                let result = computer.tiers(of: positive, approximate: approximate)
                if prepared.groups.count == 1 { groupTiers = result.tiers } else { groupTiers += result.tiers }
                // Only a group without negated terms bounds the entries: a negation matches entries lacking a word.
                if let touched = result.touched, positive.count == group.count {
                    var rows = 0
                    for text in touched { rows += Int(tables.textEntryStarts[Int(text) + 1] - tables.textEntryStarts[Int(text)]) }
                    if rows < narrowest?.rows ?? Int.max { narrowest = (touched, rows) }
                }
            }
            var negated: [Int] = []
            for term in group where term.negated {
                negated.append(negatedTiers.count / max(textCount, 1))
                negatedTiers += computer.tiers(of: [term], approximate: false).tiers
            }
            negatedOfGroup.append(negated)
        }
        var candidates: [Int32]?
        if let narrowest, narrowest.rows * Self.sparseShare < tables.rowCount {
            candidates = entries(showing: narrowest.texts)
        }
        var ranked = RankedHits(limit: limit)
        groupTiers.withUnsafeBufferPointer { groupTiers in
            negatedTiers.withUnsafeBufferPointer { negatedTiers in
                tables.rowTexts.withUnsafeBufferPointer { rowTexts in
                    tables.rowWeights.withUnsafeBufferPointer { rowWeights in
                        tables.entryRowStarts.withUnsafeBufferPointer { rowStarts in
                            tables.entryKinds.withUnsafeBufferPointer { kinds in
                                let scorer = EntryScorer(groupTiers: groupTiers, groupCount: prepared.groups.count, textCount: textCount,
                                                         negatedTiers: negatedTiers, negatedOfGroup: negatedOfGroup,
                                                         negatedGroups: negatedOfGroup.indices.reduce(0) { $1 < 64 && !negatedOfGroup[$1].isEmpty ? $0 | 1 << UInt64($1) : $0 },
                                                         rowTexts: rowTexts, rowWeights: rowWeights, rowStarts: rowStarts)
                                if let candidates {
                                    candidates.withUnsafeBufferPointer { candidates in
                                        Self.rank(candidates.lazy.map { Int($0) }, kinds: kinds, allowed: allowed, scorer: scorer, into: &ranked)
                                    }
                                } else {
                                    // Every entry: in contiguous chunks on the cores, each ranking its own, merged after.
                                    var parts = [RankedHits](repeating: RankedHits(limit: limit), count: Parallel.chunkCount(kinds.count, minimumPerChunk: chunkMinimum))
                                    parts.withUnsafeMutableBufferPointer { parts in
                                        Parallel.chunks(kinds.count, minimumPerChunk: chunkMinimum) { range, chunk in
                                            Self.rank(range, kinds: kinds, allowed: allowed, scorer: scorer, into: &parts[chunk])
                                        }
                                    }
                                    for part in parts { ranked.merge(part) }
                                }
                            }
                        }
                    }
                }
            }
        }
        return ranked
    }

    /// Scores entries given in ascending order (so each kind's come together) into `ranked`.
    @inline(__always)
    private static func rank(_ entries: some Sequence<Int>, kinds: UnsafeBufferPointer<UInt8>, allowed: [Bool]?, scorer: EntryScorer,
                             into ranked: inout RankedHits) {
        var kind = -1
        var lane = RankedHits.Lane(limit: 0)
        for entry in entries {
            if let allowed, !allowed[entry] { continue }
            guard let scored = scorer.score(entry) else { continue }
            let entryKind = Int(kinds[entry])
            if entryKind != kind {
                if kind >= 0 { ranked.put(lane, kind) }
                kind = entryKind
                lane = ranked.take(kind)
            }
            lane.add(score: scored.score, entry: entry, row: scored.row)
        }
        if kind >= 0 { ranked.put(lane, kind) }
    }

    /// Below this share of all rows, scoring only the entries reached is cheaper than scoring all.
    static let sparseShare = 4

    /// The entries showing any of `texts`, ascending (ties are broken by that order).
    private func entries(showing texts: [Int32]) -> [Int32] {
        var seen = [Bool](repeating: false, count: tables.entryCount)
        var found: [Int32] = []
        tables.textEntryStarts.withUnsafeBufferPointer { starts in
            tables.textEntries.withUnsafeBufferPointer { entries in
                seen.withUnsafeMutableBufferPointer { seen in
                    for text in texts {
                        for index in Int(starts[Int(text)])..<Int(starts[Int(text) + 1]) {
                            let entry = entries[index]
                            if !seen[Int(entry)] {
                                seen[Int(entry)] = true
                                found.append(entry)
                            }
                        }
                    }
                }
            }
        }
        // Few: sort them; many: read them off in order.
        if found.count < tables.entryCount / 64 {
            found.sort()
            return found
        }
        var ordered: [Int32] = []
        ordered.reserveCapacity(found.count)
        for entry in 0..<seen.count where seen[entry] { ordered.append(Int32(entry)) }
        return ordered
    }

    /// Entries every filter accepts (an entry passes a filter when one of its facet values for the
    /// filter's field was resolved from it); nil when there are no filters.
    private func allowedEntries(_ filters: [FilterResolver.Resolved]) -> [Bool]? {
        guard !filters.isEmpty else { return nil }
        let facetAllowed: [[Bool]] = filters.map { filter in
            (0..<tables.facetFields.count).map { facet in
                guard tables.facetFields[facet] == filter.field.code else { return false }
                let value = tables.string(tables.facetStrings[facet])
                if filter.field == .day { return LocalDate(iso: value).map(filter.days.contains) ?? false }
                return filter.ids.contains(value)
            }
        }
        return (0..<tables.entryCount).map { entry in
            let facets = tables.entryFacets[Int(tables.entryFacetStarts[entry])..<Int(tables.entryFacetStarts[entry + 1])]
            return facetAllowed.allSatisfy { allowed in facets.contains { allowed[Int($0)] } }
        }
    }

    /// The shown hit for a ranked entry: its best field, with the query's matches highlighted in the
    /// spelling that matched.
    private func hit(_ prepared: PreparedQuery, _ candidate: RankedHits.Candidate) -> SearchHit {
        let entry = candidate.entry
        let row = candidate.row
        let text = tables.string(tables.rowStrings[row])
        let folded = FoldedField(text, cyrillicHAsH: tables.rowWeights[row] & IndexTables.alternativeFlag != 0)
        let label = IndexTables.Label(rawValue: tables.rowLabels[row])?.text ?? "name"
        return SearchHit(kind: SearchKind(code: tables.entryKinds[entry]) ?? .exhibitor, id: tables.string(tables.entryIDs[entry]),
                         title: tables.string(tables.entryTitles[entry]), matchedField: label, matchedText: text,
                         score: candidate.score, highlights: prepared.highlights(in: folded, of: text))
    }
}
