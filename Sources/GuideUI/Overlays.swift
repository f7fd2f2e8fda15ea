import GuideModel
import GuideNavigation
import GuideSearch
import TerminalCanvas

/// Search, filter and help drawn over the content area.
enum Overlays {
    static func search(_ search: SearchOverlay, _ state: GuideState, _ catalog: Catalog, indexReady: Bool,
                       into buffer: inout CellBuffer, area: Rect) {
        buffer.fill(area)
        let prompt = "/ "
        buffer.put(prompt, x: area.x + 1, y: area.y, style: .bold)
        let queryX = area.x + 1 + DisplayWidth.of(prompt)
        let shown = TextLayout.truncate(TextSanitizer.sanitizeLine(search.query), toWidth: max(1, area.width - 4))
        let used = buffer.put(shown, x: queryX, y: area.y, style: .underline)
        buffer.put("▏", x: queryX + used, y: area.y, style: .bold)
        let results = search.results
        let summary: String
        if !indexReady {
            summary = "Preparing the search index for \(catalog.exhibitors.count) exhibitors… results appear as soon as it is ready."
        } else if search.query.trimmingCharacters(in: .whitespaces).isEmpty {
            summary = "Type to search exhibitors, alternative names, products, categories, countries and the programme."
        } else if results.isEmpty {
            summary = "No matches for \"\(search.query)\"."
        } else {
            let parts = results.groups.map { group -> String in
                let count = results.totalCounts[group.kind] ?? group.hits.count
                return "\(count) " + (count == 1 ? group.kind.singularName : group.kind.pluralName.lowercased())
            }
            summary = parts.joined(separator: ", ")
        }
        buffer.put(summary, x: area.x + 1, y: area.y + 1, style: Theme.dim, maxWidth: area.width - 2)
        // Results, with a kind label in the first column.
        var rows: [(kind: SearchKind, hit: SearchHit)] = []
        for group in results.groups { for hit in group.hits { rows.append((group.kind, hit)) } }
        let listArea = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        let matchedWidth = min(50, max(16, area.width / 3))
        let columns = [TableColumn(title: "KIND", width: 10), TableColumn(title: "RESULT", width: 0, flexible: true),
                       TableColumn(title: "MATCHED", width: matchedWidth)]
        TableView.draw(into: &buffer, area: listArea, columns: columns, header: false, count: rows.count, list: search.list) { index in
            let row = rows[index]
            let favourite = (row.kind == .exhibitor && state.plan.contains(exhibitor: row.hit.id)) ||
                (row.kind == .programme && state.plan.contains(programmeItem: row.hit.id))
            let prefix = favourite ? "★ " : ""
            if row.hit.matchedText == row.hit.title {
                return .cells([TableCell(" " + row.kind.rawValue, Theme.label),
                               TableCell(spans: highlighted(prefix, row.hit.title, row.hit.highlights, .plain)), TableCell("")])
            }
            let label = row.hit.matchedField + ": "
            let excerpt = row.hit.excerpt(length: max(8, matchedWidth - DisplayWidth.of(label)))
            return .cells([TableCell(" " + row.kind.rawValue, Theme.label), TableCell(prefix + row.hit.title),
                           TableCell(spans: highlighted(label, excerpt.text, excerpt.highlights, Theme.dim))])
        }
        if rows.isEmpty { buffer.cursor = (queryX + used, area.y) }
    }

    /// Text split into spans, the matched characters bold and underlined (not colour alone).
    static func highlighted(_ prefix: String, _ text: String, _ ranges: [Range<Int>], _ style: Style) -> [Span] {
        var spans = prefix.isEmpty ? [] : [Span(prefix, style)]
        let characters = Array(TextSanitizer.sanitizeLine(text))
        var position = 0
        for range in ranges where range.lowerBound >= position && range.upperBound <= characters.count {
            if range.lowerBound > position { spans.append(Span(String(characters[position..<range.lowerBound]), style)) }
            spans.append(Span(String(characters[range]), Style(bold: true, underline: true)))
            position = range.upperBound
        }
        if position < characters.count { spans.append(Span(String(characters[position...]), style)) }
        return spans
    }

    static func filter(_ panel: FilterPanel, _ state: GuideState, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        guard case .exhibitors(let route) = state.route else { return }
        let box = Rect(x: area.x + 2, y: area.y, width: max(20, min(area.width - 4, 90)), height: area.height)
        buffer.fill(box)
        HallMapView.drawBox(HallMapView.Box(x0: box.x, y0: box.y, x1: box.maxX - 1, y1: box.maxY - 1), into: &buffer, style: Theme.border, double: false)
        buffer.put(" Filter exhibitors ", x: box.x + 2, y: box.y, style: .bold)
        var x = box.x + 2
        for facet in Facet.allCases {
            let active = route.chips.contains { $0.facet == facet }
            let label = " " + facet.rawValue + (active ? "•" : "") + " "
            x += buffer.put(label, x: x, y: box.y + 1, style: facet == panel.facet ? Theme.activeTab : Theme.tab)
        }
        let rows = Rows.facetValues(panel.facet, route: route, in: catalog)
        let inner = Rect(x: box.x + 1, y: box.y + 3, width: box.width - 2, height: box.height - 4)
        let columns = [TableColumn(title: "", width: 4), TableColumn(title: "VALUE", width: 0, flexible: true), TableColumn(title: "COUNT", width: 6, alignRight: true)]
        TableView.draw(into: &buffer, area: inner, columns: columns, header: false, count: rows.count, list: panel.list) { index in
            let row = rows[index]
            return .cells([TableCell(row.isSelected ? "[x]" : "[ ]", row.isSelected ? .bold : .plain),
                           TableCell(row.name, row.value == .none ? Theme.notPublished : (row.count == 0 ? Theme.dim : .plain)),
                           TableCell(String(row.count))])
        }
    }

    static func help(scroll: Int, into buffer: inout CellBuffer, area: Rect) {
        buffer.fill(area)
        let doc = Documents.help(width: ScreenLayout.detailWidth(columns: buffer.width))
        buffer.draw(doc, in: area.inset(2, 0), scroll: scroll)
    }
}
