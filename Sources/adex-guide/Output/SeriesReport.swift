import GuideFairs
import GuideModel

/// A fair series' editions with who was new, who came back and who stayed away, as
/// `adex-guide editions` shows them, from either kind of catalogue that has a history: several
/// fair files (`Catalog.history`), or the bundled ADEX-2024 guide compared with the ADEX 2022
/// list (whose not-returning exhibitors are not in the catalogue, hence members by name).
struct SeriesReport {
    /// One exhibitor of an edition: a catalogue exhibitor, or (not returning to the bundled
    /// ADEX-2024) a name from the earlier list only.
    struct Member {
        /// The catalogue's exhibitor id; nil for a name known only from an earlier list.
        var id: String?
        /// As listed at the edition (the not-returning: at the previous one).
        var name: String
        var country: String?
    }

    struct EditionReport {
        /// The show id (several fairs) or the edition id.
        var id: String
        var name: String
        var year: Int?
        /// When it was held, as the data dates it ("24–26 September 2024", "2004", "May 2011");
        /// nil when not known.
        var dateLabel: String? = nil
        var listPublished: Bool
        var exhibitors: [Member]
        /// At no earlier edition of the series with a list.
        var new: [Member]
        /// At an earlier edition of the series.
        var returning: [Member]
        /// At `comparedWith`, not at this edition.
        var notReturning: [Member]
        /// The previous edition with a list; nil for the first (then nothing is "new" in any
        /// sense the data can support, and the counts say so).
        var comparedWith: (id: String, name: String)?
        /// Exhibitors per country, most first; `code` nil for "country not given".
        var countries: [CountryTally]
    }

    var id: String
    var name: String
    var editions: [EditionReport]

    /// The latest edition with a published list, whose countries are charted.
    var latestWithList: EditionReport? { editions.last { $0.listPublished } }

    /// Every series of a catalogue of several fair files.
    static func all(history: FairHistory, catalog: Catalog) -> [SeriesReport] {
        /// The exhibitor as listed at `showID` (its name there), else by its name.
        func member(_ id: String, at showID: String?) -> Member {
            let exhibitor = catalog.exhibitor(id: id)
            let listed = showID.flatMap { show in exhibitor?.editions.first { $0.edition == show }?.nameThere }
            return Member(id: id, name: listed ?? exhibitor?.name ?? id, country: exhibitor?.country)
        }
        return history.series.map { series in
            var previous: (id: String, name: String)?
            let editions = series.editions.map { stats -> EditionReport in
                defer { if stats.listPublished { previous = (stats.showID, stats.name) } }
                let here = { (ids: [String]) in ids.map { member($0, at: stats.showID) } }
                return EditionReport(id: stats.showID, name: stats.name, year: stats.year,
                                     dateLabel: catalog.show(id: stats.showID)?.dateLabel, listPublished: stats.listPublished,
                                     exhibitors: here(stats.exhibitorIDs), new: here(stats.newIDs), returning: here(stats.returningIDs),
                                     notReturning: stats.notReturningIDs.map { member($0, at: previous?.id) },
                                     comparedWith: stats.listPublished ? previous : nil, countries: stats.countries)
            }
            return SeriesReport(id: series.id, name: series.name, editions: editions)
        }
    }

    /// The bundled guide's one series: the earlier list, then the catalogue's own list (exhibitors
    /// on the organiser's list only; organisations only reported at the event are no edition's).
    static func bundled(catalog: Catalog, earlier: BundledHistory.EarlierList) -> SeriesReport {
        let earlierMembers = earlier.exhibitors.map { Member(id: nil, name: $0.name, country: $0.country) }
        let notReturning = Set(earlier.notReturningIDs)
        let listed = catalog.exhibitors.filter(\.listed)
        let members = { (list: [Exhibitor]) in list.map { Member(id: $0.id, name: $0.name, country: $0.country) } }
        let first = EditionReport(
            id: earlier.edition.id, name: earlier.edition.name, year: earlier.edition.year, listPublished: true,
            exhibitors: earlierMembers, new: earlierMembers, returning: [], notReturning: [], comparedWith: nil,
            countries: tallies(earlier.exhibitors.map(\.country)))
        let current = EditionReport(
            id: catalog.shows.first?.id ?? catalog.event.id, name: catalog.shows.first?.name ?? catalog.event.name,
            year: BundledHistory.currentEdition.year, listPublished: true, exhibitors: members(listed),
            new: members(listed.filter { $0.editions.isEmpty }), returning: members(listed.filter { !$0.editions.isEmpty }),
            notReturning: zip(earlier.exhibitors, earlierMembers).filter { notReturning.contains($0.0.id) }.map(\.1),
            comparedWith: (earlier.edition.id, earlier.edition.name), countries: tallies(listed.map(\.country)))
        return SeriesReport(id: BundledHistory.series, name: BundledHistory.series, editions: [first, current])
    }

    /// Exhibitors per country, most first (ties by code), those without a country last.
    static func tallies(_ countries: [String?]) -> [CountryTally] {
        var counts: [String: Int] = [:]
        var unknown = 0
        for country in countries {
            if let country { counts[country, default: 0] += 1 } else { unknown += 1 }
        }
        var tallies = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { CountryTally(code: $0.key, count: $0.value) }
        if unknown > 0 { tallies.append(CountryTally(code: nil, count: unknown)) }
        return tallies
    }

    /// The `count` countries with most exhibitors, then the rest as one bar ("other countries"),
    /// then those without a country: a chart that fits.
    static func topCountries(_ tallies: [CountryTally], count: Int) -> (top: [CountryTally], others: (countries: Int, exhibitors: Int)?, unknown: Int?) {
        let known = tallies.filter { $0.code != nil }
        let rest = known.dropFirst(count)
        let unknown = tallies.filter { $0.code == nil }.reduce(0) { $0 + $1.count }
        return (Array(known.prefix(count)), rest.isEmpty ? nil : (rest.count, rest.reduce(0) { $0 + $1.count }), unknown > 0 ? unknown : nil)
    }
}
