import GuideModel

/// The plan as CSV (RFC 4180): a header row, then one row per favourite, CRLF after every row.
///
/// Columns: `kind,id,name,day,start,end,hall,stand,priority,visited,note`.
/// - `kind` is `programme` or `exhibitor`; programme items come first, in the catalog's order,
///   then exhibitors by hall and stand, then favourites no longer in the data (empty `name`).
/// - `day` is `2024-09-24`, or `2024-09-24/2024-09-26` (an ISO 8601 interval) for an item on
///   several days; `start` and `end` are local `HH:MM`; empty means not published.
/// - `hall` is the hall's name and `stand` its code, for exhibitors; a programme item's place is
///   not a hall and is left out, as are other columns that do not apply (empty).
/// - `visited` is `yes` or `no` for exhibitors, empty for programme items.
/// - A field holding `"`, `,`, CR or LF is quoted, with `"` doubled; a note's line breaks are
///   kept inside its quotes (as LF).
///
/// Formula injection: a spreadsheet program runs a cell that starts with `=`, `+`, `-` or `@`
/// as a formula, so a hostile name or note could compute or fetch things when the file is
/// opened. Such a field gets a leading `'`, which spreadsheets read as "this is text" (OWASP's
/// advice; the TAB and CR it also lists never lead a field here, as fields are trimmed and
/// control characters made visible first). The cost is a visible `'` before a note such as
/// "-5 °C" when the file is read by something else.
public enum CSVExport {
    public static let header = ["kind", "id", "name", "day", "start", "end", "hall", "stand", "priority", "visited", "note"]

    public static func export(_ plan: Plan, catalog: Catalog, options: PlanExportOptions = PlanExportOptions()) -> PlanExportResult {
        let content = PlanExportContent(plan: plan, catalog: catalog)
        var rows = [header]
        for entry in content.programme {
            let item = entry.item
            var day = item.day?.description ?? ""
            if let first = item.day, let last = item.lastDay, last > first { day += "/\(last)" }
            rows.append(["programme", item.id, item.title, day, item.start?.description ?? "", item.end?.description ?? "",
                         "", "", entry.mark.priority.value.label, "", entry.mark.note.value])
        }
        for entry in content.exhibitors {
            rows.append(["exhibitor", entry.exhibitor.id, entry.exhibitor.name, "", "", "",
                         entry.hall?.name ?? "", entry.hall == nil ? "" : entry.exhibitor.stand?.code ?? "",
                         entry.mark.priority.value.label, entry.mark.visited.value ? "yes" : "no", entry.mark.note.value])
        }
        for missing in content.missing {
            let isExhibitor = missing.item.kind == .exhibitor
            rows.append([missing.item.kind.rawValue, missing.item.id, "", "", "", "", "", "",
                         missing.mark.priority.value.label, isExhibitor ? (missing.mark.visited.value ? "yes" : "no") : "",
                         missing.mark.note.value])
        }
        var text = options.csvByteOrderMark ? "\u{FEFF}" : ""
        for (index, row) in rows.enumerated() {
            // The header is ours; every other field is data and goes through the guard.
            text += row.map { index == 0 ? $0 : field($0) }.joined(separator: ",") + "\r\n"
        }
        return PlanExportResult(format: .csv, text: text, notInData: content.missing.map(\.item))
    }

    /// One field: trimmed, controls made visible (line breaks kept, as LF), a `'` before a
    /// leading `=`, `+`, `-` or `@`, then quoted when it holds `"`, `,` or a line break.
    public static func field(_ value: String) -> String {
        var text = ExportText.clean(value, multiline: true)
        // Cleaning removed leading whitespace and turned TAB and CR into a space and LF, so only
        // these four can still start a formula.
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@"].contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "\"" || $0 == "," || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
