import ArgumentParser
import GuideModel

/// `adex-guide countries`: countries with exhibitor counts.
struct CountriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "Countries with the number of exhibitors from each."
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Order: name or count.", valueName: "order"))
    var sort: String = "name"

    func run() throws {
        let catalog = try options.loadCatalog()
        guard ["name", "count"].contains(sort) else {
            throw CLIFailure.usage("--sort: expected name or count, not \(Text.quote(sort))")
        }
        var countries = catalog.countries
        if sort == "count" {
            countries = countries.enumerated().sorted { a, b in
                let ca = catalog.exhibitorCount(.country, .id(a.element.code))
                let cb = catalog.exhibitorCount(.country, .id(b.element.code))
                return ca != cb ? ca > cb : a.offset < b.offset
            }.map(\.element)
        }
        let without = catalog.exhibitorCount(.country, .none)
        var console = Console.standard()
        if options.json {
            console.printJSON(.dict([
                ("countries", .array(countries.map { country in
                    .dict([("code", .string(country.code)), ("name", .string(country.name)),
                           ("altNames", .strings(country.altNames)),
                           ("exhibitors", .int(catalog.exhibitorCount(.country, .id(country.code)))),
                           ("note", .string(country.note))])
                })),
                ("withoutCountry", .int(without)),
            ]))
            console.flush()
            return
        }
        var table = Table([.init(title: "COUNTRY", flexible: true, minimumWidth: 12), .init(title: "CODE"),
                           .init(title: "EXHIBITORS", alignRight: true)])
        for country in countries {
            table.add([country.name, country.code, String(catalog.exhibitorCount(.country, .id(country.code)))])
        }
        if without > 0 { table.add(["(no country given)", "-", String(without)]) }
        console.print(lines: table.render(width: console.width))
        let zero = countries.filter { catalog.exhibitorCount(.country, .id($0.code)) == 0 }
        if !zero.isEmpty {
            console.print("Countries with 0 exhibitors are in the data for another reason (e.g. an official delegation); see --json notes.")
        }
        console.flush()
    }
}
