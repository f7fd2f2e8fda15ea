import GuideModel
import GuideNavigation
import GuideSearch
import TerminalCanvas

/// One function per screen: each draws its route into the content area.
enum Screens {
    // MARK: Exhibitors

    static func exhibitors(_ route: ExhibitorListRoute, _ state: GuideState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        let rows = Rows.exhibitors(route, in: catalog)
        let (chipRow, rest) = area.splitTop(1)
        drawChips(route, rows.count, catalog, into: &buffer, area: chipRow)
        var listArea = rest
        var paneArea: Rect?
        if area.width >= ScreenLayout.wideColumns {
            let split = rest.splitLeft(rest.width * 3 / 5)
            listArea = Rect(x: split.left.x, y: split.left.y, width: split.left.width - 1, height: split.left.height)
            paneArea = split.rest
        }
        guard !rows.isEmpty else {
            buffer.put(route.chips.isEmpty ? "No exhibitors in the data." : "No exhibitor matches these filters. Press x to remove the last one, X for all.",
                       x: listArea.x + 1, y: listArea.y + 1, style: Theme.dim, maxWidth: listArea.width - 2)
            return
        }
        let describe = Describe(catalog: catalog)
        let showColumn = listArea.width >= 90
        var columns = [TableColumn(title: " ", width: 1), TableColumn(title: "NAME", width: 0, flexible: true),
                       TableColumn(title: "COUNTRY", width: 16)]
        // A folder of fairs has no stands: how many fairs, and which years, say more.
        let fairsColumn = catalog.isFairCollection
        if fairsColumn {
            columns.append(TableColumn(title: "FAIRS", width: 16))
        } else {
            if showColumn { columns.append(TableColumn(title: "SHOW", width: 12)) }
            columns.append(TableColumn(title: "STAND", width: 14))
        }
        TableView.draw(into: &buffer, area: listArea, columns: columns, count: rows.count, list: route.list) { index in
            let exhibitor = catalog.exhibitors[rows[index]]
            var cells = [TableCell(state.plan.contains(exhibitor: exhibitor.id) ? "★" : " ", Theme.favourite),
                         TableCell(exhibitor.listed ? exhibitor.name : exhibitor.name + " (reported)"),
                         TableCell(exhibitor.country.map { describe.country($0) } ?? "—", exhibitor.country == nil ? Theme.notPublished : .plain)]
            if fairsColumn { return .cells(cells + [TableCell(describe.fairsShort(exhibitor))]) }
            if showColumn { cells.append(TableCell(describe.showsShort(exhibitor.shows))) }
            cells.append(TableCell(exhibitor.stand.map { ref in ref.code.map { "\(catalog.hall(id: ref.hall)?.name ?? ref.hall) \($0)" } ?? (catalog.hall(id: ref.hall)?.name ?? ref.hall) } ?? Describe.notPublished,
                                   exhibitor.stand == nil ? Theme.notPublished : .plain))
            return .cells(cells)
        }
        if let paneArea, let index = route.list.selection(count: rows.count) {
            let exhibitor = catalog.exhibitors[rows[index]]
            buffer.fill(Rect(x: paneArea.x - 1, y: paneArea.y, width: 1, height: paneArea.height), with: Cell(text: "│", style: Theme.border))
            let doc = Documents.exhibitor(exhibitor, catalog, width: paneArea.width - 2, plan: state.plan)
            let cursor = buffer.cursor
            buffer.draw(doc, in: paneArea.inset(1, 0), scroll: 0)
            buffer.cursor = cursor
        }
    }

    static func drawChips(_ route: ExhibitorListRoute, _ count: Int, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        // The order, right-aligned ("sorted by fairs"), when it is not the usual name order.
        var area = area
        if route.sort != .name {
            let order = "sorted \(route.sort.title) "
            let width = DisplayWidth.of(order)
            if width < area.width / 3 {
                buffer.put(order, x: area.maxX - width, y: area.y, style: .bold)
                area = Rect(x: area.x, y: area.y, width: area.width - width - 1, height: area.height)
            }
        }
        var x = area.x + 1
        let summary = "\(count) of \(catalog.exhibitors.count)"
        if route.chips.isEmpty {
            buffer.put("\(summary) exhibitors · F to filter by show, hall, category, country, kind", x: x, y: area.y, style: Theme.dim, maxWidth: area.width - 2)
            return
        }
        x += buffer.put("\(summary) · ", x: x, y: area.y, style: Theme.dim)
        // The newest chips matter most (x removes the last): keep them, drop older ones with "…".
        let texts = route.chips.map { TextSanitizer.sanitizeLine("[\($0.facet.rawValue): \(catalog.name(of: $0.value, in: $0.facet)) ×]") }
        let room = area.maxX - 14 - x
        var shown: [String] = []
        var used = 0
        for text in texts.reversed() {
            let width = DisplayWidth.of(text) + 1
            if used + width > room {
                if shown.isEmpty { shown.append(TextLayout.truncate(text, toWidth: max(4, room - 2))) }
                break
            }
            shown.insert(text, at: 0)
            used += width
        }
        if shown.count < texts.count {
            x += buffer.put("… ", x: x, y: area.y, style: Theme.dim)
        }
        for text in shown {
            x += buffer.put(text, x: x, y: area.y, style: Theme.chipMono.with(foreground: .cyan))
            x += 1
        }
        buffer.put("x remove last", x: x + 1, y: area.y, style: Theme.dim, maxWidth: max(0, area.maxX - x - 1))
    }

    // MARK: Categories and halls

    static func categories(_ list: ListState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        let rows = Rows.categories(in: catalog)
        let columns = [TableColumn(title: " CATEGORY", width: 0, flexible: true), TableColumn(title: "EXHIBITORS", width: 10, alignRight: true)]
        TableView.draw(into: &buffer, area: area, columns: columns, count: rows.count, list: list) { index in
            let row = rows[index]
            let name = row.category.map { String(repeating: "  ", count: row.depth) + $0.name } ?? "(no category given)"
            return .cells([TableCell(" " + name, row.category == nil ? Theme.notPublished : .plain), TableCell(String(row.count))])
        }
    }

    static func halls(_ list: ListState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        guard !catalog.halls.isEmpty else {
            buffer.put("No halls in the data: the hall allocation is not published.", x: area.x + 1, y: area.y + 1, style: Theme.notPublished)
            return
        }
        // When no exhibitor has a published hall, per-hall counts would read as "empty": say
        // "not published" instead, and how many exhibitors that concerns.
        let unplaced = catalog.exhibitorCount(.hall, .none)
        let allocationKnown = unplaced < catalog.exhibitors.count
        let (listArea, noteArea) = area.splitBottom(unplaced > 0 ? 2 : 0)
        let columns = [TableColumn(title: " HALL", width: 0, flexible: true), TableColumn(title: "KIND", width: 8),
                       TableColumn(title: "EXHIBITORS", width: 13, alignRight: true), TableColumn(title: "FLOOR PLAN", width: 14)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, count: catalog.halls.count, list: list) { index in
            let hall = catalog.halls[index]
            return .cells([TableCell(" " + hall.name), TableCell(hall.kind.rawValue),
                           allocationKnown ? TableCell(String(catalog.exhibitorCount(.hall, .id(hall.id)))) : TableCell("not published", Theme.notPublished),
                           TableCell(hall.hasLayout ? "\(hall.stands.count) stands" : "not published", hall.hasLayout ? .plain : Theme.notPublished)])
        }
        if unplaced > 0 {
            let text = unplaced == catalog.exhibitors.count
                ? "The hall of every exhibitor (\(unplaced)) is not published."
                : "\(unplaced) of \(catalog.exhibitors.count) exhibitors have no published hall."
            buffer.put(" " + text, x: noteArea.x, y: noteArea.y + 1, style: Theme.notPublished, maxWidth: noteArea.width)
        }
    }

    static func hall(_ route: HallRoute, _ state: GuideState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        guard let hall = catalog.hall(id: route.hallID) else { return }
        if hall.hasLayout {
            HallMapView.draw(hall, route: route, state: state, catalog: catalog, into: &buffer, area: area)
            return
        }
        let exhibitors = Rows.hallExhibitors(hall.id, in: catalog)
        buffer.put(" \(hall.name) — floor plan not published", x: area.x, y: area.y, style: Theme.notPublished.bolded(), maxWidth: area.width)
        let note = hall.note ?? "The data has no stand geometry for this hall."
        guard !exhibitors.isEmpty else {
            // Nothing to list: the whole note, its sources, and where the exhibitors are instead.
            var doc = Document(width: area.width - 2)
            doc.paragraph(note)
            if !hall.sources.isEmpty { doc.paragraph("Sources: " + hall.sources.map { "[\($0)]" }.joined(), style: Theme.dim) }
            doc.blank()
            doc.paragraph("No exhibitor is placed in this hall in the data: the hall allocation is not published. Exhibitors are listed under 2 Exhibitors and 3 Categories.", style: Theme.notPublished)
            buffer.draw(doc, in: Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1), scroll: 0)
            return
        }
        let noteLines = TextLayout.wrap(TextSanitizer.sanitizeLine(note), width: max(10, area.width - 2))
        for (index, line) in noteLines.prefix(2).enumerated() {
            let shown = index == 1 && noteLines.count > 2 ? TextLayout.truncate(line + " …", toWidth: area.width - 2) : line
            buffer.put(shown, x: area.x + 1, y: area.y + 1 + index, style: Theme.dim, maxWidth: area.width - 2)
        }
        let listArea = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        let describe = Describe(catalog: catalog)
        let columns = [TableColumn(title: " ", width: 1), TableColumn(title: "NAME", width: 0, flexible: true),
                       TableColumn(title: "COUNTRY", width: 14), TableColumn(title: "STAND", width: 14)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, count: exhibitors.count, list: route.list) { index in
            let exhibitor = exhibitors[index]
            return .cells([TableCell(state.plan.contains(exhibitor: exhibitor.id) ? "★" : " ", Theme.favourite), TableCell(exhibitor.name),
                           TableCell(describe.country(exhibitor.country)), TableCell(exhibitor.stand?.code ?? "not published")])
        }
    }

    // MARK: Schedule

    static func schedule(_ route: ScheduleRoute, _ state: GuideState, _ catalog: Catalog, now: LocalDateTime,
                         into buffer: inout CellBuffer, area: Rect) {
        guard !catalog.programme.isEmpty else {
            // No day tabs: a folder of fairs spans years of days, none of them with an item.
            buffer.put("This data has no programme items, on any day (Home says what the data holds).", x: area.x + 1, y: area.y,
                       style: Theme.notPublished, maxWidth: area.width - 2)
            return
        }
        let days = Rows.scheduleDays(in: catalog)
        func label(_ index: Int) -> String {
            " " + (days[index].map { $0.shortText + ($0 == now.date && catalog.days.contains($0) ? " (today)" : "") } ?? "Day not published") + " "
        }
        // Only the tabs that fit are labelled: from the first day when the selected one fits after
        // it, else from as far back as fits before the selected one (an event may have years of days).
        let room = area.width - 1
        let selected = min(max(0, route.dayIndex), max(0, days.count - 1))
        var first = 0
        var width = 0
        for index in days.indices.prefix(selected + 1) {
            width += DisplayWidth.of(label(index)) + 1
            if width > room { break }
        }
        if width > room {
            first = selected
            width = DisplayWidth.of(label(first)) + 1
            while first > 0 {
                let before = DisplayWidth.of(label(first - 1)) + 1
                if width + before > room { break }
                width += before
                first -= 1
            }
        }
        var x = area.x + 1
        for index in days.indices.dropFirst(first) {
            guard x < area.maxX else { break }
            x += buffer.put(label(index), x: x, y: area.y, style: index == route.dayIndex ? Theme.activeTab : Theme.tab)
            x += buffer.put(index < days.count - 1 ? "│" : "", x: x, y: area.y, style: Theme.dim)
        }
        let zone = catalog.clock.label(on: catalog.firstDay)
        if x + DisplayWidth.of(zone) + 3 < area.maxX {
            buffer.put(zone, x: area.maxX - DisplayWidth.of(zone) - 1, y: area.y, style: Theme.dim)
        }
        let rows = Rows.schedule(dayIndex: route.dayIndex, in: catalog)
        let listArea = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        guard !rows.isEmpty else {
            buffer.put("No programme items in the data for this day.", x: listArea.x + 1, y: listArea.y, style: Theme.dim, maxWidth: listArea.width - 2)
            return
        }
        let describe = Describe(catalog: catalog)
        let hasTimes = rows.contains { $0.item?.start != nil }
        let columns = [TableColumn(title: " ", width: 1), TableColumn(title: "TIME", width: hasTimes ? 13 : 0), TableColumn(title: "KIND", width: 9),
                       TableColumn(title: "TITLE", width: 0, flexible: true), TableColumn(title: "PLACE", width: 18)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, header: false, count: rows.count, list: route.list) { index in
            switch rows[index] {
            case .heading(let text):
                return .heading(" " + text)
            case .item(let item):
                let isOn = item.isOn(at: now)
                let mark = state.plan.contains(programmeItem: item.id) ? "★" : " "
                var time = item.start == nil ? "" : describe.itemTime(item)
                if isOn { time = "▶ " + time }
                var title = item.title
                if let last = item.lastDay, let first = item.day, last > first { title += " (\(describe.itemDay(item)))" }
                return .cells([TableCell(mark, Theme.favourite), TableCell(time, isOn ? Theme.now : .plain), TableCell(item.kind, Theme.dim),
                               TableCell(title), TableCell(item.place ?? "place not stated", item.place == nil ? Theme.notPublished : .plain)])
            }
        }
    }
}
