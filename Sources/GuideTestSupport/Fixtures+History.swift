import GuideModel

extension Fixtures {
    /// The fictional show as if its two shows were two editions of one series ("Fictional Expo
    /// 2028", list not published; the main show; then the Safety Corner), for the editions
    /// screens: the real multi-fair catalogues come from GuideFairs.
    public static func loadFictionalWithHistory() throws -> Catalog {
        let catalog = try loadFictional()
        func ids(_ show: String) -> [String] { catalog.exhibitors.filter { $0.shows.contains(show) }.map(\.id) }
        let main = ids("main")
        let safety = ids("safety")
        func tally(_ ids: [String]) -> [CountryTally] {
            var counts: [String?: Int] = [:]
            for id in ids { counts[catalog.exhibitor(id: id)?.country, default: 0] += 1 }
            return counts.map { CountryTally(code: $0.key, count: $0.value) }
                .sorted { ($0.count, $1.code ?? "~") > ($1.count, $0.code ?? "~") }
        }
        let series = SeriesHistory(id: "fictional-expo", name: "Fictional Expo", editions: [
            EditionStats(showID: "expo-2028", name: "Fictional Expo 2028", year: 2028, listPublished: false, exhibitorIDs: [], newIDs: [],
                         returningIDs: [], notReturningIDs: [], countries: []),
            EditionStats(showID: "main", name: "Fictional Expo 2030", year: 2030, listPublished: true, exhibitorIDs: main, newIDs: main,
                         returningIDs: [], notReturningIDs: [], countries: tally(main)),
            EditionStats(showID: "safety", name: "Safety Corner 2030", year: 2030, listPublished: true, exhibitorIDs: safety,
                         newIDs: safety.filter { !main.contains($0) }, returningIDs: safety.filter { main.contains($0) },
                         notReturningIDs: main.filter { !safety.contains($0) }, countries: tally(safety)),
        ])
        return catalog.with(history: FairHistory(series: [series]))
    }
}
