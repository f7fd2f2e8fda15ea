import ArgumentParser
import Foundation
import GuideModel
import NcursesTerminal

/// The `adex-guide` command: with no subcommand it will open the interactive guide; the
/// subcommands answer a visitor's questions as plain text or JSON.
@main
struct AdexGuide: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "adex-guide",
        abstract: "A terminal visitor guide to ADEX-2024 and Securex Caspian (Baku Expo Center, 24-26 September 2024).",
        discussion: """
        The bundled data comes from public sources (see 'adex-guide info'); stands, halls and times \
        that were not published are shown as "not published". Any other show in the adex-guide/1 \
        format, or a fair file of the CAAT/Omega arms-fair dataset, opens with --data FILE or \
        ADEX_GUIDE_DATA ('adex-guide convert' turns a fair file into adex-guide/1); several fair \
        files (--data repeated, or a directory) open as one catalogue, each fair a show, and \
        'adex-guide editions' shows each series' history. Exit codes: 64 bad usage, 65 bad data, \
        66 missing file, 69 no usable terminal.
        """,
        version: version,
        subcommands: [InfoCommand.self, ExhibitorsCommand.self, ExhibitorCommand.self, CategoriesCommand.self,
                      CountriesCommand.self, HallsCommand.self, ScheduleCommand.self, NowCommand.self,
                      SearchCommand.self, EditionsCommand.self, PlanCommand.self, ValidateCommand.self, ConvertCommand.self]
    )

    @OptionGroup var options: GlobalOptions

    /// With no subcommand: the interactive guide (or, with `--json`, the `info` report).
    func run() throws {
        if options.json {
            let data = try options.loadData()
            let moment = try options.moment(for: data.catalog)
            var console = Console.standard()
            console.printJSON(InfoCommand.report(catalog: data.catalog, moment: moment.local, data: data))
            console.flush()
            return
        }
        try InteractiveGuide.run(options: options)
    }

    /// Runs the command, printing our own failures (already worded for people) to standard error
    /// with their sysexits code, and leaving argument errors to ArgumentParser (exit 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            if !failure.lines.isEmpty {
                let text = failure.lines.map { Text.line($0) }.joined(separator: "\n") + "\n"
                FileHandle.standardError.write(Data(text.utf8))
            }
            Foundation.exit(failure.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
