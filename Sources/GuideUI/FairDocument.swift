import GuideModel
import GuideNavigation
import TerminalCanvas

/// One fair of a catalogue of several, as a scrollable text: when, which series, its websites
/// and sources, its exhibitor list (Enter lists it) and the official delegations invited.
enum FairDocument {
    static func make(_ fair: FairRow, _ catalog: Catalog, width: Int) -> Document {
        let show = fair.show
        let describe = Describe(catalog: catalog)
        var doc = Document(width: width)
        doc.paragraph(show.name, style: .bold)
        var rows: [(String, String, Style)] = []
        if let fullName = show.fullName, fullName != show.name { rows.append(("Full name", fullName, .plain)) }
        let when = show.approximateDate == nil ? show.dateLabel : show.dateLabel + " (the source gives no days)"
        rows.append(("Dates", when, .plain))
        if let country = show.country { rows.append(("Country", describe.country(country), .plain)) }
        if let seriesName = fair.series, let series = catalog.history?.series(ofShow: show.id),
           let position = series.editions.firstIndex(where: { $0.showID == show.id }) {
            rows.append(("Series", "\(seriesName): edition \(position + 1) of \(series.editions.count) in the data", .plain))
        } else {
            rows.append(("Series", "not part of a series in the data", Theme.notPublished))
        }
        let websites = (show.website.map { [$0] } ?? []) + show.otherWebsites
        rows.append(("Website", websites.isEmpty ? "not given" : websites.joined(separator: " · "), websites.isEmpty ? Theme.notPublished : .plain))
        if let count = fair.exhibitorCount {
            rows.append(("Exhibitors", "\(count) in the data (Enter lists them)", .plain))
        } else {
            rows.append(("Exhibitors", "held, exhibitor list not published", Theme.notPublished))
        }
        doc.fields(rows)
        let sources = show.sources.compactMap { catalog.source(id: $0) }
        if !sources.isEmpty {
            doc.heading("Sources")
            for source in sources { doc.bullet(describe.source(source.id) + (source.url.map { " " + $0 } ?? "")) }
        }
        doc.heading("Delegations (\(show.delegations.count))")
        if show.delegations.isEmpty {
            doc.paragraph("No official delegation is listed for this fair in the data.", style: Theme.notPublished)
        } else {
            var perCountry: [String?: Int] = [:]
            for delegation in show.delegations { perCountry[delegation.country, default: 0] += 1 }
            let counted = perCountry.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                return describe.country(a.key) < describe.country(b.key)
            }
            let countries = counted.filter { $0.key != nil }
            var line = "\(countries.count) " + (countries.count == 1 ? "country" : "countries") + ": "
            line += countries.map { "\(describe.country($0.key)) \($0.value)" }.joined(separator: ", ")
            if let unknown = perCountry[nil] { line += (countries.isEmpty ? "" : "; ") + "country not given \(unknown)" }
            doc.paragraph(line)
            for delegation in show.delegations {
                doc.bullet(delegation.name + (delegation.country.map { " — " + describe.country($0) } ?? ""))
            }
        }
        return doc
    }
}
