import GuideModel
import GuideNavigation
import GuidePlan
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
            summary = catalog.isFairCollection
                ? "Type to search companies, alternative names, categories, countries, fairs and series."
                : "Type to search exhibitors, alternative names, products, categories, countries and the programme."
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
                               TableCell(spans: highlighted(prefix, row.hit.title, row.hit.highlights, .plain)),
                               TableCell(row.kind == .exhibitor ? exhibitorContext(row.hit.id, catalog) : "", Theme.dim)])
            }
            let label = row.hit.matchedField + ": "
            let excerpt = row.hit.excerpt(length: max(8, matchedWidth - DisplayWidth.of(label)))
            return .cells([TableCell(" " + row.kind.rawValue, Theme.label), TableCell(prefix + row.hit.title),
                           TableCell(spans: highlighted(label, excerpt.text, excerpt.highlights, Theme.dim))])
        }
        if rows.isEmpty { buffer.cursor = (queryX + used, area.y) }
    }

    /// What tells same-named exhibitors apart in the results: the country, and in a folder of
    /// fairs how many fairs over which years ("Türkiye · 2 · 2022–2024").
    static func exhibitorContext(_ id: String, _ catalog: Catalog) -> String {
        guard let exhibitor = catalog.exhibitor(id: id) else { return "" }
        let describe = Describe(catalog: catalog)
        var parts = [exhibitor.country.map { describe.country($0) } ?? "country not given"]
        if catalog.isFairCollection { parts.append(describe.fairsShort(exhibitor)) }
        return parts.joined(separator: " · ")
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
        for facet in catalog.facets {
            let active = route.chips.contains { $0.facet == facet }
            let label = " " + facet.rawValue + (active ? "•" : "") + " "
            x += buffer.put(label, x: x, y: box.y + 1, style: facet == panel.facet ? Theme.activeTab : Theme.tab)
        }
        let order = panel.order.title + " ▾ (^S)"
        if box.width > 40 { buffer.put(" " + order + " ", x: box.maxX - DisplayWidth.of(order) - 4, y: box.y, style: Theme.dim) }
        let rows = Rows.facetValues(panel, route: route, in: catalog)
        // The typed text narrowing the values, with how many are left.
        let findY = box.y + 2
        let prompt = "find: "
        buffer.put(prompt, x: box.x + 2, y: findY, style: Theme.dim)
        let queryX = box.x + 2 + DisplayWidth.of(prompt)
        let typed = buffer.put(TextLayout.truncate(TextSanitizer.sanitizeLine(panel.query), toWidth: max(1, box.width / 2)), x: queryX, y: findY,
                               style: .underline)
        buffer.put("▏", x: queryX + typed, y: findY, style: .bold)
        let total = catalog.definedIDs(for: panel.facet).count
        let hint = panel.query.isEmpty ? "type to narrow \(total) \(total == 1 ? "value" : "values")" : "\(rows.count) of \(total) · Esc clears"
        buffer.put(hint, x: queryX + typed + 3, y: findY, style: Theme.dim, maxWidth: max(0, box.maxX - queryX - typed - 5))
        let inner = Rect(x: box.x + 1, y: box.y + 3, width: box.width - 2, height: box.height - 4)
        guard !rows.isEmpty else {
            buffer.put("No value matches \"\(TextSanitizer.sanitizeLine(panel.query))\".", x: inner.x + 1, y: inner.y, style: Theme.dim, maxWidth: inner.width - 2)
            buffer.cursor = (queryX + typed, findY)
            return
        }
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

    /// A framed box in the middle of the content area, `height` rows tall.
    static func panel(_ title: String, height: Int, into buffer: inout CellBuffer, area: Rect) -> Rect {
        let width = max(20, min(area.width - 4, 84))
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 3), width: width,
                       height: min(height, area.height))
        buffer.fill(box)
        HallMapView.drawBox(HallMapView.Box(x0: box.x, y0: box.y, x1: box.maxX - 1, y1: box.maxY - 1), into: &buffer, style: Theme.border, double: false)
        buffer.put(" " + TextSanitizer.sanitizeLine(title) + " ", x: box.x + 2, y: box.y, style: .bold, maxWidth: box.width - 4)
        return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }

    /// The note editor: the item, the text (wrapped, the cursor at its end) and what the keys do.
    static func note(_ editor: NoteEditor, _ catalog: Catalog, into buffer: inout CellBuffer, area: Rect) {
        let name: String
        switch editor.item {
        case .exhibitor(let id): name = catalog.exhibitor(id: id)?.name ?? id
        case .programmeItem(let id): name = catalog.programmeItem(id: id)?.title ?? id
        }
        let textRows = 5
        let inner = panel("Note: " + name, height: textRows + 5, into: &buffer, area: area)
        let width = max(10, inner.width - 1)
        // Wrapped by characters, so what is typed appears where it will be, spaces included.
        var lines: [String] = [""]
        for character in TextSanitizer.sanitizeLine(editor.text) {
            if DisplayWidth.of(lines[lines.count - 1] + String(character)) > width { lines.append("") }
            lines[lines.count - 1].append(character)
        }
        let shown = Array(lines.suffix(textRows))
        for (row, line) in shown.enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + 1 + row, style: .underline)
        }
        let last = shown.count - 1
        let cursorX = inner.x + DisplayWidth.of(shown[last])
        buffer.put("▏", x: min(cursorX, inner.maxX - 1), y: inner.y + 1 + last, style: .bold)
        buffer.cursor = (min(cursorX, inner.maxX - 1), inner.y + 1 + last)
        let count = "\(editor.text.count)/\(NoteEditor.maximumLength)"
        buffer.put(count, x: inner.maxX - DisplayWidth.of(count), y: inner.y, style: Theme.dim)
        let help = lines.count > textRows ? "Enter save · Esc cancel · ^U clear · (start hidden: \(lines.count - textRows) lines above)"
            : "Enter save · Esc cancel · ^U clear · an empty note is removed"
        buffer.put(help, x: inner.x, y: inner.maxY - 1, style: Theme.dim, maxWidth: inner.width)
    }

    /// The export panel: the formats, the visits option, and the file each would be written to.
    static func export(_ panel: ExportPanel, _ state: GuideState, _ catalog: Catalog, exportDirectory: String?,
                       into buffer: inout CellBuffer, area: Rect) {
        let formats = ExportPanel.formats
        let inner = Overlays.panel("Export My plan", height: formats.count + 8, into: &buffer, area: area)
        let notes: [PlanExportFormat: String] = [
            .ics: "calendar: programme favourites (all-day when no time)",
            .md: "printable list: stands to visit with notes, programme",
            .csv: "spreadsheet: one row per favourite",
            .json: "for other tools: names, times, stands, notes",
        ]
        for (index, format) in formats.enumerated() {
            let y = inner.y + 1 + index
            let selected = index == panel.list.selected
            let label = (selected ? "▸ " : "  ") + TextLayout.pad(format.description, toWidth: 11) + " " + (notes[format] ?? "")
            buffer.put(label, x: inner.x, y: y, style: selected ? Theme.selected : .plain, maxWidth: inner.width)
            if selected { buffer.cursor = (inner.x, y) }
        }
        let visitsY = inner.y + 2 + formats.count
        buffer.put("[\(panel.includeVisits ? "x" : " ")] v  iCalendar: add stand visits as to-dos", x: inner.x, y: visitsY,
                   style: panel.format == .ics ? .plain : Theme.dim, maxWidth: inner.width)
        let file = PlanExport.fileName(eventID: catalog.event.id, format: panel.format)
        let target = exportDirectory.map { $0 == "/" ? "/" + file : $0 + "/" + file } ?? file
        buffer.put("Writes " + TextSanitizer.sanitizeLine(target), x: inner.x, y: visitsY + 2, style: .bold, maxWidth: inner.width)
        buffer.put("An earlier export of that name is replaced · Enter write · Esc close", x: inner.x, y: visitsY + 3, style: Theme.dim, maxWidth: inner.width)
    }
}
