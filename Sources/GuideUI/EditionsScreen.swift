import GuideModel
import GuideNavigation
import TerminalCanvas

/// Who came when: each series' editions as a bar chart of exhibitors with new / returning / not
/// returning counts, and one edition's lists with its top countries as a chart. Bars carry their
/// numbers; an edition without a published list says so instead of showing zero.
enum EditionsScreen {
    static func draw(_ list: ListState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        let series = catalog.history?.series ?? []
        let editionCount = series.reduce(0) { $0 + $1.editions.count }
        buffer.put(" \(series.count) series, \(editionCount) editions · Enter lists an edition's new, returning and not-returning exhibitors",
                   x: area.x, y: area.y, style: Theme.dim, maxWidth: area.width)
        let rows = Rows.editions(in: catalog)
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let chartWidth = max(20, area.width - 6)
        var charts: [String: [String]] = [:]
        for entry in series {
            charts[entry.id] = BarChart.lines(entry.editions.map { BarChart.Row($0.name, $0.listPublished ? $0.listedCount : nil,
                                                                               unknown: "exhibitor list not published") },
                                              width: chartWidth)
        }
        let columns = [TableColumn(title: "", width: 0, flexible: true), TableColumn(title: "", width: 9, alignRight: true),
                       TableColumn(title: "", width: 13, alignRight: true), TableColumn(title: "", width: 18, alignRight: true)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, header: false, count: rows.count, list: list) { index in
            switch rows[index] {
            case .series(let id):
                let entry = series.first { $0.id == id }
                return .heading(" \(entry?.name ?? id) · exhibitors per edition")
            case .chartLine(let id, let edition):
                return .text("    " + (charts[id].flatMap { $0.indices.contains(edition) ? $0[edition] : nil } ?? ""), .plain)
            case .edition(let showID):
                guard var stats = Rows.edition(showID, in: catalog) else { return .cells([TableCell(showID)]) }
                stats.name = nameWithDate(stats, catalog)
                guard stats.listPublished else {
                    return .cells([TableCell("  " + stats.name), TableCell(""), TableCell(""), TableCell("list not published", Theme.notPublished)])
                }
                let first = catalog.history?.series(ofShow: showID)?.editions.first { $0.listPublished }?.showID == showID
                if first {
                    // Nothing earlier to compare with: zeros would be wrong, "all new" unknowable.
                    return .cells([TableCell("  " + stats.name + " · \(stats.listedCount) exhibitors"), TableCell(""), TableCell(""),
                                   TableCell("first list in data", Theme.dim)])
                }
                return .cells([TableCell("  " + stats.name + " · \(stats.listedCount) exhibitors"), TableCell("\(stats.newIDs.count) new"),
                               TableCell("\(stats.returningIDs.count) returning"),
                               TableCell("\(stats.notReturningIDs.count + stats.notReturningNames.count) not returning")])
            }
        }
    }

    /// An edition's name with its date when the source dates it only approximately ("DSEI
    /// (May 2011)"), so it never reads as if its days were known; the year alone is not repeated
    /// when the name already says it.
    static func nameWithDate(_ stats: EditionStats, _ catalog: Catalog) -> String {
        guard let approximate = catalog.show(id: stats.showID)?.approximateDate else { return stats.name }
        if approximate.month == nil && stats.name.contains(String(approximate.year)) { return stats.name }
        return "\(stats.name) (\(approximate.label))"
    }

    static func drawEdition(_ route: EditionRoute, _ state: GuideState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        guard let stats = Rows.edition(route.showID, in: catalog) else { return }
        let series = catalog.history?.series(ofShow: route.showID)
        var title = " \(nameWithDate(stats, catalog)) · \(stats.listedCount) exhibitors"
        if !stats.listPublished { title += " (exhibitor list not published)" }
        if stats.listPublished && stats.listedCount != stats.exhibitorIDs.count {
            title += " on its list; \(stats.exhibitorIDs.count) of them are in this data"
        }
        buffer.put(title, x: area.x, y: area.y, style: .bold, maxWidth: area.width)
        var x = area.x + 1
        for group in EditionGroup.allCases {
            let count: Int
            switch group {
            case .all: count = stats.exhibitorIDs.count
            case .new: count = stats.newIDs.count
            case .returning: count = stats.returningIDs.count
            case .notReturning: count = stats.notReturningIDs.count + stats.notReturningNames.count
            }
            let label = " \(group.title) \(count) "
            x += buffer.put(label, x: x, y: area.y + 1, style: group == route.group ? Theme.activeTab : Theme.tab)
            x += 1
        }
        if stats.listPublished && series?.editions.first(where: { $0.listPublished })?.showID == route.showID {
            buffer.put("(the first edition: everyone is new)", x: x + 1, y: area.y + 1, style: Theme.dim, maxWidth: max(0, area.maxX - x - 1))
        }
        // Top countries, with the rest grouped and "not given" kept apart.
        let top = stats.countries.filter { $0.code != nil }.prefix(4)
        var chartRows = top.map { BarChart.Row(catalog.country(code: $0.code ?? "")?.name ?? ($0.code ?? ""), $0.count) }
        let rest = stats.countries.filter { $0.code != nil }.dropFirst(4).reduce(0) { $0 + $1.count }
        if rest > 0 { chartRows.append(BarChart.Row("other countries", rest)) }
        if let unknown = stats.countries.first(where: { $0.code == nil }), chartRows.count < 5 {
            chartRows.append(BarChart.Row("country not given", unknown.count))
        }
        for (index, line) in BarChart.lines(Array(chartRows.prefix(5)), width: max(20, area.width - 6)).enumerated() {
            buffer.put(line, x: area.x + 3, y: area.y + 3 + index, style: Theme.dim, maxWidth: area.width - 4)
        }
        let entries = Rows.edition(route, in: catalog)
        let listArea = Rect(x: area.x, y: area.y + ScreenLayout.editionHeaderRows, width: area.width,
                            height: max(0, area.height - ScreenLayout.editionHeaderRows))
        guard !entries.isEmpty else {
            buffer.put("No exhibitor in this list.", x: listArea.x + 1, y: listArea.y, style: Theme.dim, maxWidth: listArea.width - 2)
            return
        }
        let describe = Describe(catalog: catalog)
        let columns = [TableColumn(title: " ", width: 1), TableColumn(title: "NAME", width: 0, flexible: true),
                       TableColumn(title: "COUNTRY", width: 16), TableColumn(title: "EDITIONS", width: 24)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, count: entries.count, list: route.list) { index in
            guard let id = entries[index].exhibitorID, let exhibitor = catalog.exhibitor(id: id) else {
                guard case .name(let name) = entries[index] else { return .cells([]) }
                return .cells([TableCell(" "), TableCell(name, Theme.dim), TableCell(""), TableCell("not at this edition", Theme.dim)])
            }
            // The editions of this series it was at, in order.
            let attended = (series?.editions ?? []).filter { $0.exhibitorIDs.contains(exhibitor.id) }.map(\.name)
            return .cells([TableCell(state.plan.contains(exhibitor: exhibitor.id) ? "★" : " ", Theme.favourite), TableCell(exhibitor.name),
                           TableCell(describe.country(exhibitor.country), exhibitor.country == nil ? Theme.notPublished : .plain),
                           TableCell(attended.joined(separator: ", "))])
        }
    }
}
