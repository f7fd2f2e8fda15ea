import Foundation
import GuideModel
import GuideNavigation
import GuidePlan
import GuideSearch
import TerminalCanvas

/// The interactive loop: event -> Keymap -> action -> state -> effect -> render -> draw.
/// Generic over the terminal, so tests run the real loop against a fake terminal and the program
/// runs it against ncurses.
public struct GuideRunLoop<Backend: TerminalBackend> {
    /// Why the loop ended.
    public enum Outcome: Sendable, Equatable {
        case quit
        case signal(Int32)
        case endOfInput
    }

    public let catalog: Catalog
    /// Builds (or already has) the search index.
    public let search: SearchIndexBuilder
    /// The current moment in the event's time zone (fixed under `--at`).
    public let now: () -> LocalDateTime
    /// Whether the clock moves (false under `--at`): then the loop wakes once a minute to redraw.
    public let clockRuns: Bool
    public let colors: Bool
    /// Where the plan is saved after every change (nil: kept in memory only, as in tests).
    public let planStore: PlanStore?
    /// Milliseconds since 1970: the time plan changes are stamped with.
    public let wallClock: () -> Int64
    /// Where exports from My plan are written (the directory the guide was started in); nil
    /// when there is none, and exporting then says so.
    public let exportDirectory: String?
    /// Told, besides the message line, when a plan file that could not be read was moved aside
    /// while the guide ran: the program says it again after the screen is restored, where a
    /// long path is not cut off at the edge of the screen.
    public let planFileMovedAside: (String) -> Void

    public init(catalog: Catalog, search: SearchIndexBuilder, now: @escaping () -> LocalDateTime, clockRuns: Bool, colors: Bool,
                planStore: PlanStore? = nil, wallClock: @escaping () -> Int64 = { 0 }, exportDirectory: String? = nil,
                planFileMovedAside: @escaping (String) -> Void = { _ in }) {
        self.exportDirectory = exportDirectory
        self.planFileMovedAside = planFileMovedAside
        self.catalog = catalog
        self.search = search
        self.now = now
        self.clockRuns = clockRuns
        self.colors = colors
        self.planStore = planStore
        self.wallClock = wallClock
    }

    /// Saves a changed plan (merging another guide's saves) and tells the state how it went.
    /// `version` is the plan file the state's plan was built from; it becomes the one written.
    private func save(_ state: inout GuideState, _ version: inout PlanStore.Version?) {
        guard let planStore else { return }
        do {
            let saved = try planStore.save(state.plan, basedOn: version, now: wallClock())
            version = saved.version
            state.adoptSavedPlan(saved.plan, in: catalog)
            if let aside = saved.movedAside { reportMovedAside(aside, &state) }
        } catch {
            state.planCouldNotBeSaved(error.description)
        }
    }

    /// The path first: it is what the visitor needs to recover the old plan, and a long problem
    /// would push it off a narrow message line.
    private func reportMovedAside(_ aside: (path: String, problem: String), _ state: inout GuideState) {
        let text = "The plan file on disk could not be read and was moved to \(aside.path) (\(aside.problem))"
        state.showPlanNotice(text, isError: true)
        planFileMovedAside(text)
    }

    /// Writes an export of the plan beside where the guide was started, and says where.
    private func export(_ format: PlanExportFormat, includeVisits: Bool, _ state: inout GuideState) {
        guard let exportDirectory else {
            state.exportFailed("no directory to write to")
            return
        }
        let result = PlanExport.export(state.plan, catalog: catalog, format: format, now: wallClock(),
                                       options: PlanExportOptions(includeVisits: includeVisits))
        let name = PlanExport.fileName(eventID: catalog.event.id, format: format)
        let path = exportDirectory == "/" ? "/" + name : exportDirectory + "/" + name
        do {
            try AtomicFile.write(Array(result.text.utf8), to: path, what: "the export")
            state.exportFinished(path: path, format: format, notes: result.messages)
        } catch {
            // The reason first: a long path would push it off a narrow message line.
            state.exportFailed("\(error.message): \(error.path)")
        }
    }

    /// Takes in what another guide saved (on the clock's tick), so both show the same plan. The
    /// file is only decoded when its bytes changed since this guide read or wrote it.
    private func refresh(_ state: inout GuideState, _ version: inout PlanStore.Version?) {
        guard let planStore, !state.planUnsaved,
              let loaded = try? planStore.loadIfChanged(since: version, now: wallClock()) else { return }
        if let aside = loaded.movedAside {
            // Damaged behind our back: this guide's plan is written again, the damaged file kept.
            version = nil
            save(&state, &version)
            reportMovedAside(aside, &state)
            return
        }
        version = loaded.version
        let merged = state.plan.merged(with: loaded.plan)
        if merged != state.plan { state.adoptSavedPlan(merged, in: catalog) }
    }

    /// Runs until the user quits, a terminating signal arrives or input ends. `initial` lets a
    /// caller (or a test) start from a given state; `planVersion` is the plan file its plan was
    /// read from (`PlanStore.Loaded.version`).
    public func run(on backend: Backend, initial: GuideState? = nil, planVersion: PlanStore.Version? = nil,
                    frameDrawn: ((GuideState, CellBuffer) -> Void)? = nil) -> Outcome {
        var planVersion = planVersion
        var moment = now()
        let size = backend.size
        var state = initial ?? GuideState(catalog: catalog, columns: size.columns, lines: size.lines, today: moment.date, now: moment.time)
        var index = search.index
        let fairSearch = FairSearch(catalog)
        var context = GuideRenderer.makeContext(catalog: catalog, search: index, now: moment, fairSearch: fairSearch)
        if state.columns != size.columns || state.lines != size.lines {
            _ = state.apply(.resize(columns: size.columns, lines: size.lines), in: context)
        }
        func draw() {
            let frame = GuideRenderer.render(state, context, now: moment, colors: colors, exportDirectory: exportDirectory)
            backend.draw(frame)
            frameDrawn?(state, frame)
        }
        draw()
        while true {
            // While the index is being built, wake up often to pick it up.
            let event = backend.nextEvent(timeout: index == nil ? 0.1 : (clockRuns ? 15 : nil))
            var effect = Effect.none
            if index == nil, let ready = search.index {
                index = ready
                context = GuideRenderer.makeContext(catalog: catalog, search: index, now: moment, fairSearch: fairSearch)
                if case .search = state.overlay { _ = state.apply(.insertText(""), in: context) }
                if case .tick = event {
                    draw()
                    continue
                }
            }
            switch event {
            case .key(let key):
                let keyContext = Keymap.context(for: state) { catalog.hall(id: $0)?.hasLayout ?? false }
                if let action = Keymap.action(for: key, in: keyContext) {
                    state.clock = wallClock()
                    let before = state.plan
                    effect = state.apply(action, in: context)
                    if state.plan != before { save(&state, &planVersion) }
                } else {
                    effect = .bell
                }
            case .resize(let columns, let lines):
                effect = state.apply(.resize(columns: columns, lines: lines), in: context)
            case .signal(let signal):
                return .signal(signal)
            case .endOfInput:
                return .endOfInput
            case .tick:
                let shownPlan = state.plan
                refresh(&state, &planVersion)
                let next = now()
                guard next != moment || state.plan != shownPlan else { continue }
                moment = next
                context = GuideRenderer.makeContext(catalog: catalog, search: index, now: moment, fairSearch: fairSearch)
            }
            switch effect {
            case .quit:
                return .quit
            case .suspend:
                backend.suspend()
            case .export(let format, let includeVisits):
                export(format, includeVisits: includeVisits, &state)
            case .none, .bell:
                break
            }
            draw()
        }
    }
}
