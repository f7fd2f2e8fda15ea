import Foundation
import GuideModel
import GuideNavigation
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

    public init(catalog: Catalog, search: SearchIndexBuilder, now: @escaping () -> LocalDateTime, clockRuns: Bool, colors: Bool) {
        self.catalog = catalog
        self.search = search
        self.now = now
        self.clockRuns = clockRuns
        self.colors = colors
    }

    /// Runs until the user quits, a terminating signal arrives or input ends. `initial` lets a
    /// caller (or a test) start from a given state.
    public func run(on backend: Backend, initial: GuideState? = nil, frameDrawn: ((GuideState, CellBuffer) -> Void)? = nil) -> Outcome {
        var moment = now()
        let size = backend.size
        var state = initial ?? GuideState(catalog: catalog, columns: size.columns, lines: size.lines, today: moment.date, now: moment.time)
        var index = search.index
        var context = GuideRenderer.makeContext(catalog: catalog, search: index, now: moment)
        if state.columns != size.columns || state.lines != size.lines {
            _ = state.apply(.resize(columns: size.columns, lines: size.lines), in: context)
        }
        func draw() {
            let frame = GuideRenderer.render(state, context, now: moment, colors: colors)
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
                context = GuideRenderer.makeContext(catalog: catalog, search: index, now: moment)
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
                    effect = state.apply(action, in: context)
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
                let next = now()
                guard next != moment else { continue }
                moment = next
                context = GuideRenderer.makeContext(catalog: catalog, search: index, now: moment)
            }
            switch effect {
            case .quit:
                return .quit
            case .suspend:
                backend.suspend()
            case .none, .bell:
                break
            }
            draw()
        }
    }
}
