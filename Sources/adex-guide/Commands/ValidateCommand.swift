import ArgumentParser
import GuideFairs
import GuideModel

/// `adex-guide validate FILE`: load a data file and report every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a data file (adex-guide/1, or a CAAT/Omega fair file) and list every problem (exit 0 when valid, 65 when not)."
    )

    /// `--json` is one of the options every command takes (the top-level command's options would
    /// take a `--json` flag of this command's own before it).
    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The file to check.", valueName: "file"))
    var file: String

    func run() throws {
        var console = Console.standard()
        do {
            let loaded = try DataFileLoader.load(contentsOf: file, mode: options.fairReadMode)
            let catalog = loaded.catalog
            if options.json {
                let oddities = loaded.conversion?.oddityLines ?? []
                console.printJSON(.dict([("file", .string(file)), ("valid", .bool(true)), ("format", .string(loaded.format.rawValue)),
                                         ("problems", .array([])), ("problemCount", .int(0)),
                                         ("oddities", .array(oddities.map { .string($0) })),
                                         ("oddityCount", .int(loaded.conversion?.oddities.count ?? 0))]))
            } else {
                let kind = loaded.format == .fairFile ? "valid CAAT/Omega fair file" : "valid"
                var line = "\(file): \(kind) — \(catalog.event.name): \(catalog.shows.count) shows, \(catalog.exhibitors.count) exhibitors, \(catalog.products.count) products, \(catalog.programme.count) programme items, \(catalog.sources.count) sources"
                if let oddities = loaded.conversion?.oddities, !oddities.isEmpty {
                    line += "; read with \(oddities.countText) ('adex-guide --data \(file) info' lists them, --strict refuses them)"
                }
                console.print(Text.line(line))
            }
            console.flush()
        } catch {
            if options.json {
                // `problems` holds the lines the text output prints (summaries of unlisted
                // problems included); `problemCount` counts every problem, listed or not.
                console.printJSON(.dict([
                    ("file", .string(file)), ("valid", .bool(false)),
                    ("problems", .array(error.problems.map { .string($0.description) })),
                    ("problemCount", .int(error.problems.problemCount)),
                ]))
                console.flush()
                throw CLIFailure(lines: [], exitCode: error.exitCode)
            }
            var lines = error.problems.map(\.description)
            if case .invalid(let problems) = error {
                lines.append("\(file): \(problems.countText)")
            }
            throw CLIFailure(lines: lines, exitCode: error.exitCode)
        }
    }
}
