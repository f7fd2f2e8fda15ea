import GuideModel

/// Plain-words renderings of model values, shared by every text command so they agree on how
/// "unknown" is said.
public struct Describe: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public static let notPublished = "not published"

    public func country(_ code: String?) -> String {
        guard let code else { return "not given" }
        return catalog.country(code: code)?.name ?? code
    }

    public func shows(_ exhibitor: Exhibitor) -> String {
        guard !exhibitor.shows.isEmpty else { return "not stated" }
        return exhibitor.shows.map { catalog.show(id: $0)?.name ?? $0 }.joined(separator: ", ")
    }

    /// Short show label for table cells ("ADEX", "ADEX+Securex", "?").
    public func showsShort(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "not stated" }
        return ids.map { id in
            let name = catalog.show(id: id)?.name ?? id
            return String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).first ?? Substring(name))
        }.joined(separator: "+")
    }

    /// How many fairs of a folder the exhibitor was at, and over which years: "3 · 2016–2024".
    public func fairsShort(_ exhibitor: Exhibitor) -> String {
        let years = exhibitor.shows.compactMap { catalog.show(id: $0)?.firstDay.year }
        guard let first = years.min(), let last = years.max() else { return "\(exhibitor.shows.count)" }
        return "\(exhibitor.shows.count) · " + (first == last ? "\(first)" : "\(first)–\(last)")
    }

    public func stand(_ ref: StandRef?) -> String {
        guard let ref else { return Self.notPublished }
        let hall = catalog.hall(id: ref.hall)?.name ?? ref.hall
        return ref.code.map { "\(hall), stand \($0)" } ?? "\(hall), stand not published"
    }

    /// "also at ADEX 2022 (listed as "ELBIT SYSTEMS"; certain: same name without legal form)", or
    /// "new (not at ADEX 2022)". Every match but the same spelling says its level and evidence, so
    /// the reader can judge a probable one.
    public func editions(of exhibitor: Exhibitor) -> String {
        guard !exhibitor.editions.isEmpty else {
            return catalog.name(of: .none, in: .edition)
        }
        return exhibitor.editions.map { attendance in
            let name = catalog.edition(id: attendance.edition)?.name ?? attendance.edition
            let sameSpelling = TextFolding.sortKey(attendance.nameThere) == TextFolding.sortKey(exhibitor.name)
            let how: String = switch (attendance.match, attendance.level) {
            case (.exact, .certain) where sameSpelling: ""
            case (_, .certain), (_, .probable): "listed as \"\(attendance.nameThere)\"; \(attendance.levelAndEvidence)"
            }
            return "also at \(name)" + (how.isEmpty ? "" : " (\(how))")
        }.joined(separator: "; ")
    }

    /// For a catalog of several fairs: the fairs an exhibitor attended, by year, one line each,
    /// with the spelling the list used when it differs and the match's level and evidence unless
    /// it is the same name ("2024 · ADEX 2024 (listed as "RAFAEL", certain: brand word RAFAEL)").
    public func fairsAttended(by exhibitor: Exhibitor) -> [String] {
        let years = Dictionary((catalog.history?.series ?? []).flatMap(\.editions).map { ($0.showID, $0.year) },
                               uniquingKeysWith: { a, _ in a })
        let attended = exhibitor.editions.isEmpty
            ? exhibitor.shows.map { EditionAttendance(edition: $0, nameThere: exhibitor.name, match: .exact) }
            : exhibitor.editions
        func year(_ id: String) -> Int? { years[id] ?? catalog.show(id: id).map { $0.firstDay.year } }
        let ordered = attended.sorted { (year($0.edition) ?? Int.max, $0.edition) < (year($1.edition) ?? Int.max, $1.edition) }
        return ordered.map { attendance in
            let name = catalog.show(id: attendance.edition)?.name ?? attendance.edition
            let when = year(attendance.edition).map(String.init) ?? "year?"
            let sameSpelling = TextFolding.sortKey(attendance.nameThere) == TextFolding.sortKey(exhibitor.name)
            if attendance.match == .exact && attendance.level == .certain && sameSpelling { return "\(when) · \(name)" }
            let listedAs = sameSpelling ? "" : "listed as \"\(attendance.nameThere)\", "
            return "\(when) · \(name) (\(listedAs)\(attendance.levelAndEvidence))"
        }
    }

    public func kind(_ id: String) -> String { catalog.kind(id: id)?.name ?? id }

    public func categories(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "none given" }
        return ids.map { catalog.category(id: $0)?.name ?? $0 }.joined(separator: "; ")
    }

    /// "[s8] Title — Publisher, 2025-04-24 (note) URL".
    public func source(_ id: String) -> String {
        guard let source = catalog.source(id: id) else { return "[\(id)]" }
        var text = "[\(id)] \(source.title)"
        var about: [String] = []
        if let publisher = source.publisher { about.append(publisher) }
        if let date = source.date { about.append(date) } else if let note = source.dateNote { about.append(note) }
        if !about.isEmpty { text += " — " + about.joined(separator: ", ") }
        return text
    }

    public func sourceTags(_ ids: [String]) -> String {
        ids.map { "[\($0)]" }.joined()
    }

    /// "24-26 September 2024" style span of the event.
    public func eventDates() -> String {
        let first = catalog.firstDay
        let last = catalog.lastDay
        // A show dated only approximately has no days to print: its date as the source gives it.
        if catalog.shows.count == 1, let only = catalog.shows.first, only.approximateDate != nil { return only.dateLabel }
        if first == last { return first.longTextWithWeekday }
        if catalog.shows.count > 1 && catalog.days.count > 31 {
            // Fairs of several years: no event lasts that long, so no count of days; the first
            // and last as their sources date them.
            let earliest = catalog.shows.min { $0.firstDay < $1.firstDay }
            let latest = catalog.shows.max { $0.lastDay < $1.lastDay }
            let from = earliest?.approximateDate?.label ?? first.longText
            let to = latest?.approximateDate?.label ?? last.longText
            return "\(from) to \(to), \(catalog.shows.count) shows on their own dates"
        }
        if first.year == last.year && first.month == last.month {
            return "\(first.weekdayName) \(first.day) to \(last.weekdayName) \(last.day) \(last.monthName) \(last.year) (\(catalog.days.count) days)"
        }
        return "\(first.longTextWithWeekday) to \(last.longTextWithWeekday) (\(catalog.days.count) days)"
    }

    public func itemDay(_ item: ProgrammeItem) -> String {
        guard let day = item.day else { return "day not published" }
        if let last = item.lastDay, last > day {
            return "\(day.shortText) to \(last.shortText)"
        }
        return day.shortText
    }

    public func itemTime(_ item: ProgrammeItem) -> String {
        guard let start = item.start else { return "time not published" }
        if let end = item.end { return "\(start)-\(end)" }
        return "\(start)"
    }

    /// What the phase means in one sentence ("ADEX-2024 ended on 26 September 2024").
    public func phaseSentence(_ phase: EventPhase) -> String {
        let name = catalog.event.name
        switch phase {
        case .before(let days, let first):
            return days == 1 ? "\(name) starts tomorrow, \(first.longTextWithWeekday)" : "\(name) starts in \(days) days, on \(first.longTextWithWeekday)"
        case .during(let day, let number, let count):
            return "\(name) is on: show day \(number) of \(count), \(day.longTextWithWeekday)"
        case .after(let last, let daysAgo):
            return "\(name) ended on \(last.longText)" + (daysAgo > 1 ? " (\(daysAgo) days ago)" : daysAgo == 1 ? " (yesterday)" : "")
        }
    }

    public func figureLine(_ figure: Figure) -> String {
        let values = figure.values.map { "\($0.value) \(sourceTags($0.sources))" }.joined(separator: " · ")
        return values + (figure.sourcesDiffer ? "  (sources differ)" : "")
    }
}
