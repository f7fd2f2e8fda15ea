import ArgumentParser
import Foundation
import GuideFairs
import GuideModel
import TerminalCanvas

/// `adex-guide editions`: the history of each fair series, edition by edition: how many
/// exhibitors, how many new, returning and not returning, and where the latest list's exhibitors
/// came from; with `--edition`, the names themselves.
struct EditionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "editions",
        abstract: "Each fair series edition by edition: exhibitors, new, returning, not returning, countries.",
        discussion: """
        Works on several fair files opened together (--data DIR, or --data repeated), each fair an \
        edition of its series, and on the bundled guide (ADEX 2022 and ADEX-2024). New: on no \
        earlier published list of the series; returning: on an earlier one; not returning: on the \
        previous published list, not on this one. Companies are matched by name (case, accents, \
        punctuation and legal forms ignored), transliteration, an acronym or brand word the names \
        share, or the same website; every match is certain or probable and says its evidence.
        """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Only this series (id or name, e.g. adex).", valueName: "series"))
    var series: String?

    @Option(name: .long, help: ArgumentHelp("List the exhibitors of one edition: its id, name or year (e.g. 2024).", valueName: "edition"))
    var edition: String?

    @Flag(name: .long, help: "With --edition: only the new exhibitors.")
    var new = false

    @Flag(name: .long, help: "With --edition: only the returning exhibitors.")
    var returning = false

    @Flag(name: .customLong("not-returning"), help: "With --edition: only those at the previous edition, not at this one.")
    var notReturning = false

    /// Which lists to print for one edition.
    struct Lists: OptionSet {
        let rawValue: Int
        static let new = Lists(rawValue: 1)
        static let returning = Lists(rawValue: 2)
        static let notReturning = Lists(rawValue: 4)
        static let all: Lists = [.new, .returning, .notReturning]
    }

    func validate() throws {
        if edition == nil, let flag = [(new, "--new"), (returning, "--returning"), (notReturning, "--not-returning")].first(where: \.0)?.1 {
            throw ValidationError("\(flag) lists the exhibitors of one edition: give it with --edition (e.g. --edition 2024)")
        }
    }

    func run() throws {
        let data = try options.loadData()
        let catalog = data.catalog
        let all = try Self.reports(catalog: catalog, options: options)
        let resolver = Resolver(catalog: catalog)
        let chosen = try series.map { [try resolver.series($0, among: all)] } ?? all
        var console = Console.standard()
        if let edition {
            let found = try resolver.edition(edition, among: chosen)
            var lists: Lists = []
            if new { lists.insert(.new) }
            if returning { lists.insert(.returning) }
            if notReturning { lists.insert(.notReturning) }
            let printer = EditionsOutput(catalog: catalog)
            if options.json {
                console.printJSON(printer.editionJSON(found.edition, of: found.series, lists: lists.isEmpty ? .all : lists))
            } else {
                printer.printEdition(found.edition, of: found.series, lists: lists.isEmpty ? .all : lists, to: &console)
            }
        } else if options.json {
            console.printJSON(EditionsOutput(catalog: catalog).overviewJSON(chosen))
        } else {
            EditionsOutput(catalog: catalog).printOverview(chosen, to: &console)
        }
        console.flush()
    }

    /// The catalogue's series: its history (several fair files), or for the bundled guide the
    /// ADEX 2022 list and ADEX-2024.
    static func reports(catalog: Catalog, options: GlobalOptions) throws -> [SeriesReport] {
        // Several fair files: their history. The bundled guide also carries a history (for the
        // editions screen), but its report names the ADEX 2022 list's companies too.
        if let history = catalog.history, catalog.editions.isEmpty { return SeriesReport.all(history: history, catalog: catalog) }
        let location = DataLocation.resolve(option: options.data, environment: ProcessInfo.processInfo.environment)
        if location == .bundled {
            do {
                let earlier = try BundledHistory.earlierList(comparedWith: catalog, earlierList: DataLocation.earlierEditionBytes,
                                                             fileName: DataLocation.earlierEditionName)
                return [SeriesReport.bundled(catalog: catalog, earlier: earlier)]
            } catch {
                throw CLIFailure(lines: error.problems.map(\.description), exitCode: error.exitCode)
            }
        }
        throw CLIFailure.usage("adex-guide editions: \(Text.line(catalog.event.name)) is one show with no other editions in the data; open several fair files of a series together (--data DIR, or --data a.json --data b.json)")
    }
}
