import GuideModel
import GuidePlan
import GuideNavigation
import TerminalCanvas

/// The frame around every screen: title bar, tabs, breadcrumb, message line and key footer.
enum Chrome {
    static func titleBar(into buffer: inout CellBuffer, _ catalog: Catalog, now: LocalDateTime, colors: Bool) {
        let style = colors ? Theme.titleBar : Theme.titleBarMono
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), with: .blank(style))
        var clock: String
        switch catalog.phase(at: now) {
        case .during: clock = "\(now.date.shortText) \(now.time) \(catalog.clock.label(on: now.date))"
        case .before(let days, _): clock = days == 1 ? "starts tomorrow" : "starts in \(days) days"
        case .after(let last, _): clock = "ended \(last.longText)"
        }
        // A catalogue of fairs over years has no "today": its span instead of a countdown.
        if catalog.isFairCollection, let span = catalog.yearSpan { clock = "\(catalog.shows.count) fairs, \(span)" }
        let right = " " + clock + " "
        let rightWidth = DisplayWidth.of(right)
        let title = " AdexGuide · " + TextSanitizer.sanitizeLine(catalog.event.name)
        buffer.put(TextLayout.truncate(title, toWidth: max(0, buffer.width - rightWidth - 1)), x: 0, y: 0, style: style)
        if rightWidth < buffer.width - 20 {
            buffer.put(right, x: buffer.width - rightWidth, y: 0, style: style)
        }
    }

    static func tabs(into buffer: inout CellBuffer, active: Tab, plan: Plan) {
        func title(_ tab: Tab) -> String {
            var title = "\(tab.rawValue) \(tab.title)"
            if tab == .plan, !plan.isEmpty { title += " (\(plan.count))" }
            return title
        }
        // Narrow terminals get tighter spacing so all six tabs stay visible.
        let roomy = Tab.allCases.reduce(1) { $0 + DisplayWidth.of(title($1)) + 3 } <= buffer.width
        var x = roomy ? 1 : 0
        for tab in Tab.allCases {
            let text = roomy ? " " + title(tab) + " " : title(tab)
            x += buffer.put(text, x: x, y: 1, style: tab == active ? Theme.activeTab : Theme.tab)
            x += 1
        }
    }

    static func breadcrumb(into buffer: inout CellBuffer, _ state: GuideState, _ catalog: Catalog) {
        let parts = state.stack.map { title(of: $0, catalog) }
        var text = parts.joined(separator: " › ")
        let width = buffer.width - 2
        if DisplayWidth.of(text) > width {
            // Keep the end (where the user is) and cut from the left.
            while DisplayWidth.of("… " + text) > width, let index = text.firstIndex(of: "›") {
                text = String(text[text.index(after: index)...]).trimmingLeadingSpaces()
            }
            text = "… " + text
        }
        buffer.put(text, x: 1, y: 2, style: Theme.breadcrumb, maxWidth: width)
    }

    static func title(of route: Route, _ catalog: Catalog) -> String {
        switch route {
        case .home: return "Home"
        case .exhibitors(let list):
            guard !list.chips.isEmpty else { return "Exhibitors" }
            return "Exhibitors: " + list.chips.map { catalog.name(of: $0.value, in: $0.facet) }.joined(separator: ", ")
        case .exhibitor(let id, _): return catalog.exhibitor(id: id)?.name ?? id
        case .product(let id, _): return catalog.product(id: id)?.name ?? id
        case .categories: return "Categories"
        case .halls: return "Halls"
        case .hall(let hall): return catalog.hall(id: hall.hallID)?.name ?? hall.hallID
        case .schedule(let schedule):
            let days = Rows.scheduleDays(in: catalog)
            guard days.indices.contains(schedule.dayIndex) else { return "Schedule" }
            return "Schedule: " + (days[schedule.dayIndex]?.shortText ?? "day not published")
        case .programmeItem(let id, _): return catalog.programmeItem(id: id)?.title ?? id
        case .plan: return "My plan"
        case .editions: return "Editions"
        case .fairs: return "Fairs"
        case .fair(let id, _): return catalog.show(id: id)?.name ?? id
        case .edition(let edition):
            return (Rows.edition(edition.showID, in: catalog)?.name ?? edition.showID) + ": " + edition.group.title
        }
    }

    static func message(into buffer: inout CellBuffer, _ message: Message?) {
        guard let message else { return }
        let y = buffer.height - 2
        let text = (message.isError ? "! " : "") + message.text
        buffer.put(" " + text, x: 0, y: y, style: message.isError ? Theme.error : .bold, maxWidth: buffer.width)
    }

    static func footer(into buffer: inout CellBuffer, items: [String]) {
        let y = buffer.height - 1
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), with: .blank(Theme.footer))
        var x = 1
        // The last item (quit) is always shown: room is kept for it.
        let reserved = items.last.map { DisplayWidth.of($0) + 2 } ?? 0
        for (index, item) in items.enumerated() {
            let width = DisplayWidth.of(item)
            let isLast = index == items.count - 1
            guard x + width + (isLast ? 0 : reserved) < buffer.width else {
                if isLast { break }
                continue
            }
            let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                x += buffer.put(parts[0], x: x, y: y, style: Theme.footerKey)
                x += buffer.put(" " + parts[1], x: x, y: y, style: Theme.footer)
            } else {
                x += buffer.put(item, x: x, y: y, style: Theme.footer)
            }
            x += 2
        }
    }
}

extension String {
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " }) }
}
