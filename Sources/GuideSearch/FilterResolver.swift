import GuideModel

/// Turns `country:tr`, `category:uav`, `show:securex`, `hall:2`, `day:25`, `kind:media` into sets
/// of ids, accepting ids, codes, names, parts of names and acronyms, without accents.
struct FilterResolver: Sendable {
    struct Resolved {
        var field: SearchQuery.Field
        var ids: Set<String>
        var days: Set<LocalDate>
    }

    let countries: [(id: String, names: [String])]
    let categories: [(id: String, names: [String])]
    let shows: [(id: String, names: [String])]
    let halls: [(id: String, names: [String])]
    let kinds: [(id: String, names: [String])]
    let days: [LocalDate]

    init(countries: [(id: String, names: [String])], categories: [(id: String, names: [String])], shows: [(id: String, names: [String])],
         halls: [(id: String, names: [String])], kinds: [(id: String, names: [String])], days: [LocalDate]) {
        self.countries = countries
        self.categories = categories
        self.shows = shows
        self.halls = halls
        self.kinds = kinds
        self.days = days
    }

    init(catalog: Catalog) {
        func folded(_ texts: [String]) -> [String] { texts.map { SearchFolding.normalisedWords(SearchFolding.fold($0)) } }
        countries = catalog.countries.map { ($0.code, folded([$0.code, $0.name] + $0.altNames)) }
        categories = catalog.categories.map { ($0.id, folded([$0.id, $0.name])) }
        shows = catalog.shows.map { ($0.id, folded([$0.id, $0.name] + ($0.fullName.map { [$0] } ?? []))) }
        halls = catalog.halls.map { ($0.id, folded([$0.id, $0.name])) }
        kinds = catalog.kinds.map { ($0.id, folded([$0.id, $0.name])) }
        // The days the schedule pages through: every event day, or for a very long event the
        // days that have something (an item is on one of them), so `day:` never lists years.
        days = Array(catalog.scheduleDays)
    }

    func resolve(_ filters: [SearchQuery.Filter]) -> [Resolved] {
        filters.map { filter in
            switch filter.field {
            case .country: Resolved(field: .country, ids: Self.match(filter.value, countries), days: [])
            case .category: Resolved(field: .category, ids: Self.match(filter.value, categories), days: [])
            case .show: Resolved(field: .show, ids: Self.match(filter.value, shows), days: [])
            case .hall: Resolved(field: .hall, ids: Self.match(filter.value, halls), days: [])
            case .kind: Resolved(field: .kind, ids: Self.match(filter.value, kinds), days: [])
            case .day: Resolved(field: .day, ids: [], days: matchDay(filter.value))
            }
        }
    }

    /// Exact id/name first; otherwise every value whose name has a word starting with the text,
    /// or whose acronym starts with it ("uav", "c4isr").
    static func match(_ value: String, _ candidates: [(id: String, names: [String])]) -> Set<String> {
        var ids = matchOne(value, candidates)
        for alternative in Synonyms.table[value] ?? [] { ids.formUnion(matchOne(alternative, candidates)) }
        return ids
    }

    static func matchOne(_ value: String, _ candidates: [(id: String, names: [String])]) -> Set<String> {
        let squeezed = value.replacingSpaces()
        let exact = candidates.filter { $0.names.contains(value) || $0.names.contains { $0.replacingSpaces() == squeezed } }
        if !exact.isEmpty { return Set(exact.map(\.id)) }
        return Set(candidates.filter { candidate in
            candidate.names.contains { name in
                let words = name.split(separator: " ")
                let initials = String(words.compactMap(\.first))
                return words.contains { $0.hasPrefix(value) } || initials.hasPrefix(squeezed) || name.hasPrefix(value)
            }
        }.map(\.id))
    }

    /// A day of the month (25), a show day (1-N), an ISO date, or a weekday (wed).
    func matchDay(_ value: String) -> Set<LocalDate> {
        if let date = LocalDate(iso: value) { return [date] }
        if let number = Int(value) {
            let byMonthDay = days.filter { $0.day == number }
            if !byMonthDay.isEmpty { return Set(byMonthDay) }
            if number >= 1 && number <= days.count { return [days[number - 1]] }
            return []
        }
        let names = LocalDate.weekdayNames.map { $0.lowercased() }
        guard value.count >= 2, let weekday = names.firstIndex(where: { $0.hasPrefix(value) }) else { return [] }
        return Set(days.filter { $0.weekdayIndex == weekday })
    }
}

extension String {
    func replacingSpaces() -> String { String(filter { $0 != " " }) }
}
