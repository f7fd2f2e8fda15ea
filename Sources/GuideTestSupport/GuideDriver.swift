import GuideModel
import GuideNavigation
import GuideSearch
import GuideUI
import TerminalCanvas

/// Drives the guide in-process the way the run loop does (key -> Keymap -> action), for
/// transition and screen tests.
public struct GuideDriver {
    public let catalog: Catalog
    public let search: SearchIndex
    public var now: LocalDateTime {
        didSet { context = GuideRenderer.makeContext(catalog: catalog, search: search, now: now) }
    }
    public var state: GuideState
    /// Rebuilt when `now` changes, like the run loop does on clock ticks.
    public private(set) var context: GuideContext
    public private(set) var lastEffect: Effect = .none

    public init(catalog: Catalog, columns: Int = 80, lines: Int = 24, now: LocalDateTime) {
        self.catalog = catalog
        self.search = SearchIndex(catalog: catalog)
        self.now = now
        context = GuideRenderer.makeContext(catalog: catalog, search: search, now: now)
        state = GuideState(catalog: catalog, columns: columns, lines: lines, today: now.date, now: now.time)
    }

    public var keyContext: KeyContext { Keymap.context(for: state) { catalog.hall(id: $0)?.hasLayout ?? false } }

    /// Presses keys; returns self for chaining.
    @discardableResult
    public mutating func press(_ keys: Key...) -> GuideDriver {
        for key in keys { press(key) }
        return self
    }

    public mutating func press(_ key: Key) {
        let context = self.context
        if let action = Keymap.action(for: key, in: keyContext) {
            lastEffect = state.apply(action, in: context)
        } else {
            lastEffect = .bell
        }
    }

    /// Types text character by character.
    public mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    public mutating func apply(_ action: Action) {
        lastEffect = state.apply(action, in: context)
    }

    public mutating func resize(_ columns: Int, _ lines: Int) {
        apply(.resize(columns: columns, lines: lines))
    }

    public func render(colors: Bool = false) -> CellBuffer {
        GuideRenderer.render(state, context, now: now, colors: colors)
    }

    public var screen: String { render().text }

    /// A moment in the event's time zone: "2024-09-25T11:00".
    public static func moment(_ text: String) -> LocalDateTime {
        LocalDateTime(date: LocalDate(iso: text.prefix(10))!, time: LocalTime(iso: text.suffix(5))!)
    }
}
