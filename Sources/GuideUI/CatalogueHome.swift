import GuideModel
import GuideNavigation
import TerminalCanvas

/// Home for a catalogue of several fairs (a folder of the dataset): what it spans and holds,
/// the latest fairs, the biggest series, and which files could not be read. A catalogue has no
/// "today": nothing here counts days or says what is on now.
enum CatalogueHome {
    static func make(_ catalog: Catalog, history: FairHistory, width: Int) -> Document {
        let event = catalog.event
        var doc = Document(width: width)
        doc.line(event.name, .bold)
        let fairs = Rows.fairs(in: catalog)
        let withList = fairs.filter { $0.exhibitorCount != nil }
        let entries = withList.reduce(0) { $0 + ($1.exhibitorCount ?? 0) }
        var rows: [(String, String, Style)] = []
        rows.append(("Span", catalog.yearSpan ?? "no dated fair", .plain))
        rows.append(("Series", "\(history.series.count)", .plain))
        rows.append(("Fairs", "\(fairs.count), \(withList.count) with an exhibitor list, \(fairs.count - withList.count) held without a published list", .plain))
        // A company listed twice on one fair's list counts once here (the notice gives the entries).
        rows.append(("Exhibitors", "\(catalog.exhibitors.count) companies, \(entries) company listings at fairs, \(catalog.countries.count) countries", .plain))
        doc.fields(rows)
        if !history.unreadableFiles.isEmpty {
            let names = history.unreadableFiles.map { baseName($0.file) }
            let shown = names.count > 3 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more" : names.joined(separator: ", ")
            let count = history.unreadableFiles.count
            doc.blank()
            doc.paragraph("\(count) \(count == 1 ? "file" : "files") could not be read: \(shown) (see info)", style: Theme.error)
        }
        doc.blank()
        doc.paragraph("Keys: L fairs · H series and editions · 2 companies (F filters, s sorts) · 3 categories · / search companies, fairs, series · ? all keys · Q quit", style: Theme.dim)

        doc.heading("Latest fairs")
        let latest = fairs.sorted { a, b in
            a.show.lastDay != b.show.lastDay ? a.show.lastDay > b.show.lastDay : a.show.name < b.show.name
        }.prefix(5)
        for fair in latest {
            let list = fair.exhibitorCount.map { "\($0) exhibitors" } ?? "list not published"
            doc.bullet("\(fair.show.name) · \(fair.show.dateLabel) · \(list)")
        }
        doc.heading("Biggest series")
        let biggest = history.series.sorted { a, b in
            a.editions.count != b.editions.count ? a.editions.count > b.editions.count : a.name < b.name
        }.prefix(5)
        for series in biggest {
            let listed = series.editions.filter(\.listPublished)
            let entries = listed.reduce(0) { $0 + $1.listedCount }
            let years = series.editions.compactMap { catalog.show(id: $0.showID)?.firstDay.year }
            let range = years.min().map { first in first == years.max() ? "\(first)" : "\(first)–\(years.max() ?? first)" } ?? ""
            doc.bullet("\(series.name) · \(series.editions.count) editions \(range) · \(listed.count) with a list, \(entries) entries")
        }
        doc.heading("About this data")
        doc.paragraph("As of \(event.dataAsOf.longText); \(catalog.sources.count) sources.")
        doc.paragraph(event.notice)
        return doc
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
