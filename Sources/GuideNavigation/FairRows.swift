import GuideModel

/// A line of the fairs list: the fair, its series and what is known of its exhibitor list.
public struct FairRow: Sendable, Hashable {
    public var show: Show
    /// The series it is an edition of, when the catalogue's history places it in one.
    public var series: String?
    /// Exhibitors of the catalogue at this fair; nil when its list was not published (unknown,
    /// not zero).
    public var exhibitorCount: Int?
}

extension Rows {
    /// Every fair of the catalog, in the catalog's order (by date).
    public static func fairs(in catalog: Catalog) -> [FairRow] {
        var seriesOfShow: [String: (name: String, listPublished: Bool)] = [:]
        for series in catalog.history?.series ?? [] {
            for edition in series.editions { seriesOfShow[edition.showID] = (series.name, edition.listPublished) }
        }
        return catalog.shows.map { show in
            let known = seriesOfShow[show.id]
            let count = catalog.exhibitorCount(.show, .id(show.id))
            let published = known?.listPublished ?? (count > 0)
            return FairRow(show: show, series: known?.name, exhibitorCount: published ? count : nil)
        }
    }

    /// The fair a route opens, if the catalog has it.
    public static func fair(_ id: String, in catalog: Catalog) -> FairRow? {
        guard let show = catalog.show(id: id) else { return nil }
        let series = catalog.history?.series(ofShow: id)
        let edition = series?.editions.first { $0.showID == id }
        let count = catalog.exhibitorCount(.show, .id(id))
        let published = edition?.listPublished ?? (count > 0)
        return FairRow(show: show, series: series?.name, exhibitorCount: published ? count : nil)
    }
}
