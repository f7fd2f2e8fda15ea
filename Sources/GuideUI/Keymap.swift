import GuideNavigation
import TerminalCanvas

/// Which set of keys applies: decided by the overlay and the route on screen.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case home, list, exhibitorRows, exhibitorList, detail, schedule, hallMap, plan, editions, edition, fairs, fair, search, filter, note, export, help

    /// Title used in the help screen.
    public var title: String {
        switch self {
        case .home: "Home"
        case .list: "Lists (categories, halls)"
        case .exhibitorRows: "Exhibitors of a hall without a floor plan"
        case .exhibitorList: "Exhibitor list"
        case .detail: "Detail screens (exhibitor, product, programme item)"
        case .schedule: "Schedule"
        case .hallMap: "Hall floor plan"
        case .plan: "My plan"
        case .editions: "Editions (H on the home screen)"
        case .edition: "An edition's exhibitors"
        case .fairs: "Fairs (L on the home screen)"
        case .fair: "A fair"
        case .note: "Note editor (e)"
        case .export: "Export (E on My plan)"
        case .search: "Search (/)"
        case .filter: "Filters (F on the exhibitor list)"
        case .help: "This help"
        }
    }
}

/// One row of the key table: keys, the action they trigger, a short footer label and a help line.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    /// Shown in the footer when not nil (short: "open", "back").
    public var footer: String?
    /// Shown in the help screen.
    public var help: String

    public init(_ keys: [Key], _ action: Action, footer: String? = nil, help: String) {
        self.keys = keys
        self.action = action
        self.footer = footer
        self.help = help
    }

    /// "↑ k" — how the keys are written in help and footer.
    public var keyText: String { keys.map(\.description).joined(separator: " ") }
}

/// The single table of keys: the run loop asks it for actions, the footer and the help screen are
/// generated from it, so what the footer promises is exactly what the keys do.
public enum Keymap {
    static let quitBindings: [KeyBinding] = [
        KeyBinding([.character("Q"), .control("c")], .quit, help: "quit from anywhere"),
        KeyBinding([.control("z")], .suspend, help: "suspend (resume with fg)"),
    ]

    static let global: [KeyBinding] = quitBindings + [
        KeyBinding([.character("/")], .beginSearch, footer: "/ search", help: "search exhibitors, products, categories, countries, programme"),
        KeyBinding([.character("?"), .function(1)], .showHelp, footer: "? help", help: "this help"),
        KeyBinding([.tab], .nextTab, help: "next tab"),
        KeyBinding([.backTab], .previousTab, help: "previous tab"),
    ] + Tab.allCases.map { tab in
        KeyBinding([.character(Character(String(tab.rawValue)))], .switchTab(tab),
                   help: "tab \(tab.rawValue): \(tab.title)" + (tab == Tab.allCases.last ? " (1-6 on the tab you are on: back to its first screen)" : ""))
    } + [
        KeyBinding([.character("q")], .backOrQuit, footer: "q back", help: "back (quit on the home screen)"),
        KeyBinding([.escape], .back, help: "back"),
    ]

    static let listMoves: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .moveSelection(-1), help: "previous row"),
        KeyBinding([.down, .character("j")], .moveSelection(1), footer: "↑↓ move", help: "next row"),
        KeyBinding([.pageUp, .control("b")], .page(-1), help: "page up"),
        KeyBinding([.pageDown, .control("f")], .page(1), help: "page down"),
        KeyBinding([.home, .character("g")], .moveToTop, help: "first row"),
        KeyBinding([.end, .character("G")], .moveToBottom, help: "last row"),
    ]

    static let scrollMoves: [KeyBinding] = [
        KeyBinding([.up, .character("k")], .moveSelection(-1), help: "scroll up"),
        KeyBinding([.down, .character("j")], .moveSelection(1), footer: "↑↓ scroll", help: "scroll down"),
        KeyBinding([.pageUp, .control("b")], .page(-1), help: "page up"),
        KeyBinding([.pageDown, .control("f"), .character(" ")], .page(1), help: "page down"),
        KeyBinding([.home, .character("g")], .moveToTop, help: "top"),
        KeyBinding([.end, .character("G")], .moveToBottom, help: "bottom"),
    ]

    static let openBack: [KeyBinding] = [
        KeyBinding([.enter, .right, .character("l")], .open, footer: "Enter open", help: "open the selected row"),
        KeyBinding([.left, .character("h")], .back, help: "back"),
    ]

    static let matches: [KeyBinding] = [
        KeyBinding([.character("n")], .nextMatch, help: "next row matching the last search"),
        KeyBinding([.character("N")], .previousMatch, help: "previous row matching the last search"),
    ]

    static let favourite = KeyBinding([.character("f"), .character(" ")], .toggleFavourite, footer: "f ★", help: "add to / remove from My plan")
    static let favouriteOnly = KeyBinding([.character("f")], .toggleFavourite, footer: "f ★", help: "add to / remove from My plan")
    static let map = KeyBinding([.character("m")], .showOnMap, footer: "m map", help: "show the exhibitor's stand on its hall")
    static let priority = KeyBinding([.character("!")], .cyclePriority, help: "must see / maybe (adds to My plan as must see)")
    static let note = KeyBinding([.character("e")], .editNote, help: "write a note (adds to My plan)")
    static let visited = KeyBinding([.character("v")], .toggleVisited, help: "stand visited / not yet (adds to My plan)")
    /// The plan keys beside f, for screens that show exhibitors.
    static let planKeys = [priority, note, visited]

    /// The bindings of a context, built once.
    static func table(_ context: KeyContext) -> [KeyBinding] {
        tables[context] ?? []
    }

    static let tables: [KeyContext: [KeyBinding]] = Dictionary(uniqueKeysWithValues: KeyContext.allCases.map { ($0, buildTable($0)) })

    /// Key -> action per context, for the per-keystroke lookup.
    static let lookup: [KeyContext: [Key: Action]] = Dictionary(uniqueKeysWithValues: KeyContext.allCases.map { context in
        var map: [Key: Action] = [:]
        for binding in buildTable(context) {
            for key in binding.keys where map[key] == nil { map[key] = binding.action }
        }
        return (context, map)
    })

    static func buildTable(_ context: KeyContext) -> [KeyBinding] {
        switch context {
        case .home:
            return scrollMoves + [
                KeyBinding([.character("H")], .showEditions, footer: "H editions", help: "editions: who is new, who returned (several fairs of a series)"),
                // Not in the footer: a single event has no fairs to list (the home of a
                // catalogue of fairs names the key in its text).
                KeyBinding([.character("L")], .showFairs, help: "list every fair (several fairs opened together)"),
            ] + global
        case .editions:
            return listMoves + openBack + [
                KeyBinding([.character("L")], .showFairs, help: "list every fair"),
            ] + matches + global
        case .fairs:
            return listMoves + openBack + matches + global
        case .fair:
            return scrollMoves + [
                KeyBinding([.enter], .open, footer: "Enter exhibitors", help: "list the fair's exhibitors"),
                KeyBinding([.left, .character("h")], .back, help: "back"),
            ] + global
        case .edition:
            return listMoves + openBack + [
                favourite, map,
                KeyBinding([.character("[")], .previousDay, help: "previous list: all, new, returning, not returning"),
                KeyBinding([.character("]")], .nextDay, footer: "[ ] list", help: "next list"),
            ] + planKeys + matches + global
        case .list:
            return listMoves + openBack + matches + global
        case .exhibitorRows:
            return listMoves + openBack + [favourite, map] + planKeys + matches + global
        case .plan:
            return listMoves + openBack + [
                favourite,
                KeyBinding([.character("!")], .cyclePriority, footer: "! must", help: "must see / maybe"),
                KeyBinding([.character("e")], .editNote, footer: "e note", help: "write or change the note"),
                KeyBinding([.character("v")], .toggleVisited, footer: "v visited", help: "stand visited / not yet (exhibitors)"),
                KeyBinding([.character("E")], .beginExport, footer: "E export", help: "export: calendar (.ics), Markdown, CSV, JSON"),
                KeyBinding([.character("m")], .showOnMap, footer: "m map", help: "the exhibitor's stand on its hall plan, with the route numbered"),
                KeyBinding([.character("["), ], .previousDay, help: "free time: previous day"),
                KeyBinding([.character("]")], .nextDay, footer: "[ ] day", help: "free time: next day"),
            ] + matches + global
        case .exhibitorList:
            return listMoves + openBack + [
                favourite, map] + planKeys + [
                KeyBinding([.character("F")], .openFilters, footer: "F filter", help: "filter by show, hall, category, country, kind"),
                KeyBinding([.character("s")], .cycleSort, footer: "s sort", help: "sort by name, number of fairs, country"),
                KeyBinding([.character("x")], .clearLastFilter, help: "remove the last filter"),
                KeyBinding([.character("X")], .clearAllFilters, help: "remove every filter"),
            ] + matches + global
        case .detail:
            return scrollMoves + [
                KeyBinding([.enter], .open, help: "open the exhibitor that showed this product"),
                favouriteOnly, map] + planKeys + [
                KeyBinding([.left, .character("h")], .back, help: "back"),
            ] + global
        case .schedule:
            return listMoves + [
                KeyBinding([.enter, .character("l")], .open, footer: "Enter open", help: "open the selected item"),
                KeyBinding([.character("["), .left], .previousDay, help: "previous day"),
                KeyBinding([.character("]"), .right], .nextDay, footer: "[ ] day", help: "next day"),
                favourite, priority, note,
            ] + matches + global
        case .hallMap:
            return [
                KeyBinding([.up, .character("k")], .moveOnMap(.up), help: "stand above"),
                KeyBinding([.down, .character("j")], .moveOnMap(.down), help: "stand below"),
                KeyBinding([.left, .character("h")], .moveOnMap(.left), help: "stand to the left"),
                KeyBinding([.right, .character("l")], .moveOnMap(.right), footer: "←↑↓→ stand", help: "stand to the right"),
                KeyBinding([.pageUp], .moveSelection(-1), help: "previous stand in reading order"),
                KeyBinding([.pageDown], .moveSelection(1), help: "next stand in reading order"),
                KeyBinding([.enter], .open, footer: "Enter open", help: "open the exhibitor at the stand"),
                favouriteOnly,
            ] + planKeys + global
        case .search:
            return quitBindings + [
                KeyBinding([.up, .control("p")], .moveSelection(-1), help: "previous result"),
                KeyBinding([.down, .control("n")], .moveSelection(1), footer: "↑↓ select", help: "next result"),
                KeyBinding([.pageUp], .page(-1), help: "page up"),
                KeyBinding([.pageDown], .page(1), help: "page down"),
                KeyBinding([.enter], .open, footer: "Enter go", help: "go to the selected result"),
                KeyBinding([.backspace], .deleteBackward, help: "delete the last character"),
                KeyBinding([.escape], .back, footer: "Esc close", help: "close (n / N then find matches in lists)"),
            ]
        case .filter:
            // Letters, digits and Space type (they narrow the values), so every command here is
            // on a key that does not.
            return quitBindings + [
                KeyBinding([.up, .control("p")], .moveSelection(-1), help: "previous value"),
                KeyBinding([.down, .control("n")], .moveSelection(1), footer: "↑↓ move", help: "next value"),
                KeyBinding([.pageUp], .page(-1), help: "page up"),
                KeyBinding([.pageDown], .page(1), help: "page down"),
                KeyBinding([.home], .moveToTop, help: "first value"),
                KeyBinding([.end], .moveToBottom, help: "last value"),
                KeyBinding([.left, .backTab], .previousFacet, help: "previous facet"),
                KeyBinding([.right, .tab], .nextFacet, footer: "←→ facet", help: "next facet"),
                KeyBinding([.enter], .open, footer: "Enter toggle", help: "select or unselect the value"),
                KeyBinding([.control("s")], .cycleSort, footer: "^S sort", help: "order the values by count or by name"),
                KeyBinding([.backspace], .deleteBackward, help: "delete the last typed character"),
                KeyBinding([.control("u")], .clearText, help: "clear the typed text"),
                KeyBinding([.control("x")], .clearLastFilter, footer: "^X clear", help: "clear this facet"),
                KeyBinding([.delete], .clearAllFilters, help: "clear every filter"),
                KeyBinding([.escape], .back, footer: "Esc done", help: "clear the typed text, then close the filter panel"),
            ]
        case .note:
            return [
                KeyBinding([.control("c")], .quit, help: "quit (the note being written is not saved)"),
                KeyBinding([.enter], .open, footer: "Enter save", help: "save the note (an empty note clears it)"),
                KeyBinding([.backspace], .deleteBackward, help: "delete the last character"),
                KeyBinding([.control("u")], .clearText, footer: "^U clear", help: "clear the whole note"),
                KeyBinding([.escape], .back, footer: "Esc cancel", help: "close without saving"),
            ]
        case .export:
            return quitBindings + [
                KeyBinding([.up, .character("k")], .moveSelection(-1), help: "previous format"),
                KeyBinding([.down, .character("j")], .moveSelection(1), footer: "↑↓ format", help: "next format"),
                KeyBinding([.character("v")], .toggleVisited, footer: "v visits", help: "iCalendar: include stand visits as to-dos"),
                KeyBinding([.enter], .open, footer: "Enter write", help: "write the file"),
                KeyBinding([.escape, .character("q"), .character("E")], .back, footer: "Esc close", help: "close without exporting"),
            ]
        case .help:
            return quitBindings + scrollMoves + [
                KeyBinding([.escape, .character("q"), .character("?"), .function(1)], .back, footer: "Esc close", help: "close the help"),
            ]
        }
    }

    /// The context for the current state.
    public static func context(for state: GuideState, catalogHasLayout: (String) -> Bool) -> KeyContext {
        switch state.overlay {
        case .search: return .search
        case .filter: return .filter
        case .help: return .help
        case .note: return .note
        case .export: return .export
        case nil: break
        }
        return context(for: state.route, catalogHasLayout: catalogHasLayout)
    }

    /// The context of a screen, no overlay open.
    public static func context(for route: Route, catalogHasLayout: (String) -> Bool) -> KeyContext {
        switch route {
        case .home: return .home
        case .exhibitors: return .exhibitorList
        case .exhibitor, .product, .programmeItem: return .detail
        case .categories, .halls: return .list
        case .plan: return .plan
        case .editions: return .editions
        case .edition: return .edition
        case .fairs: return .fairs
        case .fair: return .fair
        case .hall(let hall): return catalogHasLayout(hall.hallID) ? .hallMap : .exhibitorRows
        case .schedule: return .schedule
        }
    }

    /// The action a key means in a context; in the search field, printable keys are text.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if context == .search || context == .note || context == .filter, case .character(let character) = key {
            return .insertText(String(character))
        }
        return lookup[context]?[key]
    }

    /// Footer items ("↑↓ move", "Enter open"...) for a context, in table order.
    public static func footer(for context: KeyContext) -> [String] {
        var seen = Set<String>()
        var items = table(context).compactMap(\.footer).filter { seen.insert($0).inserted }
        // The common exits come last, so a narrow footer drops them first... except quit.
        if ![.search, .filter, .help, .note, .export].contains(context) { items.append("Q quit") }
        return items
    }

    /// Help sections generated from the same table.
    public static var helpSections: [(context: KeyContext, title: String, bindings: [KeyBinding])] {
        KeyContext.allCases.map { context in
            // Global keys are listed once, under Home.
            let globalActions = Set(global.map(\.action))
            let overlay: Set<KeyContext> = [.search, .filter, .help, .note, .export]
            let rows = context == .home ? table(context) : table(context).filter { !globalActions.contains($0.action) || overlay.contains(context) }
            return (context, context.title, rows)
        }
    }
}
