extension Catalog {
    /// This catalog compared with other editions of the show: each exhibitor carries the editions
    /// it was also at (`attendance`, by exhibitor id), and the `edition` facet appears. The lists
    /// are rebuilt once; for the bundled show that is a few hundred exhibitors. `sources` are the
    /// other editions' lists, added to the catalog's sources (those already there are kept once).
    public func comparing(with editions: [Edition], attendance: [String: [EditionAttendance]], sources added: [Source] = []) -> Catalog {
        var exhibitors = self.exhibitors
        for index in exhibitors.indices {
            exhibitors[index].editions = attendance[exhibitors[index].id] ?? []
        }
        let known = Set(sources.map(\.id))
        return Catalog(fileName: fileName, event: event, sources: sources + added.filter { !known.contains($0.id) }, shows: shows, halls: halls, categories: categories,
                       countries: countries, kinds: kinds, exhibitors: exhibitors, products: products, programme: programme,
                       figures: figures, editions: editions, history: history)
    }
}
