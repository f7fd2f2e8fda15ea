import Foundation
import GuideModel
import GuideSearch
import GuideUI
import NcursesTerminal

/// `adex-guide` with no subcommand on a terminal: the full-screen guide. Everything that can fail
/// (data, `--at`, the terminal check) fails before curses starts, so errors print normally; once
/// started, every way out restores the terminal.
enum InteractiveGuide {
    static func run(options: GlobalOptions) throws {
        let catalog = try options.loadCatalog()
        let moment = try options.moment(for: catalog)
        let environment = ProcessInfo.processInfo.environment
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend.start(environment: environment)
        } catch {
            throw CLIFailure("adex-guide: \(error.reason)", exitCode: error.exitCode)
        }
        let clock = catalog.clock
        let fixed = options.at != nil
        let now: () -> LocalDateTime = fixed ? { moment.local } : { clock.local(Date()) }
        let colors = (environment["NO_COLOR"] ?? "").isEmpty
        let loop = GuideRunLoop<NcursesBackend>(catalog: catalog, search: SearchIndexBuilder(buildingFor: catalog), now: now,
                                                clockRuns: !fixed, colors: colors)
        let outcome = loop.run(on: backend)
        backend.shutdown()
        switch outcome {
        case .quit, .endOfInput:
            return
        case .signal(let signal):
            NcursesBackend.reraise(signal)
        }
    }
}
