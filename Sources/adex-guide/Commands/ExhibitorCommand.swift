import ArgumentParser
import GuideModel
import GuideUI

/// `adex-guide exhibitor NAME`: everything known about one exhibitor, with sources.
struct ExhibitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exhibitor",
        abstract: "One exhibitor in full: names, country, shows, categories, stand, products, programme, sources."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Exhibitor id, name or alternative name (a unique part of it is enough).", valueName: "id-or-name"))
    var query: String

    func run() throws {
        let catalog = try options.loadCatalog()
        let exhibitor = try Resolver(catalog: catalog).exhibitor(query)
        var console = Console.standard()
        if options.json {
            console.printJSON(JSONReports(catalog: catalog).exhibitorDetail(exhibitor))
            console.flush()
            return
        }
        let describe = Describe(catalog: catalog)
        console.print(Text.line(exhibitor.name))
        var rows: [(String, String)] = []
        if !exhibitor.altNames.isEmpty { rows.append(("Also known as", exhibitor.altNames.joined(separator: "; "))) }
        rows.append(("Country", exhibitor.country.map { "\(describe.country($0)) (\($0))" } ?? "not given by the sources"))
        var shows = describe.shows(exhibitor)
        if let note = exhibitor.showNote { shows += " — " + note }
        rows.append(("Show", shows))
        rows.append(("Listed", exhibitor.listed ? "on the organiser's exhibitor list" : "not on the organiser's exhibitor list; reported at the event by other sources"))
        rows.append(("Kind", describe.kind(exhibitor.kind)))
        rows.append(("Categories", exhibitor.categories.isEmpty ? "none given by the sources" : describe.categories(exhibitor.categories)))
        rows.append(("Stand", describe.stand(exhibitor.stand)))
        rows.append(("Website", exhibitor.website ?? "not given"))
        rows.append(("Confidence", exhibitor.confidence.rawValue))
        if !catalog.editions.isEmpty { rows.append(("Editions", describe.editions(of: exhibitor))) }
        rows.append(("Id", exhibitor.id))
        console.labelled(rows)
        if catalog.history != nil { Self.printFairs(of: exhibitor, catalog: catalog, to: &console) }
        if let description = exhibitor.description {
            console.print()
            console.print("About")
            console.paragraph(description, indent: 2)
        }
        let products = catalog.products(of: exhibitor.id)
        if !products.isEmpty {
            console.print()
            console.print("Products shown")
            for product in products {
                console.bullet(product.name + (product.type.map { " — " + $0 } ?? "") + " " + describe.sourceTags(product.sources), indent: 2)
                if let description = product.description { console.paragraph(description, indent: 4) }
            }
        }
        let programme = catalog.programme(involving: exhibitor.id)
        if !programme.isEmpty {
            console.print()
            console.print("Programme")
            for item in programme {
                console.bullet(describe.itemDay(item) + ", " + describe.itemTime(item) + ": " + item.title + " [\(item.id)]", indent: 2)
            }
        }
        console.print()
        console.print("Sources")
        for source in exhibitor.sources {
            console.source(source, describe: describe, indent: 2)
        }
        console.flush()
    }

    /// In a catalogue of several fairs: each fair the company was listed at, by date, with the
    /// name it had there and how that listing is tied to its first one (a similar name is a
    /// probable match, and says so).
    static func printFairs(of exhibitor: Exhibitor, catalog: Catalog, to console: inout Console) {
        console.print()
        console.print("Fairs (\(exhibitor.editions.count))")
        var table = Table([.init(title: "YEAR"), .init(title: "FAIR", flexible: true, minimumWidth: 8),
                           .init(title: "LISTED AS", flexible: true, minimumWidth: 12), .init(title: "MATCH", minimumWidth: 10)])
        for (index, attendance) in exhibitor.editions.enumerated() {
            let show = catalog.show(id: attendance.edition)
            table.add([show.map { String($0.firstDay.year) } ?? "?", show?.name ?? attendance.edition, attendance.nameThere,
                       index == 0 ? "first listing" : matchWords(attendance)])
        }
        console.print(lines: table.render(width: console.width, indent: 2))
    }

    /// "certain: same website rafael.co.il", "probable: same words in another order".
    static func matchWords(_ attendance: EditionAttendance) -> String {
        attendance.levelAndEvidence
    }
}
