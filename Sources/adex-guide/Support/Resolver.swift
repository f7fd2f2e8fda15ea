import GuideModel
import GuideSearch

/// Turns what a user typed (an id, a code or a name, in any case, with or without accents) into
/// catalog values, with "did you mean" suggestions when nothing matches.
struct Resolver {
    let catalog: Catalog

    /// Words that select "no value" in a facet (no country given, stand not published...).
    static let noneWords: Set<String> = ["none", "unknown", "not-published", "not published", "not-stated", "not stated"]

    func facetValue(_ facet: Facet, _ text: String, option: String) throws -> FacetValue {
        let key = SearchFolding.fold(text.trimmingWhitespace())
        if facet == .edition && catalog.editions.isEmpty && catalog.history != nil {
            throw CLIFailure.usage("adex-guide: \(option): each fair is a show in a catalogue of several fairs: use --show (e.g. --show \(catalog.shows.last?.id ?? "adex-2024")), or 'adex-guide editions'")
        }
        if facet == .edition && catalog.editions.isEmpty {
            throw CLIFailure.usage("adex-guide: \(option): \(catalog.event.name) is not compared with any other edition")
        }
        if Self.noneWords.contains(key) || (facet == .edition && key == "new") { return .none }
        var candidates: [(id: String, names: [String])] = []
        switch facet {
        case .show: candidates = catalog.shows.map { ($0.id, [$0.id, $0.name] + ($0.fullName.map { [$0] } ?? [])) }
        case .hall: candidates = catalog.halls.map { ($0.id, [$0.id, $0.name]) }
        case .category: candidates = catalog.categories.map { ($0.id, [$0.id, $0.name]) }
        case .country: candidates = catalog.countries.map { ($0.code, [$0.code, $0.name] + $0.altNames) }
        case .kind: candidates = catalog.kinds.map { ($0.id, [$0.id, $0.name]) }
        case .edition: candidates = catalog.editions.map { ($0.id, [$0.id, $0.name] + ($0.year.map { [String($0)] } ?? [])) }
        }
        let id = try resolve(text, key: key, candidates: candidates, noun: facet.rawValue, option: option) { id in
            catalog.name(of: .id(id), in: facet)
        }
        return .id(id)
    }

    func exhibitor(_ text: String) throws -> Exhibitor {
        let key = SearchFolding.fold(text.trimmingWhitespace())
        let candidates = catalog.exhibitors.map { ($0.id, [$0.id, $0.name] + $0.altNames) }
        let id = try resolve(text, key: key, candidates: candidates, noun: "exhibitor", option: nil) { id in
            catalog.exhibitor(id: id)?.name ?? id
        }
        return catalog.exhibitor(id: id)!
    }

    func programmeItem(_ text: String) throws -> ProgrammeItem {
        let key = SearchFolding.fold(text.trimmingWhitespace())
        let candidates = catalog.programme.map { ($0.id, [$0.id, $0.title]) }
        let id = try resolve(text, key: key, candidates: candidates, noun: "programme item", option: nil) { id in
            catalog.programmeItem(id: id)?.title ?? id
        }
        return catalog.programmeItem(id: id)!
    }

    /// A series of the catalogue's history, by id or name (`--series`).
    func series(_ text: String, among series: [SeriesReport]) throws -> SeriesReport {
        let key = SearchFolding.fold(text.trimmingWhitespace())
        let id = try resolve(text, key: key, candidates: series.map { ($0.id, [$0.id, $0.name]) }, noun: "series", option: "--series") { id in
            series.first { $0.id == id }?.name ?? id
        }
        guard let found = series.first(where: { $0.id == id }) else { throw CLIFailure.usage("--series: unknown series \(Text.quote(text))") }
        return found
    }

    /// An edition (`--edition`): its id, its name or its year. A year that several series share
    /// is not guessed: the message lists the editions, to be named or narrowed with `--series`.
    func edition(_ text: String, among series: [SeriesReport]) throws -> (series: SeriesReport, edition: SeriesReport.EditionReport) {
        let editions = series.flatMap { one in one.editions.map { (series: one, edition: $0) } }
        let trimmed = text.trimmingWhitespace()
        if let year = Int(trimmed) {
            let sameYear = editions.filter { $0.edition.year == year }
            if sameYear.count == 1 { return sameYear[0] }
            if sameYear.count > 1 {
                throw CLIFailure(lines: ["--edition: \(year) is the year of \(sameYear.count) editions; name one, or add --series:"]
                                     + sameYear.map { "  \($0.edition.id)  \(Text.line($0.edition.name))" }, exitCode: ExitStatus.usage)
            }
        }
        let key = SearchFolding.fold(trimmed)
        let candidates = editions.map { ($0.edition.id, [$0.edition.id, $0.edition.name]) }
        let id = try resolve(text, key: key, candidates: candidates, noun: "edition", option: "--edition") { id in
            editions.first { $0.edition.id == id }?.edition.name ?? id
        }
        guard let found = editions.first(where: { $0.edition.id == id }) else { throw CLIFailure.usage("--edition: unknown edition \(Text.quote(text))") }
        return found
    }

    /// Exact (folded) id or name first; then a unique word-prefix or substring match.
    private func resolve(_ text: String, key: String, candidates: [(id: String, names: [String])], noun: String,
                         option: String?, describe: (String) -> String) throws -> String {
        let label = option.map { "\($0): " } ?? ""
        guard !key.isEmpty else { throw CLIFailure.usage("\(label)an empty \(noun) was given") }
        let folded = candidates.map { (id: $0.id, names: $0.names.map { SearchFolding.fold($0) }) }
        if let exact = folded.first(where: { $0.names.contains(key) }) { return exact.id }
        let squeezed = squeeze(key)
        if let loose = folded.first(where: { $0.names.contains { squeeze($0) == squeezed } }) { return loose.id }
        let partial = folded.filter { candidate in
            candidate.names.contains { name in
                name.hasPrefix(key) || name.contains(key) && key.count >= 3
            }
        }
        if partial.count == 1 { return partial[0].id }
        if partial.count > 1 {
            let shown = partial.prefix(8).map { "  \($0.id)  \(Text.line(describe($0.id)))" }
            let more = partial.count > 8 ? ["  ... and \(partial.count - 8) more"] : []
            throw CLIFailure(lines: ["\(label)\(Text.quote(text)) matches \(partial.count) \(Self.plural(noun)); be more specific or use an id:"] + shown + more,
                             exitCode: ExitStatus.usage)
        }
        let names = candidates.flatMap { candidate in candidate.names.map { ($0, candidate.id) } }
        let idOfName = Dictionary(names, uniquingKeysWith: { first, _ in first })
        var suggestedIDs: [String] = []
        for name in Suggestions.ranked(text, among: names.map(\.0), limit: 12) {
            if let id = idOfName[name], !suggestedIDs.contains(id) { suggestedIDs.append(id) }
        }
        let suggestions = suggestedIDs.prefix(3).map(describe)
        var message = "\(label)unknown \(noun) \(Text.quote(text))"
        if !suggestions.isEmpty {
            message += "; did you mean " + suggestions.map(Text.quote).joined(separator: " or ") + "?"
        }
        let hint = option.map { _ in " (see 'adex-guide \(Self.listCommand(for: noun))' for the list)" } ?? " (see 'adex-guide exhibitors' or 'adex-guide search')"
        throw CLIFailure.usage(message + hint)
    }

    /// Folded text with only letters and digits, so "q-stp" matches "\"Q-STP\" LLC"'s "qstp".
    private func squeeze(_ folded: String) -> String {
        String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    static func plural(_ noun: String) -> String {
        switch noun {
        case "category": "categories"
        case "series": "series"
        default: noun + "s"
        }
    }

    static func listCommand(for noun: String) -> String {
        switch noun {
        case "series", "edition": "editions"
        case "category": "categories"
        case "country": "countries"
        case "hall": "halls"
        case "show": "info"
        default: "exhibitors"
        }
    }

    /// A day of the event: `2024-09-25`, a day of the month (`25`), a show day (`1`), a weekday
    /// (`wed`, `Wednesday`), `today` or `tomorrow` (relative to `--at`).
    func day(_ text: String, today: LocalDate) throws -> LocalDate {
        let days = catalog.days
        let key = text.trimmingWhitespace().lowercased()
        if let date = LocalDate(iso: key) {
            guard days.contains(date) else { throw outside(date) }
            return date
        }
        if key == "today" || key == "tomorrow" {
            let date = key == "today" ? today : today.adding(days: 1)
            guard days.contains(date) else { throw outside(date) }
            return date
        }
        if let number = Int(key) {
            if let match = days.first(where: { $0.day == number }) { return match }
            if number >= 1 && number <= days.count { return days[number - 1] }
            throw CLIFailure.usage("--day: \(number) is neither a day of the month of the event nor a show day (1 to \(days.count)); the event runs \(days.first?.description ?? "?") to \(days.last?.description ?? "?")")
        }
        let weekdays = LocalDate.weekdayNames.map { $0.lowercased() }
        if key.count >= 3, let index = weekdays.firstIndex(where: { $0.hasPrefix(key) }) {
            if let match = days.first(where: { $0.weekdayIndex == index }) { return match }
            throw CLIFailure.usage("--day: the event has no \(LocalDate.weekdayNames[index]) (it runs \(days.first?.longTextWithWeekday ?? "?") to \(days.last?.longTextWithWeekday ?? "?"))")
        }
        throw CLIFailure.usage("--day: cannot read \(Text.quote(text)); use a date (2024-09-25), a day of the month (25), a show day (1), a weekday (wed), today or tomorrow")
    }

    private func outside(_ date: LocalDate) -> CLIFailure {
        CLIFailure.usage("--day: \(date) is not a day of the event (\(catalog.firstDay) to \(catalog.lastDay))")
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
