extension Catalog {
    /// Positions (into `exhibitors`) a filter matches, in `sort` order, each order ending with
    /// the name order. Name, fairs and country orders are a counting sort of the matched
    /// positions by a small integer key worked out once per catalog, so re-sorting 90,000 rows on
    /// every frame costs one pass, not a comparison sort.
    public func exhibitorPositions(matching filter: ExhibitorFilter, sortedBy sort: ExhibitorSort) -> [Int] {
        let positions = exhibitorPositions(matching: filter)
        switch sort {
        case .name:
            return positions
        case .fairs, .country:
            return Self.countingSort(positions, keys: orderKeys(for: sort))
        case .kind, .stand:
            return sorted(positions.map { exhibitors[$0] }, by: sort).compactMap { exhibitorPosition(id: $0.id) }
        }
    }

    /// The key of each exhibitor position for an order whose key is a small integer: fewer
    /// shows attended sorts later; countries by their place in `countries` (name order), no
    /// country last.
    func orderKeys(for sort: ExhibitorSort) -> [Int32] {
        readCache.orderKeys(for: sort) {
            switch sort {
            case .fairs:
                let most = exhibitors.reduce(0) { max($0, $1.shows.count) }
                return exhibitors.map { Int32(most - $0.shows.count) }
            case .country:
                var rank: [String: Int32] = [:]
                for (index, country) in countries.enumerated() where rank[country.code] == nil { rank[country.code] = Int32(index) }
                let missing = Int32(countries.count)
                return exhibitors.map { exhibitor in exhibitor.country.flatMap { rank[$0] } ?? missing }
            case .name, .kind, .stand:
                return exhibitors.indices.map { Int32($0) }
            }
        }
    }

    /// Positions stably ordered by `keys[position]`: the input order (name order) breaks ties.
    static func countingSort(_ positions: [Int], keys: [Int32]) -> [Int] {
        guard let largest = positions.lazy.map({ Int(keys[$0]) }).max() else { return [] }
        var starts = [Int](repeating: 0, count: largest + 2)
        for position in positions { starts[Int(keys[position]) + 1] += 1 }
        for key in 0...largest { starts[key + 1] += starts[key] }
        var sorted = [Int](repeating: 0, count: positions.count)
        for position in positions {
            let key = Int(keys[position])
            sorted[starts[key]] = position
            starts[key] += 1
        }
        return sorted
    }

    /// The ids a facet defines, in name order for people (`TextFolding.sortKey`), worked out
    /// once: a panel of several thousand categories or fairs re-sorted on every key would fold
    /// every name a dozen times.
    public func definedIDsByName(for facet: Facet) -> [String] {
        readCache.idsByName(for: facet) {
            let ids = definedIDs(for: facet)
            let names = ids.map { name(of: .id($0), in: facet) }
            return Self.nameOrder(names: names, ids: ids).map { ids[$0] }
        }
    }

    /// The words of each value's name, aligned with `definedIDsByName(for:)`, as `words` splits
    /// and folds them, worked out once per facet: typing in a panel of 5,000 categories then
    /// compares prefixes instead of folding 5,000 names per key. Every caller must pass the same
    /// folding (the guide passes the search's, `SearchFolding.words`): the first one is kept.
    public func definedNameWords(for facet: Facet, words: (String) -> [String]) -> [[String]] {
        // Taken before the lock: the cache's lock is not re-entrant.
        let ids = definedIDsByName(for: facet)
        return readCache.nameWords(for: facet) { ids.map { words(name(of: .id($0), in: facet)) } }
    }
}
