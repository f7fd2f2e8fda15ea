import GuideModel

/// The plan as Markdown (CommonMark, with GitHub's extensions in mind): a heading with the event,
/// "Programme" by day, "Exhibitors to visit" by hall, and "No longer in the data" for ids kept in
/// the plan that the data no longer has, each with its priority and note.
///
/// Data text and notes are escaped (`MarkdownExport.escape`), so a name with `*`, `_`, `[` or
/// `<` reads as written and cannot become emphasis, a link or HTML; control characters are made
/// visible (`ExportText`). A note keeps its line breaks, as a quote under its item with hard line
/// breaks (a backslash at the end of a line), readable both as text and rendered.
///
/// An item that runs on several days is listed under each of its days ("day 2 of 3"); items
/// without a published day come last, under "Day not published".
public enum MarkdownExport {
    public static func export(_ plan: Plan, catalog: Catalog, now: Int64) -> PlanExportResult {
        let content = PlanExportContent(plan: plan, catalog: catalog)
        let event = catalog.event
        var out: [String] = []
        out.append("# " + escape(ExportText.clean(event.name, multiline: false)) + ": my plan")
        out.append("")
        var about = escape(ExportText.clean(event.venue.name, multiline: false))
        if !catalog.days.isEmpty { about += ", " + span(catalog) }
        about += ". Times are " + escape(catalog.clock.label(on: catalog.firstDay)) + "."
        out.append(about + "\\")
        out.append("Exported " + ExportText.utcMinute(now) + " from AdexGuide.")

        out += ["", "## Programme", ""]
        if content.programme.isEmpty {
            out.append("No programme items in the plan.")
        } else {
            var byDay: [LocalDate: [(entry: PlanExportContent.ProgrammeEntry, dayNumber: Int, dayCount: Int)]] = [:]
            var withoutDay: [PlanExportContent.ProgrammeEntry] = []
            for entry in content.programme {
                let days = entry.item.days
                if days.isEmpty { withoutDay.append(entry) }
                for (index, day) in days.enumerated() { byDay[day, default: []].append((entry, index + 1, days.count)) }
            }
            var first = true
            for day in byDay.keys.sorted() {
                if !first { out.append("") }
                first = false
                out += ["### " + day.longTextWithWeekday, ""]
                // Published times first, in time order; then the rest in the export's order.
                let entries = byDay[day]!.enumerated().sorted { a, b in
                    let startA = a.element.entry.item.start?.minutesSinceMidnight ?? Int.max
                    let startB = b.element.entry.item.start?.minutesSinceMidnight ?? Int.max
                    return startA != startB ? startA < startB : a.offset < b.offset
                }.map(\.element)
                for (entry, dayNumber, dayCount) in entries {
                    out += programmeLines(entry, catalog: catalog, dayNote: dayCount > 1 ? "day \(dayNumber) of \(dayCount)" : nil)
                }
            }
            if !withoutDay.isEmpty {
                if !first { out.append("") }
                out += ["### Day not published", ""]
                for entry in withoutDay { out += programmeLines(entry, catalog: catalog, dayNote: nil) }
            }
        }

        out += ["", "## Exhibitors to visit", ""]
        if content.exhibitors.isEmpty {
            out.append("No exhibitors in the plan.")
        } else {
            var currentHall: String??
            for entry in content.exhibitors {
                let hallID = entry.hall?.id
                if currentHall != .some(hallID) {
                    if currentHall != nil { out.append("") }
                    currentHall = .some(hallID)
                    let heading = entry.hall.map { escape(ExportText.clean($0.name, multiline: false)) } ?? "Hall not published"
                    out += ["### " + heading, ""]
                }
                out += exhibitorLines(entry, catalog: catalog)
            }
        }

        if !content.missing.isEmpty {
            out += ["", "## No longer in the data", "",
                    "Kept in the plan, but the guide's data no longer has these ids (the data may have changed).", ""]
            for missing in content.missing {
                var fields = [missing.item.kind.noun + " " + escape(ExportText.clean(missing.item.id, multiline: false)),
                              missing.mark.priority.value.label]
                if missing.item.kind == .exhibitor && missing.mark.visited.value { fields.append("✓ visited") }
                out.append("- " + fields.joined(separator: " · "))
                out += quote(missing.mark.note.value)
            }
        }
        return PlanExportResult(format: .md, text: out.joined(separator: "\n") + "\n", notInData: content.missing.map(\.item))
    }

    static func programmeLines(_ entry: PlanExportContent.ProgrammeEntry, catalog: Catalog, dayNote: String?) -> [String] {
        let item = entry.item
        var time = "time not published"
        if let start = item.start {
            if let end = item.end, end > start {
                time = "\(start)–\(end)"
            } else {
                time = "\(start) (end not published)"
            }
        }
        var title = "**" + escape(ExportText.clean(item.title, multiline: false)) + "**"
        if let dayNote { title += " (\(dayNote))" }
        var fields = [item.day == nil ? title : time, item.day == nil ? nil : title]
            .compactMap { $0 }
        if let place = item.place.map({ ExportText.clean($0, multiline: false) }), !place.isEmpty { fields.append(escape(place)) }
        fields.append(entry.mark.priority.value.label)
        return ["- " + fields.joined(separator: " · ")] + quote(entry.mark.note.value)
    }

    static func exhibitorLines(_ entry: PlanExportContent.ExhibitorEntry, catalog: Catalog) -> [String] {
        let exhibitor = entry.exhibitor
        let stand = entry.hall == nil ? nil : exhibitor.stand?.code.map { ExportText.clean($0, multiline: false) }
        var fields = [stand.map { "stand " + escape($0) } ?? "stand not published",
                      "**" + escape(ExportText.clean(exhibitor.name, multiline: false)) + "**"]
        if let code = exhibitor.country {
            fields.append(escape(ExportText.clean(catalog.country(code: code)?.name ?? code, multiline: false)))
        }
        fields.append(entry.mark.priority.value.label)
        if entry.mark.visited.value { fields.append("✓ visited") }
        return ["- " + fields.joined(separator: " · ")] + quote(entry.mark.note.value)
    }

    /// A note as a quote under its list item, one line per line of the note, joined by hard line
    /// breaks; a blank line of the note starts a new paragraph of the quote.
    static func quote(_ note: String) -> [String] {
        let clean = ExportText.clean(note, multiline: true)
        guard !clean.isEmpty else { return [] }
        let lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.drop { $0 == " " })
        }
        var out: [String] = []
        for (index, line) in lines.enumerated() {
            if line.isEmpty {
                out.append("  >")
                continue
            }
            let breakAfter = index + 1 < lines.count && !lines[index + 1].isEmpty
            out.append("  > " + escape(line, atLineStart: true) + (breakAfter ? "\\" : ""))
        }
        return out
    }

    /// Data text with every character that Markdown would read as syntax escaped by a
    /// backslash: `\`, backticks, `*`, `_`, `~`, `[`, `]`, `<`, `>`, `|`, `#`, and `&` before a
    /// letter or `#` (an entity). At the start of a line (`atLineStart`), also what would start
    /// a block: `-`, `+`, `=`, and `1.` / `1)` (the punctuation after the digits).
    public static func escape(_ text: String, atLineStart: Bool = false) -> String {
        var out = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "_", "~", "[", "]", "<", ">", "|", "#":
                out += "\\" + String(character)
            case "&":
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                out += next.isLetter || next == "#" ? "\\&" : "&"
            case "-", "+", "=", ".", ")":
                let startsBlock = atLineStart
                    && (character == "-" || character == "+" || character == "=" ? index == 0
                        : index > 0 && characters[..<index].allSatisfy { $0.isASCII && $0.isNumber })
                out += startsBlock ? "\\" + String(character) : String(character)
            default:
                out.append(character)
            }
        }
        return out
    }

    /// The event's dates; for a catalogue whose first or last fair is dated only approximately,
    /// the years (or the one fair's date), never days the data does not give.
    static func span(_ catalog: Catalog) -> String {
        let dated = catalog.shows.filter { $0.firstDay == catalog.firstDay || $0.lastDay == catalog.lastDay }
        guard dated.contains(where: { $0.approximateDate != nil }) else { return dateRange(catalog.firstDay, catalog.lastDay) }
        if catalog.shows.count == 1, let only = catalog.shows.first { return only.dateLabel }
        return catalog.yearSpan ?? dateRange(catalog.firstDay, catalog.lastDay)
    }

    static func dateRange(_ first: LocalDate, _ last: LocalDate) -> String {
        LocalDate.rangeText(first, last)
    }
}
