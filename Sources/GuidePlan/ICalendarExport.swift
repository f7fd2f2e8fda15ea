import GuideModel

/// The plan as an iCalendar file (RFC 5545): programme favourites as events (VEVENT) and,
/// optionally, favourite exhibitors as to-dos (VTODO, "Visit ... (stand ...)").
///
/// - Lines end in CRLF and are folded at 75 octets (`ICalendarText.fold`); TEXT values are
///   escaped (`ICalendarText.escape`).
/// - Times are the event's local times with a `TZID` parameter, and the file carries a VTIMEZONE
///   for the event's zone built from Foundation's time zone database (see `ICalendarTimeZone`
///   for why local times rather than UTC, and how summer time is written).
/// - UIDs are stable (`<item id>@<event id>.adex-guide`, `<exhibitor id>@<event id>.adex-guide-visit`),
///   so importing a later export updates the events instead of duplicating them. SEQUENCE is the
///   later of the item's last change in the plan and the day the data was compiled, in minutes
///   since 1970 (it then only grows, and fits the 32-bit integer some calendar programs keep it
///   in), so the later export wins. DTSTAMP is `now`, in UTC.
/// - A programme item with a day but no published time is an all-day event (`VALUE=DATE`, DTEND
///   the day after its last day) marked "time not published", and TRANSP:TRANSPARENT so it does
///   not make the whole day look busy.
/// - A start without a published end is written as DTSTART alone: RFC 5545 (3.6.1) defines such
///   an event to end when it starts, which claims nothing the data does not say; inventing a
///   duration would. The description says the end time is not published. An end not after the
///   start (the loader rejects it; hand-made data may hold it) counts as not published, as in
///   `PublishedTime`.
///   An item running on several days repeats daily (RRULE:FREQ=DAILY with COUNT) at the same
///   times.
/// - Programme items without a published day cannot be placed in a calendar; favourites no
///   longer in the data have nothing to show. Both are left out and reported in `skipped`.
public enum ICalendarExport {
    public static let productID = "-//AdexGuide//Plan//EN"

    public static func export(_ plan: Plan, catalog: Catalog, now: Int64, options: PlanExportOptions = PlanExportOptions()) -> PlanExportResult {
        let content = PlanExportContent(plan: plan, catalog: catalog)
        let event = catalog.event
        let eventUID = ICalendarText.uidPart(event.id)
        let stamp = ExportText.utcDateTime(now)
        let dataAsOf = Int64(event.dataAsOf.dayNumber) * 86_400_000

        var skipped: [PlanExportSkip] = []
        let dated = content.programme.filter { $0.item.day != nil }
        for entry in content.programme where entry.item.day == nil {
            skipped.append(PlanExportSkip(item: .programmeItem(entry.item.id), title: entry.item.title, reason: .noPublishedDay))
        }
        for missing in content.missing where missing.item.kind == .programmeItem || options.includeVisits {
            skipped.append(PlanExportSkip(item: missing.item, title: nil, reason: .notInData))
        }

        var years = [catalog.firstDay.year, catalog.lastDay.year]
        for entry in dated { years += entry.item.days.map(\.year) }
        let zone = ICalendarTimeZone(identifier: event.timeZoneID, years: years.min()!...years.max()!)

        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + productID,
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:" + ICalendarText.escape(event.name, multiline: false),
        ]
        if let zone {
            lines.append("X-WR-TIMEZONE:" + ICalendarText.escape(zone.identifier, multiline: false))
            lines += zone.lines
        }
        for entry in dated {
            lines += eventLines(entry, catalog: catalog, zone: zone, uid: ICalendarText.uidPart(entry.item.id) + "@" + eventUID + ".adex-guide",
                                stamp: stamp, sequence: sequence(entry.mark, dataAsOf: dataAsOf), options: options)
        }
        if options.includeVisits {
            for entry in content.exhibitors {
                lines += visitLines(entry, venue: event.venue.name, uid: ICalendarText.uidPart(entry.exhibitor.id) + "@" + eventUID + ".adex-guide-visit",
                                    stamp: stamp, sequence: sequence(entry.mark, dataAsOf: dataAsOf))
            }
        }
        lines.append("END:VCALENDAR")
        let text = lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
        return PlanExportResult(format: .ics, text: text, skipped: skipped, notInData: content.missing.map(\.item))
    }

    static func sequence(_ mark: PlanMark, dataAsOf: Int64) -> Int64 {
        max(mark.lastChange, dataAsOf, 0) / 60_000
    }

    static func eventLines(_ entry: PlanExportContent.ProgrammeEntry, catalog: Catalog, zone: ICalendarTimeZone?, uid: String,
                           stamp: String, sequence: Int64, options: PlanExportOptions) -> [String] {
        let item = entry.item
        guard let day = item.day else { return [] }
        let days = item.days
        var lines = ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp, "SEQUENCE:\(sequence)"]
        var timeNote: String?
        if let start = item.start {
            let parameter = zone.map { ";TZID=" + $0.identifier } ?? ""
            lines.append("DTSTART\(parameter):" + dateTime(day, start))
            if let end = item.end, end > start {
                lines.append("DTEND\(parameter):" + dateTime(day, end))
            } else {
                timeNote = "End time not published."
            }
            if days.count > 1 { lines.append("RRULE:FREQ=DAILY;COUNT=\(days.count)") }
        } else {
            lines.append("DTSTART;VALUE=DATE:" + date(day))
            lines.append("DTEND;VALUE=DATE:" + date((days.last ?? day).adding(days: 1)))
            timeNote = "All day: time not published."
        }
        lines.append("SUMMARY:" + ICalendarText.escape(item.title, multiline: false))
        lines.append("LOCATION:" + ICalendarText.escape(PlanExportContent.location(of: item, venue: catalog.event.venue.name), multiline: false))

        var paragraphs: [String] = []
        var head = ["Priority: " + entry.mark.priority.value.label]
        let note = ExportText.clean(entry.mark.note.value, multiline: true)
        if !note.isEmpty { head.append("Note: " + note) }
        if let timeNote { head.append(timeNote) }
        if let dayNote = item.dayNote.map({ ExportText.clean($0, multiline: false) }), !dayNote.isEmpty { head.append("Day: " + dayNote) }
        paragraphs.append(head.joined(separator: "\n"))
        if let description = item.description.map({ ExportText.clean($0, multiline: true) }), !description.isEmpty {
            paragraphs.append(description)
        }
        if options.includeSources {
            let sources = item.sources.compactMap { catalog.source(id: $0) }.map(sourceText)
            if !sources.isEmpty { paragraphs.append((["Sources:"] + sources.map { "- " + $0 }).joined(separator: "\n")) }
        }
        lines.append("DESCRIPTION:" + ICalendarText.escape(paragraphs.joined(separator: "\n\n")))
        lines.append("CATEGORIES:" + entry.mark.priority.value.label)
        lines.append("STATUS:CONFIRMED")
        if item.start == nil { lines.append("TRANSP:TRANSPARENT") }
        lines.append("END:VEVENT")
        return lines
    }

    static func visitLines(_ entry: PlanExportContent.ExhibitorEntry, venue: String, uid: String, stamp: String, sequence: Int64) -> [String] {
        let mark = entry.mark
        let stand = PlanExportContent.standText(entry)
        var lines = [
            "BEGIN:VTODO", "UID:" + uid, "DTSTAMP:" + stamp, "SEQUENCE:\(sequence)",
            "SUMMARY:" + ICalendarText.escape("Visit \(ExportText.clean(entry.exhibitor.name, multiline: false)) (\(stand))", multiline: false),
        ]
        let venueName = ExportText.clean(venue, multiline: false)
        if entry.hall != nil {
            let location = stand.prefix(1).uppercased() + stand.dropFirst()
            lines.append("LOCATION:" + ICalendarText.escape(venueName.isEmpty ? location : location + ", " + venueName, multiline: false))
        }
        let note = ExportText.clean(mark.note.value, multiline: true)
        if !note.isEmpty { lines.append("DESCRIPTION:" + ICalendarText.escape(note)) }
        lines.append("PRIORITY:" + (mark.priority.value == .must ? "1" : "5"))
        lines.append("CATEGORIES:" + mark.priority.value.label)
        if mark.visited.value {
            lines.append("STATUS:COMPLETED")
            lines.append("PERCENT-COMPLETE:100")
            if mark.visited.at > 0 { lines.append("COMPLETED:" + ExportText.utcDateTime(mark.visited.at)) }
        } else {
            lines.append("STATUS:NEEDS-ACTION")
        }
        lines.append("END:VTODO")
        return lines
    }

    /// "Title, Publisher, 2024-09-24: https://..." (whatever of these the data has).
    static func sourceText(_ source: Source) -> String {
        var text = ExportText.clean(source.title, multiline: false)
        if let publisher = source.publisher.map({ ExportText.clean($0, multiline: false) }), !publisher.isEmpty { text += ", " + publisher }
        if let date = source.date { text += ", " + ExportText.clean(date, multiline: false) }
        if let url = source.url { text += ": " + ExportText.clean(url, multiline: false) }
        return text
    }

    /// `20240924`.
    static func date(_ day: LocalDate) -> String { day.description.filter { $0 != "-" } }

    /// `20240924T100000`: a local date-time, written as is (it is read in the TZID's zone).
    static func dateTime(_ day: LocalDate, _ time: LocalTime) -> String {
        date(day) + "T" + time.description.filter { $0 != ":" } + "00"
    }
}
