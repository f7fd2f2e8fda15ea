import Foundation

/// What a catalog works out on first use and keeps: per exhibitor order, an integer key for each
/// exhibitor position; per facet, its value ids in name order. A class shared by the copies of a
/// catalog (they have the same lists), locked because screens and commands may read from
/// several threads. Computing these in `Catalog.init` would cost every load, most of which never
/// sort by country or open a facet panel.
final class CatalogReadCache: @unchecked Sendable {
    private let lock = NSLock()
    private var orderKeys: [ExhibitorSort: [Int32]] = [:]
    private var idsByName: [Facet: [String]] = [:]
    private var nameWords: [Facet: [[String]]] = [:]
    private var unfilteredCounts: [Facet: [FacetValue: Int]] = [:]
    /// Counts under the filters in use lately: a key press asks for the same counts two or three
    /// times (the state machine, then the frame), each a pass over every position of the facet.
    private var filteredCounts: [FilteredCountsKey: [FacetValue: Int]] = [:]
    private static let filteredCountsKept = 8

    private struct FilteredCountsKey: Hashable {
        var facet: Facet
        var filter: ExhibitorFilter
    }

    func orderKeys(for sort: ExhibitorSort, compute: () -> [Int32]) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        if let known = orderKeys[sort] { return known }
        let keys = compute()
        orderKeys[sort] = keys
        return keys
    }

    func idsByName(for facet: Facet, compute: () -> [String]) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let known = idsByName[facet] { return known }
        let ids = compute()
        idsByName[facet] = ids
        return ids
    }

    func nameWords(for facet: Facet, compute: () -> [[String]]) -> [[String]] {
        lock.lock()
        defer { lock.unlock() }
        if let known = nameWords[facet] { return known }
        let words = compute()
        nameWords[facet] = words
        return words
    }

    func unfilteredCounts(for facet: Facet, compute: () -> [FacetValue: Int]) -> [FacetValue: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let known = unfilteredCounts[facet] { return known }
        let counts = compute()
        unfilteredCounts[facet] = counts
        return counts
    }

    func filteredCounts(for facet: Facet, given filter: ExhibitorFilter, compute: () -> [FacetValue: Int]) -> [FacetValue: Int] {
        let key = FilteredCountsKey(facet: facet, filter: filter)
        lock.lock()
        if let known = filteredCounts[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Computed outside the lock: other facets' counts are not held up by this one.
        let counts = compute()
        lock.lock()
        defer { lock.unlock() }
        if filteredCounts.count >= Self.filteredCountsKept { filteredCounts.removeAll(keepingCapacity: true) }
        filteredCounts[key] = counts
        return counts
    }
}
