/// The formats a plan can be exported to, named by their usual file extensions.
public enum PlanExportFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// iCalendar (RFC 5545): programme favourites as events, visits as to-dos (optional).
    case ics
    /// Markdown: a readable, printable plan.
    case md
    /// CSV (RFC 4180): one row per favourite, for spreadsheets.
    case csv
    /// JSON: a denormalised plan with names, times and stands (not the plan file format).
    case json

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The media type a file of this format is served as.
    public var mediaType: String {
        switch self {
        case .ics: "text/calendar"
        case .md: "text/markdown"
        case .csv: "text/csv"
        case .json: "application/json"
        }
    }

    /// The name shown to people ("iCalendar", "Markdown", "CSV", "JSON").
    public var description: String {
        switch self {
        case .ics: "iCalendar"
        case .md: "Markdown"
        case .csv: "CSV"
        case .json: "JSON"
        }
    }

    /// The format a name or file extension means, in any case: `ics`, `ical`, `icalendar`, `md`,
    /// `markdown`, `csv`, `json`; nil for anything else.
    public init?(name: String) {
        switch name.lowercased() {
        case "ics", "ical", "icalendar": self = .ics
        case "md", "markdown": self = .md
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}
