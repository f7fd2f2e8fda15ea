/// A combination of facet selections. Values within one facet are alternatives (OR); facets
/// combine (AND). An empty filter matches every exhibitor.
public struct ExhibitorFilter: Sendable, Hashable {
    public private(set) var selections: [Facet: Set<FacetValue>] = [:]

    public init(_ selections: [Facet: Set<FacetValue>] = [:]) {
        for (facet, values) in selections where !values.isEmpty {
            self.selections[facet] = values
        }
    }

    public var isEmpty: Bool { selections.isEmpty }

    public func values(for facet: Facet) -> Set<FacetValue> { selections[facet] ?? [] }

    public mutating func add(_ value: FacetValue, to facet: Facet) {
        selections[facet, default: []].insert(value)
    }

    public mutating func remove(_ value: FacetValue, from facet: Facet) {
        selections[facet]?.remove(value)
        if selections[facet]?.isEmpty == true { selections[facet] = nil }
    }

    public mutating func clear(_ facet: Facet) {
        selections[facet] = nil
    }

    public func toggling(_ value: FacetValue, in facet: Facet) -> ExhibitorFilter {
        var copy = self
        if values(for: facet).contains(value) { copy.remove(value, from: facet) } else { copy.add(value, to: facet) }
        return copy
    }

    /// This filter without one facet: what facet counts are computed against.
    public func without(_ facet: Facet) -> ExhibitorFilter {
        var copy = self
        copy.clear(facet)
        return copy
    }
}
