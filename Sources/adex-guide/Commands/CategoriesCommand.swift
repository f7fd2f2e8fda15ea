import ArgumentParser
import GuideModel

/// `adex-guide categories`: the category tree with exhibitor counts.
struct CategoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categories",
        abstract: "Categories (as a tree) with the number of exhibitors in each, sub-categories included."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let catalog = try options.loadCatalog()
        let rows = catalog.categoryOutline()
        let without = catalog.exhibitorCount(.category, .none)
        var console = Console.standard()
        if options.json {
            console.printJSON(.dict([
                ("categories", .array(rows.map { row in
                    .dict([("id", .string(row.category.id)), ("name", .string(row.category.name)),
                           ("parent", .string(row.category.parent)), ("depth", .int(row.depth)),
                           ("exhibitors", .int(catalog.exhibitorCount(.category, .id(row.category.id))))])
                })),
                ("withoutCategory", .int(without)),
            ]))
            console.flush()
            return
        }
        var table = Table([.init(title: "CATEGORY", flexible: true, minimumWidth: 16),
                           .init(title: "EXHIBITORS", alignRight: true), .init(title: "ID")])
        for row in rows {
            table.add([String(repeating: "  ", count: row.depth) + row.category.name,
                       String(catalog.exhibitorCount(.category, .id(row.category.id))), row.category.id])
        }
        if without > 0 { table.add(["(no category given)", String(without), "none"]) }
        console.print(lines: table.render(width: console.width))
        console.flush()
    }
}
