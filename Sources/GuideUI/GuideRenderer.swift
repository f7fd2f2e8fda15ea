import Foundation
import GuideModel
import GuideNavigation
import GuideSearch
import TerminalCanvas

/// Draws the whole screen from the state: `screen = render(state, catalog, size, now)`.
/// Pure: no terminal, no clock, no I/O, so every screen can be tested as text.
public enum GuideRenderer {
    /// Renders the state at its size. `colors: false` gives the monochrome / `NO_COLOR` screen
    /// (attributes only); `exportDirectory` is where the export panel says files go.
    public static func render(_ state: GuideState, _ context: GuideContext, now: LocalDateTime, colors: Bool = true,
                              exportDirectory: String? = nil) -> CellBuffer {
        var buffer = CellBuffer(width: state.columns, height: state.lines)
        let catalog = context.catalog
        if state.isTooSmall {
            drawTooSmall(into: &buffer, state)
            return buffer
        }
        Chrome.titleBar(into: &buffer, catalog, now: now, colors: colors)
        Chrome.tabs(into: &buffer, active: state.tab, plan: state.plan)
        Chrome.breadcrumb(into: &buffer, state, catalog)
        let content = Rect(x: 0, y: ScreenLayout.headerRows, width: state.columns,
                           height: ScreenLayout.contentRows(lines: state.lines))
        let route = state.route
        let width = ScreenLayout.detailWidth(columns: state.columns)
        let textArea = Rect(x: 2, y: content.y, width: width, height: content.height)
        switch route {
        case .home(let scroll):
            buffer.draw(Documents.home(catalog, now: now, width: width), in: textArea, scroll: scroll)
        case .exhibitors(let list):
            Screens.exhibitors(list, state, catalog, into: &buffer, area: content)
        case .exhibitor(let id, let scroll):
            if let exhibitor = catalog.exhibitor(id: id) {
                buffer.draw(Documents.exhibitor(exhibitor, catalog, width: width, plan: state.plan), in: textArea, scroll: scroll)
            }
        case .product(let id, let scroll):
            if let product = catalog.product(id: id) {
                buffer.draw(Documents.product(product, catalog, width: width), in: textArea, scroll: scroll)
            }
        case .categories(let list):
            Screens.categories(list, catalog, into: &buffer, area: content)
        case .halls(let list):
            Screens.halls(list, catalog, into: &buffer, area: content)
        case .hall(let hall):
            Screens.hall(hall, state, catalog, into: &buffer, area: content)
        case .schedule(let schedule):
            Screens.schedule(schedule, state, catalog, now: now, into: &buffer, area: content)
        case .programmeItem(let id, let scroll):
            if let item = catalog.programmeItem(id: id) {
                buffer.draw(Documents.programmeItem(item, catalog, width: width, plan: state.plan), in: textArea, scroll: scroll)
            }
        case .plan(let planRoute):
            PlanScreen.draw(planRoute, state, catalog, now: now, into: &buffer, area: content)
        case .editions(let list):
            EditionsScreen.draw(list, catalog, into: &buffer, area: content)
        case .edition(let edition):
            EditionsScreen.drawEdition(edition, state, catalog, into: &buffer, area: content)
        case .fairs(let list):
            FairsScreen.draw(list, catalog, into: &buffer, area: content)
        case .fair(let id, let scroll):
            if let fair = Rows.fair(id, in: catalog) {
                buffer.draw(FairDocument.make(fair, catalog, width: width), in: textArea, scroll: scroll)
            }
        }
        switch route {
        case .home, .exhibitor, .product, .programmeItem, .fair: buffer.cursor = (textArea.x, textArea.y)
        default: break
        }
        switch state.overlay {
        case .search(let search): Overlays.search(search, state, catalog, indexReady: context.search != nil, into: &buffer, area: content)
        case .filter(let panel): Overlays.filter(panel, state, catalog, into: &buffer, area: content)
        case .help(let scroll): Overlays.help(scroll: scroll, into: &buffer, area: content)
        case .note(let editor): Overlays.note(editor, catalog, into: &buffer, area: content)
        case .export(let panel): Overlays.export(panel, state, catalog, exportDirectory: exportDirectory, into: &buffer, area: content)
        case nil: break
        }
        Chrome.message(into: &buffer, state.message)
        let keyContext = Keymap.context(for: state) { catalog.hall(id: $0)?.hasLayout ?? false }
        Chrome.footer(into: &buffer, items: Keymap.footer(for: keyContext))
        if !colors { buffer.restyleAll { $0.withoutColor } }
        return buffer
    }

    static func drawTooSmall(into buffer: inout CellBuffer, _ state: GuideState) {
        let lines = ["Terminal too small", "need \(ScreenLayout.minimumColumns)x\(ScreenLayout.minimumLines), have \(state.columns)x\(state.lines)",
                     "Enlarge the window, or Q to quit"]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < buffer.height {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + index, style: index == 0 ? .bold : .plain)
        }
    }

    /// The context the state machine needs, with document heights measured by this renderer at
    /// the moment `now` (the home screen's length depends on it).
    /// `fairSearch`, when given, is reused (the run loop builds it once rather than on every
    /// minute's new context).
    public static func makeContext(catalog: Catalog, search: SearchIndex?, now: LocalDateTime, fairSearch: FairSearch? = nil) -> GuideContext {
        let helpHeights = WidthCache<Int>()
        let helpStarts = WidthCache<[KeyContext: Int]>()
        return GuideContext(catalog: catalog, search: search, fairSearch: fairSearch, contentHeight: { route, width, plan in
            switch route {
            case .home: return Documents.home(catalog, now: now, width: width).height
            case .exhibitor(let id, _): return catalog.exhibitor(id: id).map { Documents.exhibitor($0, catalog, width: width, plan: plan).height } ?? 0
            case .product(let id, _): return catalog.product(id: id).map { Documents.product($0, catalog, width: width).height } ?? 0
            case .programmeItem(let id, _):
                return catalog.programmeItem(id: id).map { Documents.programmeItem($0, catalog, width: width, plan: plan).height } ?? 0
            case .fair(let id, _): return Rows.fair(id, in: catalog).map { FairDocument.make($0, catalog, width: width).height } ?? 0
            case .exhibitors, .categories, .halls, .hall, .schedule, .plan, .editions, .edition, .fairs: return 0
            }
        }, helpHeight: { width in helpHeights.value(for: width) { Documents.help(width: width).height } },
        helpStart: { route, width in
            // Home's section is the general keys: the help opens at its top there.
            let screen = Keymap.context(for: route) { catalog.hall(id: $0)?.hasLayout ?? false }
            guard screen != .home else { return 0 }
            return helpStarts.value(for: width) { Documents.helpWithSections(width: width).sectionLines }[screen] ?? 0
        })
    }
}

/// Remembers a value per width: the help text only changes with the width, and its height (and
/// where its sections start) is asked for on every scroll.
final class WidthCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Value] = [:]

    func value(for width: Int, compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[width] { return known }
        let value = compute()
        values[width] = value
        return value
    }
}
