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
}
