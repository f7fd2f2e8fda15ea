import GuideModel

/// A catalogue of several fairs with every shape the screens must handle: the three ADEX
/// samples (exact days, one without a list) plus a synthetic series "Northwind Expo" whose
/// fairs are dated only approximately ("2004", "September 2011") and have no published list,
/// delegations on ADEX 2024 and on one Northwind fair, a second website, and two files that
/// could not be read. Northwind and its delegations are invented names, not facts.
public enum FairCatalogueSamples {
    public static let seriesID = "northwind-expo"

    public static func load() throws -> Catalog {
        let base = try FairSamples.loadFixtureCollection()
        var shows = base.shows
        if let index = shows.firstIndex(where: { $0.name == "ADEX 2024" }) {
            shows[index].otherWebsites = ["https://adex-second-site.example"]
            shows[index].delegations = [
                Delegation(name: "Delegation of the Ministry of Testing", country: "TR"),
                Delegation(name: "Sample Procurement Agency", country: "TR"),
                Delegation(name: "Example Armed Forces", country: "IL"),
                Delegation(name: "A delegation without a country"),
            ]
        }
        var first = Show(id: "northwind-2004", name: "Northwind Expo 2004", approximateDate: ApproximateDate(year: 2004)!,
                         sources: [])
        first.fullName = "Northwind Expo of Sample Equipment"
        var second = Show(id: "northwind-2011", name: "Northwind Expo 2011", approximateDate: ApproximateDate(year: 2011, month: 9)!,
                          website: "https://northwind.example", sources: [])
        second.delegations = [Delegation(name: "Invented Navy", country: "IL")]
        shows = [first, second] + shows
        let catalog = Catalog(fileName: base.fileName, event: base.event, sources: base.sources, shows: shows, halls: base.halls,
                              categories: base.categories, countries: base.countries, kinds: base.kinds, exhibitors: base.exhibitors,
                              products: base.products, programme: base.programme, figures: base.figures)
        var history = base.history ?? FairHistory(series: [])
        func unlisted(_ show: Show, year: Int) -> EditionStats {
            EditionStats(showID: show.id, name: show.name, year: year, listPublished: false, exhibitorIDs: [], newIDs: [],
                         returningIDs: [], notReturningIDs: [], countries: [])
        }
        history.series.append(SeriesHistory(id: seriesID, name: "Northwind Expo",
                                            editions: [unlisted(first, year: 2004), unlisted(second, year: 2011)]))
        history.unreadableFiles = [
            UnreadableFile(file: "/data/caat/broken-one.json", problems: ["broken-one.json:$: not JSON"]),
            UnreadableFile(file: "/data/caat/broken-two.json", problems: ["broken-two.json:$.name: not text"]),
        ]
        return catalog.with(history: history)
    }
}
