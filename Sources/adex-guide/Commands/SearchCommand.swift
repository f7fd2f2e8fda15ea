import ArgumentParser
import Foundation
import GuideModel
import GuideSearch

/// `adex-guide search TEXT`: one query across exhibitors, products, categories, countries and the programme.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search exhibitors, products, categories, countries and the programme (case, accents and script ignored)."
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "At most this many results of each kind.")
    var limit: Int = 20

    @Flag(name: .long, help: "Do not read or keep the search index of a --data file in the cache ($ADEX_GUIDE_CACHE, $XDG_CACHE_HOME/adex-guide or ~/.cache/adex-guide; ADEX_GUIDE_CACHE=off turns it off).")
    var noCache = false

    @Argument(parsing: .remaining, help: ArgumentHelp("Words to look for; every word must match.", valueName: "text"))
    var words: [String] = []

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !words.joined().trimmingWhitespace().isEmpty else { throw ValidationError("give some text to search for, e.g. adex-guide search azersilah") }
    }

    /// The index: of the bundled data, built (it is small); of a file, from the cache when it holds
    /// one for that very file (see `SearchIndexCache`).
    private func index() throws -> SearchIndex {
        let location = DataLocation.resolve(option: options.data, environment: ProcessInfo.processInfo.environment)
        guard case .file(let path) = location, !noCache else { return SearchIndex(catalog: try options.loadCatalog()) }
        return try SearchIndexCache.standard().index(forFile: path) { SearchIndex(catalog: try options.loadCatalog()) }
    }

    func run() throws {
        let query = words.joined(separator: " ")
        let results = try index().search(query, limit: limit)
        var console = Console.standard()
        if options.json {
            console.printJSON(.dict([
                ("query", .string(query)),
                ("groups", .array(results.groups.map { group in
                    .dict([
                        ("kind", .string(group.kind.rawValue)),
                        ("total", .int(results.totalCounts[group.kind] ?? group.hits.count)),
                        ("hits", .array(group.hits.map { hit in
                            .dict([("id", .string(hit.id)), ("title", .string(hit.title)), ("matchedField", .string(hit.matchedField)),
                                   ("matchedText", .string(hit.matchedText)), ("score", .int(hit.score))])
                        })),
                    ])
                })),
            ]))
            console.flush()
            return
        }
        if results.isEmpty {
            console.print("No matches for \(Text.quote(query)).")
            console.flush()
            return
        }
        for (index, group) in results.groups.enumerated() {
            if index > 0 { console.print() }
            let total = results.totalCounts[group.kind] ?? group.hits.count
            console.print("\(group.kind.pluralName) (\(total)\(total > group.hits.count ? ", showing \(group.hits.count)" : ""))")
            var table = Table([.init(title: "TITLE", flexible: true, minimumWidth: 16), .init(title: "MATCHED", flexible: true, minimumWidth: 12),
                               .init(title: "ID", minimumWidth: 6)])
            for hit in group.hits {
                let matched = hit.matchedText == hit.title ? "" : "\(hit.matchedField): \(hit.excerpt(length: 60).text)"
                table.add([hit.title, matched, hit.id])
            }
            console.print(lines: table.render(width: console.width, indent: 2, header: false))
        }
        console.flush()
    }
}
