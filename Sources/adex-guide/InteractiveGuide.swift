import Foundation
import GuideModel
import GuideNavigation
import GuidePlan
import GuideSearch
import GuideUI
import NcursesTerminal

/// `adex-guide` with no subcommand on a terminal: the full-screen guide. Everything that can fail
/// (data, `--at`, the terminal check) fails before curses starts, so errors print normally; once
/// started, every way out restores the terminal.
enum InteractiveGuide {
    static func run(options: GlobalOptions) throws {
        // The progress of a large folder goes where the guide will draw (standard output, a
        // terminal unless the check below refuses it), erased before the first frame.
        let catalog = try options.loadCatalog(progressOn: isatty(STDOUT_FILENO) == 1 ? STDOUT_FILENO : STDERR_FILENO)
        let moment = try options.moment(for: catalog)
        let environment = ProcessInfo.processInfo.environment
        // The plan is read before curses starts; a problem with it never stops the guide.
        let store = PlanStore.standard(eventID: catalog.event.id, environment: environment)
        var plan = Plan(eventID: catalog.event.id)
        var planVersion: PlanStore.Version?
        var notice: String?
        /// What the visitor must not miss about their plan file, printed again once the screen is
        /// restored: the message line cuts long paths off and is gone after the next key.
        var afterExit: [String] = []
        /// True when changes cannot be saved at all (so quitting asks first).
        var cannotSave = false
        if let store {
            do {
                let loaded = try store.load(now: PlanClock.now())
                plan = loaded.plan
                planVersion = loaded.version
                if let aside = loaded.movedAside {
                    let text = "Your plan file could not be read and was moved to \(aside.path); a new plan was started (\(aside.problem))"
                    notice = text
                    afterExit.append(text)
                }
            } catch {
                let text = "My plan cannot be read, so changes will not be saved: \(error.description)"
                notice = text
                afterExit.append(text)
                cannotSave = true
            }
        } else {
            notice = "Neither XDG_STATE_HOME nor HOME is set: My plan will not be saved"
            cannotSave = true
        }
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
                                                clockRuns: !fixed, colors: colors, planStore: cannotSave ? nil : store,
                                                wallClock: PlanClock.now, exportDirectory: FileManager.default.currentDirectoryPath,
                                                planFileMovedAside: { afterExit.append($0) })
        let size = backend.size
        let start = now()
        var initial = GuideState(catalog: catalog, columns: size.columns, lines: size.lines, today: start.date, now: start.time, plan: plan)
        if cannotSave { initial.planCouldNotBeSaved("") }
        if let notice { initial.showPlanNotice(notice, isError: true) }
        let outcome = loop.run(on: backend, initial: initial, planVersion: planVersion)
        backend.shutdown()
        for line in afterExit { FileHandle.standardError.write(Data((Text.line("adex-guide: " + line) + "\n").utf8)) }
        switch outcome {
        case .quit, .endOfInput:
            return
        case .signal(let signal):
            NcursesBackend.reraise(signal)
        }
    }
}
