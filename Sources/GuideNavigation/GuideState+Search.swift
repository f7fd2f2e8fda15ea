import GuideSearch

extension GuideState {
    /// Search results for a query: fairs and series found by name (a catalogue of several
    /// fairs), then what the index finds. The index may still be building; fairs are found
    /// without it.
    static func results(for query: String, _ context: GuideContext) -> SearchResults {
        var results = context.search?.search(query, limit: 50) ?? SearchResults(query: query, groups: [], totalCounts: [:])
        guard let fairs = context.fairSearch else { return results }
        let found = fairs.search(query, limit: 50)
        results.groups = found.groups + results.groups
        results.totalCounts.merge(found.totalCounts) { own, _ in own }
        return results
    }
}
