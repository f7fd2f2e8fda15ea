import ArgumentParser
import GuideModel

/// `adex-guide halls`: halls and outdoor areas, with exhibitor counts and whether a floor plan exists.
struct HallsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "halls",
        abstract: "Halls and outdoor areas with exhibitor counts and floor-plan status."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let catalog = try options.loadCatalog()
        let unplaced = catalog.exhibitorCount(.hall, .none)
        var console = Console.standard()
        if options.json {
            console.printJSON(.dict([
                ("halls", .array(catalog.halls.map { hall in
                    .dict([("id", .string(hall.id)), ("name", .string(hall.name)), ("kind", .string(hall.kind.rawValue)),
                           ("exhibitors", .int(catalog.exhibitorCount(.hall, .id(hall.id)))),
                           ("stands", hall.hasLayout ? .int(hall.stands.count) : .null),
                           ("layoutPublished", .bool(hall.hasLayout)),
                           ("note", .string(hall.note)), ("sources", .strings(hall.sources))])
                })),
                ("exhibitorsWithoutHall", .int(unplaced)),
            ]))
            console.flush()
            return
        }
        guard !catalog.halls.isEmpty else {
            console.print("No halls in the data: hall allocation is not published.")
            console.flush()
            return
        }
        var table = Table([.init(title: "HALL", flexible: true, minimumWidth: 10), .init(title: "KIND"),
                           .init(title: "EXHIBITORS", alignRight: true), .init(title: "FLOOR PLAN"), .init(title: "ID")])
        for hall in catalog.halls {
            table.add([hall.name, hall.kind.rawValue, String(catalog.exhibitorCount(.hall, .id(hall.id))),
                       hall.hasLayout ? "\(hall.stands.count) stands" : "not published", hall.id])
        }
        console.print(lines: table.render(width: console.width))
        if unplaced > 0 {
            console.print("\(unplaced) of \(catalog.exhibitors.count) exhibitors have no published hall.")
        }
        for hall in catalog.halls {
            guard let note = hall.note else { continue }
            console.print()
            console.paragraph("\(hall.name): " + note, indent: 0)
        }
        console.flush()
    }
}
