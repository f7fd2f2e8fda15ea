extension Catalog {
    /// This catalog compared with other editions of the show: each exhibitor carries the editions
    /// it was also at (`attendance`, by exhibitor id), and the `edition` facet appears. The lists
    /// are rebuilt once; for the bundled show that is a few hundred exhibitors.
    public func comparing(with editions: [Edition], attendance: [String: [EditionAttendance]]) -> Catalog {
        var exhibitors = self.exhibitors
        for index in exhibitors.indices {
            exhibitors[index].editions = attendance[exhibitors[index].id] ?? []
        }
        return Catalog(fileName: fileName, event: event, sources: sources, shows: shows, halls: halls, categories: categories,
                       countries: countries, kinds: kinds, exhibitors: exhibitors, products: products, programme: programme,
                       figures: figures, editions: editions)
    }
}
