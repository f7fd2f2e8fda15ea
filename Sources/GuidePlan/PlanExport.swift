import GuideModel

/// Exports a plan for other programs: a calendar (iCalendar), a printout (Markdown), a
/// spreadsheet (CSV) or other tools (JSON). Pure functions: the plan, the catalog it is looked up
/// in, and the moment of the export (`now`, milliseconds since 1970, written as the export time)
/// in; text and what was left out, out. Nothing is read from the clock, the disk or the
/// environment, so the same inputs give the same bytes.
public enum PlanExport {
    public static func export(_ plan: Plan, catalog: Catalog, format: PlanExportFormat, now: Int64,
                              options: PlanExportOptions = PlanExportOptions()) -> PlanExportResult {
        switch format {
        case .ics: ICalendarExport.export(plan, catalog: catalog, now: now, options: options)
        case .md: MarkdownExport.export(plan, catalog: catalog, now: now)
        case .csv: CSVExport.export(plan, catalog: catalog, options: options)
        case .json: PlanJSONExport.export(plan, catalog: catalog, now: now)
        }
    }

    /// A file name for the export: `adex-2024-plan.ics` (the event id with anything but letters,
    /// digits, `.`, `-` and `_` replaced by `_`).
    public static func fileName(eventID: String, format: PlanExportFormat) -> String {
        let safe = String(eventID.unicodeScalars.map { scalar -> Character in
            let value = scalar.value
            let isSafe = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || scalar == "." || scalar == "-" || scalar == "_"
            return isSafe ? Character(scalar) : "_"
        })
        let stem = safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
        return stem + "-plan." + format.fileExtension
    }
}
