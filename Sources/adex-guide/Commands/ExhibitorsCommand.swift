import ArgumentParser
import GuideModel
import GuideUI

extension ExhibitorSort: ExpressibleByArgument {}

/// `adex-guide exhibitors`: the exhibitor list, filtered by facets that combine.
struct ExhibitorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exhibitors",
        abstract: "List exhibitors, filtered by show, hall, category, country or kind.",
        discussion: """
        Filters accept ids or names, in any case and with or without accents ('turkiye', 'TR' and \
        'Türkiye' are the same). Repeat an option to accept several values (OR); different options \
        combine (AND). The value 'none' selects exhibitors without one: --category none lists those \
        without a category in the organiser's list, --hall none those whose hall is not published.
        """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Show id or name (e.g. adex, securex).", valueName: "show"))
    var show: [String] = []

    @Option(name: .long, help: ArgumentHelp("Hall id or name, or none.", valueName: "hall"))
    var hall: [String] = []

    @Option(name: .long, help: ArgumentHelp("Category id or name (sub-categories included), or none.", valueName: "category"))
    var category: [String] = []

    @Option(name: .long, help: ArgumentHelp("Country code or name, or none.", valueName: "country"))
    var country: [String] = []

    @Option(name: .long, help: ArgumentHelp("Kind id or name (company, state body, media...).", valueName: "kind"))
    var kind: [String] = []

    @Option(name: .long, help: ArgumentHelp("Also at another edition (id, name or year, e.g. 2022), or new (at none): the bundled ADEX-2024 is compared with ADEX 2022.", valueName: "edition"))
    var edition: [String] = []

    @Option(name: .long, help: ArgumentHelp("Order: name, country, kind or stand.", valueName: "order"))
    var sort: ExhibitorSort = .name

    func run() throws {
        let catalog = try options.loadCatalog()
        let resolver = Resolver(catalog: catalog)
        var filter = ExhibitorFilter()
        for (facet, values, option) in [(Facet.show, show, "--show"), (.hall, hall, "--hall"), (.category, category, "--category"),
                                        (.country, country, "--country"), (.kind, kind, "--kind"), (.edition, edition, "--edition")] {
            for value in values { filter.add(try resolver.facetValue(facet, value, option: option), to: facet) }
        }
        let exhibitors = catalog.exhibitors(matching: filter, sortedBy: sort)
        var console = Console.standard()
        if options.json {
            let json = JSONReports(catalog: catalog)
            let filterJSON: JSONValue = .dict(catalog.facets.map { facet in
                (facet.rawValue, .array(filter.values(for: facet).sorted().map { $0.id.map { .string($0) } ?? .null }))
            })
            console.printJSON(.dict([
                ("count", .int(exhibitors.count)),
                ("filter", filterJSON),
                ("sort", .string(sort.rawValue)),
                ("exhibitors", .array(exhibitors.map(json.exhibitorSummary))),
            ]))
            console.flush()
            return
        }
        let describe = Describe(catalog: catalog)
        var summary = "\(exhibitors.count) of \(catalog.exhibitors.count) exhibitors"
        if !filter.isEmpty {
            let parts = catalog.facets.compactMap { facet -> String? in
                let values = filter.values(for: facet)
                guard !values.isEmpty else { return nil }
                return "\(facet.rawValue): " + values.sorted().map { catalog.name(of: $0, in: facet) }.joined(separator: " or ")
            }
            summary += " (" + parts.joined(separator: "; ") + ")"
        }
        console.print(Text.line(summary))
        guard !exhibitors.isEmpty else {
            console.flush()
            return
        }
        var table = Table([
            .init(title: "NAME", flexible: true, minimumWidth: 16),
            .init(title: "COUNTRY", minimumWidth: 7),
            .init(title: "SHOW", minimumWidth: 4),
            .init(title: "KIND", minimumWidth: 6),
            .init(title: "STAND", minimumWidth: 5),
            .init(title: "ID", minimumWidth: 6),
        ])
        for exhibitor in exhibitors {
            let name = exhibitor.listed ? exhibitor.name : exhibitor.name + " (reported)"
            table.add([name, describe.country(exhibitor.country), describe.showsShort(exhibitor.shows),
                       describe.kind(exhibitor.kind), describe.stand(exhibitor.stand), exhibitor.id])
        }
        console.print(lines: table.render(width: console.width))
        if exhibitors.contains(where: { !$0.listed }) {
            console.print("(reported) = not on the organiser's exhibitor list; reported at the event by other sources.")
        }
        console.flush()
    }
}
