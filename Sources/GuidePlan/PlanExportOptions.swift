/// Choices for an export; the defaults suit a visitor's own calendar and printout.
public struct PlanExportOptions: Sendable, Hashable {
    /// iCalendar: also write each favourite exhibitor as a to-do (VTODO) "Visit ... (stand ...)",
    /// completed when visited. Off by default: many calendar programs hide or drop to-dos.
    public var includeVisits: Bool
    /// iCalendar: end each event's description with the sources the data cites for it.
    public var includeSources: Bool
    /// CSV: start with a UTF-8 byte order mark. RFC 4180 has none, but without it some spreadsheet
    /// programs read UTF-8 as a legacy code page and garble Cyrillic or Azerbaijani names.
    public var csvByteOrderMark: Bool

    public init(includeVisits: Bool = false, includeSources: Bool = true, csvByteOrderMark: Bool = false) {
        self.includeVisits = includeVisits
        self.includeSources = includeSources
        self.csvByteOrderMark = csvByteOrderMark
    }
}
