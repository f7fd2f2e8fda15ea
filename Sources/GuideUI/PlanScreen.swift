import GuideModel
import GuideNavigation
import GuidePlan
import TerminalCanvas

/// My plan: a summary line (what is left to see), the plan as a list (programme by day with
/// clashes, free time of the chosen day, exhibitors by hall in walking order, favourites no longer
/// in the data), and a line about the selected item (its note in full, its clashes).
enum PlanScreen {
    static func draw(_ route: PlanRoute, _ state: GuideState, _ catalog: Catalog, now: LocalDateTime,
                     into buffer: inout CellBuffer, area: Rect) {
        let plan = state.plan
        guard !plan.isEmpty else {
            drawEmpty(into: &buffer, area: area)
            return
        }
        let rows = Rows.plan(plan, route: route, in: catalog)
        let summary = PlanSummary(plan: plan, catalog: catalog, now: now)
        buffer.put(" " + summaryLine(summary, rows), x: area.x, y: area.y, style: .bold, maxWidth: area.width)
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 2))
        let describe = Describe(catalog: catalog)
        let wide = area.width >= 100
        var columns = [TableColumn(title: "", width: 1), TableColumn(title: "", width: 3, alignRight: true),
                       TableColumn(title: "", width: 1), TableColumn(title: "", width: 4),
                       TableColumn(title: "", width: 0, flexible: true), TableColumn(title: "", width: 22)]
        if wide { columns.append(TableColumn(title: "", width: 0, flexible: true)) }
        TableView.draw(into: &buffer, area: listArea, columns: columns, header: false, count: rows.count, list: route.list) { index in
            switch rows[index] {
            case .heading(let heading):
                return .heading(headingText(heading, catalog))
            case .freeTime(let line):
                let (text, style) = freeTimeText(line, catalog)
                return .text("    " + text, style)
            case .exhibitor(let id, let stop):
                let mark = plan.mark(.exhibitor(id))
                let priority = priorityCell(mark)
                guard let exhibitor = catalog.exhibitor(id: id) else {
                    return .cells([TableCell("★", Theme.favourite), TableCell(""), TableCell(mark?.visited.value == true ? "✓" : ""),
                                   priority, TableCell(id + " (no longer in the data)", Theme.error), TableCell("")] + noteCell(mark, wide))
                }
                let stand = exhibitor.stand.map { ref in ref.code.map { "stand " + $0 } ?? "stand not published" } ?? "stand not published"
                return .cells([TableCell("★", Theme.favourite), TableCell(stop.map { "\($0)." } ?? "", .bold),
                               TableCell(mark?.visited.value == true ? "✓" : "", .bold), priority,
                               TableCell(exhibitor.name, mark?.visited.value == true ? Theme.dim : .plain),
                               TableCell(stand, exhibitor.stand?.code == nil ? Theme.notPublished : .plain)] + noteCell(mark, wide))
            case .programmeItem(let id, let clashes):
                let mark = plan.mark(.programmeItem(id))
                guard let item = catalog.programmeItem(id: id) else {
                    return .cells([TableCell("★", Theme.favourite), TableCell(""), TableCell(""), priorityCell(mark),
                                   TableCell(id + " (no longer in the data)", Theme.error), TableCell("")] + noteCell(mark, wide))
                }
                var when = item.start == nil ? "time not published" : describe.itemTime(item)
                if !clashes.isEmpty { when += " ⚠ clash" }
                let style = !clashes.isEmpty ? Theme.error : (item.start == nil ? Theme.notPublished : .plain)
                var title = item.title
                if let last = item.lastDay, let first = item.day, last > first { title += " (to \(last.shortText))" }
                return .cells([TableCell("★", Theme.favourite), TableCell(item.isOn(at: now) ? "▶" : "", Theme.now), TableCell(""),
                               priorityCell(mark), TableCell(title), TableCell(when, style)] + noteCell(mark, wide))
            }
        }
        if let index = route.list.selection(count: rows.count), rows[index].isSelectable {
            let (text, style) = selectedLine(rows[index], plan, catalog)
            buffer.put(" " + text, x: area.x, y: area.maxY - 1, style: style, maxWidth: area.width)
        }
    }

    static func drawEmpty(into buffer: inout CellBuffer, area: Rect) {
        var doc = Document(width: area.width - 2)
        doc.paragraph("Nothing in your plan yet.", style: .bold)
        doc.blank()
        doc.paragraph("Press f (or Space in lists) on an exhibitor or a programme item to add it, ! to add it as must see, e to add it with a note; press f again to remove it. Favourites are marked ★ everywhere.")
        doc.blank()
        doc.paragraph("Here you will find your programme by day with clashes marked, your free time, the stands to visit hall by hall in walking order (numbered on the hall maps), and E to export a calendar (.ics), a printable list (Markdown), a spreadsheet (CSV) or JSON.")
        doc.blank()
        doc.paragraph("Your plan is saved after every change and kept between sessions; `adex-guide plan` shows and edits it from the command line.", style: Theme.dim)
        buffer.draw(doc, in: area.inset(1, 1), scroll: 0)
    }

    /// "★ 7 · must see left: 2 stands, 1 programme item · 3 of 5 stands visited · ⚠ 1 clash".
    static func summaryLine(_ summary: PlanSummary, _ rows: [PlanRow]) -> String {
        var parts = ["★ \(summary.totalCount) in My plan"]
        var must: [String] = []
        if summary.mustSeeExhibitorsLeft > 0 { must.append(count(summary.mustSeeExhibitorsLeft, "stand")) }
        if summary.mustSeeProgrammeAhead > 0 { must.append(count(summary.mustSeeProgrammeAhead, "programme item")) }
        parts.append(must.isEmpty ? "no must see left" : "must see left: " + must.joined(separator: ", "))
        let present = summary.exhibitorCount - summary.missingExhibitorIDs.count
        if present > 0 {
            let visited = rows.reduce(0) { total, row in
                if case .heading(.exhibitors(_, let visited)) = row { return total + visited }
                return total
            }
            parts.append("\(visited) of \(present) visited")
        }
        for row in rows {
            if case .heading(.programme(_, let pairs)) = row, pairs > 0 { parts.append("⚠ \(count(pairs, "clash"))") }
        }
        return parts.joined(separator: " · ")
    }

    static func headingText(_ heading: PlanHeading, _ catalog: Catalog) -> String {
        switch heading {
        case .programme(let total, let pairs):
            return "Programme · \(count(total, "item"))" + (pairs > 0 ? " · ⚠ \(count(pairs, "clash")) (items overlap)" : "")
        case .day(let day):
            return "  " + (day?.longTextWithWeekday ?? "Day not published")
        case .freeTime(let day):
            return "Free time · \(day.longTextWithWeekday)   [ ] other day"
        case .exhibitors(let total, let visited):
            return "Stands to visit · \(count(total, "exhibitor"))" + (visited > 0 ? " · \(visited) visited ✓" : "")
        case .hall(let hall):
            let name = catalog.hall(id: hall.hallID)?.name ?? hall.hallID
            guard hall.layoutPublished else {
                return "  \(name) · floor plan not published: grouped by hall only"
            }
            guard hall.stops > 0 else {
                return hall.unvisited == 0 ? "  \(name) · all \(hall.visited) visited" : "  \(name) · stands not on the floor plan"
            }
            let start: String
            switch hall.start {
            case .entrance(let entrance?): start = "from \(entrance)"
            case .entrance(nil): start = "from the entrance"
            case .standNearestTopLeft, nil: start = "from the stand nearest the top-left corner"
            }
            return "  \(name) · walking route: \(count(hall.stops, "stop")) \(start) (m shows it on the map)"
        case .hallNotPublished:
            return "  Hall or stand not published: no walking route"
        case .notInData(let total):
            return "No longer in the data · \(total) kept in your plan (f removes)"
        }
    }

    static func freeTimeText(_ line: FreeTimeLine, _ catalog: Catalog) -> (String, Style) {
        switch line {
        case .bounds(let free):
            switch free.basis {
            case .openingHours:
                var text = "Within opening hours " + free.openingHours.map { "\($0.start)–\($0.end)" }.joined(separator: ", ")
                if !free.showsWithoutHours.isEmpty {
                    let names = free.showsWithoutHours.map { catalog.show(id: $0)?.name ?? $0 }
                    text += " (hours of \(names.joined(separator: ", ")) not published)"
                }
                return (text, Theme.dim)
            case .timedFavourites:
                return ("Opening hours not published: between your first and last item with a time", Theme.notPublished)
            case .unknown:
                return ("Not known: opening hours and your items' times that day are not published", Theme.notPublished)
            }
        case .gap(let gap):
            var text = "\(gap.start)–\(gap.end)  free \(duration(gap.minutes))"
            if gap.followsItemWithoutEnd { text += " (may be less: the item before has no published end)" }
            return (text, .plain)
        case .noGap(let minimum):
            return ("No free stretch of \(minimum) min or more", Theme.dim)
        case .untimed(let number):
            return ("\(count(number, "item")) of yours that day \(number == 1 ? "has" : "have") no published time: the gaps may not be free",
                    Theme.notPublished)
        }
    }

    /// The line under the list: the selected item's clashes and its note (whole up to
    /// `PlanNote.maximumLength` characters).
    static func selectedLine(_ row: PlanRow, _ plan: Plan, _ catalog: Catalog) -> (String, Style) {
        guard let item = row.item else { return ("", .plain) }
        let note = PlanNote.excerpt(plan.mark(item)?.note.value ?? "")
        var parts: [String] = []
        if case .programmeItem(_, let clashes) = row, !clashes.isEmpty {
            parts.append("⚠ Clash with " + clashes.map { catalog.programmeItem(id: $0)?.title ?? $0 }.joined(separator: "; "))
        }
        if !note.isEmpty { parts.append("Note: " + note) }
        if parts.isEmpty { return ("e adds a note · ! must see / maybe" + (item.kind == .exhibitor ? " · v visited · m map" : ""), Theme.dim) }
        return (parts.joined(separator: " · "), parts.first?.hasPrefix("⚠") == true ? Theme.error : .plain)
    }

    static func priorityCell(_ mark: PlanMark?) -> TableCell {
        mark?.priority.value == .must ? TableCell("must", .bold) : TableCell("", .plain)
    }

    static func noteCell(_ mark: PlanMark?, _ wide: Bool) -> [TableCell] {
        guard wide else { return [] }
        return [TableCell(PlanNote.excerpt(mark?.note.value ?? ""), Theme.dim)]
    }

    static func count(_ number: Int, _ noun: String) -> String {
        let plural = noun.hasSuffix("sh") ? noun + "es" : noun + "s"
        return "\(number) \(number == 1 ? noun : plural)"
    }

    /// "1 h 30 min", "45 min", "2 h".
    static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if hours == 0 { return "\(rest) min" }
        return rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min"
    }
}
