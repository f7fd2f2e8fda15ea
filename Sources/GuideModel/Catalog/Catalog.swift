import Foundation
/// The immutable, validated, indexed model of one event: what every screen and command reads.
///
/// Lists are stored in the order people expect (exhibitors, countries and categories by name,
/// programme by day and time), and indexes hold positions into those lists in the same order, so
/// intersecting indexes keeps results sorted for free.
public struct Catalog: Sendable {
    public let fileName: String
    public let event: Event
    public let sources: [Source]
    public let shows: [Show]
    public let halls: [Hall]
    /// Sorted by name.
    public let categories: [Category]
    /// Sorted by name.
    public let countries: [Country]
    public let kinds: [ExhibitorKind]
    /// Sorted by name for people (see `TextFolding.sortKey`).
    public let exhibitors: [Exhibitor]
    /// Sorted by name.
    public let products: [Product]
    /// Sorted by day (unknown day last), start time (unpublished time last), then title.
    public let programme: [ProgrammeItem]
    public let figures: [Figure]

    private let exhibitorPositions: [String: Int]
    private let sourceByID: [String: Source]
    private let showByID: [String: Show]
    private let hallByID: [String: Hall]
    private let categoryByID: [String: Category]
    private let countryByCode: [String: Country]
    private let kindByID: [String: ExhibitorKind]
    private let productPositions: [String: Int]
    private let programmePositions: [String: Int]

    /// Exhibitor positions per facet value; `.none` holds those without a value.
    private let facetIndex: [Facet: [FacetValue: [Int]]]
    private let categoryChildren: [String: [String]]
    private let productsByExhibitor: [String: [Int]]
    private let programmeByExhibitor: [String: [Int]]
    private let programmeByDay: [LocalDate: [Int]]
    /// Programme items whose day is not published.
    public let programmeWithoutDay: [ProgrammeItem]

    public init(fileName: String, event: Event, sources: [Source], shows: [Show], halls: [Hall],
                categories: [Category], countries: [Country], kinds: [ExhibitorKind], exhibitors: [Exhibitor],
                products: [Product], programme: [ProgrammeItem], figures: [Figure]) {
        self.fileName = fileName
        self.event = event
        self.sources = sources
        self.shows = shows
        self.halls = halls
        self.kinds = kinds
        self.figures = figures
        self.categories = Self.sortedByName(categories, name: \.name, id: \.id)
        self.countries = Self.sortedByName(countries, name: \.name, id: \.code)
        self.exhibitors = Self.sortedByName(exhibitors, name: \.name, id: \.id)
        self.products = Self.sortedByName(products, name: \.name, id: \.id)
        self.programme = Self.sortedProgramme(programme)

        exhibitorPositions = Dictionary(self.exhibitors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        sourceByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        showByID = Dictionary(shows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        hallByID = Dictionary(halls.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        categoryByID = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        countryByCode = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        kindByID = Dictionary(kinds.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        productPositions = Dictionary(self.products.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        programmePositions = Dictionary(self.programme.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        var children: [String: [String]] = [:]
        for category in self.categories {
            if let parent = category.parent { children[parent, default: []].append(category.id) }
        }
        categoryChildren = children

        // Ancestors of each category, so an exhibitor in a sub-category counts in its parents.
        var ancestors: [String: [String]] = [:]
        for category in categories {
            var chain: [String] = []
            var seen: Set<String> = [category.id]
            var next = category.parent
            while let id = next, seen.insert(id).inserted, let parent = categoryByID[id] {
                chain.append(id)
                next = parent.parent
            }
            ancestors[category.id] = chain
        }

        var index: [Facet: [FacetValue: [Int]]] = [:]
        for facet in Facet.allCases { index[facet] = [:] }
        for (position, exhibitor) in self.exhibitors.enumerated() {
            func add(_ facet: Facet, _ value: FacetValue) { index[facet]![value, default: []].append(position) }
            if exhibitor.shows.isEmpty { add(.show, .none) }
            for show in exhibitor.shows { add(.show, .id(show)) }
            add(.hall, exhibitor.stand.map { .id($0.hall) } ?? .none)
            add(.country, exhibitor.country.map { .id($0) } ?? .none)
            add(.kind, .id(exhibitor.kind))
            if exhibitor.categories.isEmpty { add(.category, .none) }
            var categorySet = Set<String>()
            for category in exhibitor.categories {
                categorySet.insert(category)
                for ancestor in ancestors[category] ?? [] { categorySet.insert(ancestor) }
            }
            for category in categorySet { add(.category, .id(category)) }
        }
        facetIndex = index

        var products: [String: [Int]] = [:]
        for (position, product) in self.products.enumerated() {
            if let exhibitor = product.exhibitor { products[exhibitor, default: []].append(position) }
        }
        productsByExhibitor = products

        var byExhibitor: [String: [Int]] = [:]
        var byDay: [LocalDate: [Int]] = [:]
        var withoutDay: [ProgrammeItem] = []
        for (position, item) in self.programme.enumerated() {
            for exhibitor in item.exhibitors { byExhibitor[exhibitor, default: []].append(position) }
            if item.day == nil { withoutDay.append(item) }
            for day in item.days { byDay[day, default: []].append(position) }
        }
        programmeByExhibitor = byExhibitor
        // Within a day: published times first, in time order; then the rest in catalog order.
        let sortedProgramme = self.programme
        programmeByDay = byDay.mapValues { positions in
            positions.sorted { a, b in
                let startA = sortedProgramme[a].start?.minutesSinceMidnight ?? Int.max
                let startB = sortedProgramme[b].start?.minutesSinceMidnight ?? Int.max
                return startA != startB ? startA < startB : a < b
            }
        }
        programmeWithoutDay = withoutDay
    }

    // MARK: - Lookups

    public func exhibitor(id: String) -> Exhibitor? { exhibitorPositions[id].map { exhibitors[$0] } }
    public func source(id: String) -> Source? { sourceByID[id] }
    public func show(id: String) -> Show? { showByID[id] }
    public func hall(id: String) -> Hall? { hallByID[id] }
    public func category(id: String) -> Category? { categoryByID[id] }
    public func country(code: String) -> Country? { countryByCode[code] }
    public func kind(id: String) -> ExhibitorKind? { kindByID[id] }
    public func product(id: String) -> Product? { productPositions[id].map { products[$0] } }
    public func programmeItem(id: String) -> ProgrammeItem? { programmePositions[id].map { programme[$0] } }

    /// Direct sub-categories, sorted by name.
    public func subcategories(of id: String?) -> [Category] {
        guard let id else { return categories.filter { $0.parent == nil } }
        return (categoryChildren[id] ?? []).compactMap { categoryByID[$0] }
    }

    public func products(of exhibitorID: String) -> [Product] {
        (productsByExhibitor[exhibitorID] ?? []).map { products[$0] }
    }

    public func programme(involving exhibitorID: String) -> [ProgrammeItem] {
        (programmeByExhibitor[exhibitorID] ?? []).map { programme[$0] }
    }

    /// Items on `day`, in time order, items without a published time last.
    public func programme(on day: LocalDate) -> [ProgrammeItem] {
        (programmeByDay[day] ?? []).map { programme[$0] }
    }

    /// Every day of the event (the union of the shows' dates), in order.
    public var days: [LocalDate] {
        guard let span = ShowFileDecoder.eventSpan(shows) else { return [] }
        return (0...span.lowerBound.days(until: span.upperBound)).map { span.lowerBound.adding(days: $0) }
    }

    public var firstDay: LocalDate { days.first ?? event.dataAsOf }
    public var lastDay: LocalDate { days.last ?? event.dataAsOf }

    // MARK: - Filtering

    /// Positions (into `exhibitors`) of the exhibitors a filter matches, in name order.
    public func exhibitorPositions(matching filter: ExhibitorFilter) -> [Int] {
        var result: [Int]?
        for (facet, values) in filter.selections.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            var union = Set<Int>()
            for value in values { union.formUnion(facetIndex[facet]?[value] ?? []) }
            let positions = union.sorted()
            result = result.map { Self.intersectSorted($0, positions) } ?? positions
            if result?.isEmpty == true { return [] }
        }
        return result ?? Array(exhibitors.indices)
    }

    public func exhibitors(matching filter: ExhibitorFilter, sortedBy sort: ExhibitorSort = .name) -> [Exhibitor] {
        let matched = exhibitorPositions(matching: filter).map { exhibitors[$0] }
        return self.sorted(matched, by: sort)
    }

    /// How many exhibitors each value of `facet` would have, given the rest of the filter. Values
    /// with no exhibitors are included for the ids the catalog defines, so a facet list is complete.
    public func facetCounts(_ facet: Facet, given filter: ExhibitorFilter) -> [FacetValue: Int] {
        let base = Set(exhibitorPositions(matching: filter.without(facet)))
        var counts: [FacetValue: Int] = [:]
        for (value, positions) in facetIndex[facet] ?? [:] {
            counts[value] = filter.without(facet).isEmpty ? positions.count : positions.reduce(0) { $0 + (base.contains($1) ? 1 : 0) }
        }
        for id in definedIDs(for: facet) where counts[.id(id)] == nil { counts[.id(id)] = 0 }
        return counts
    }

    /// Every exhibitor in a facet value, ignoring other filters.
    public func exhibitorCount(_ facet: Facet, _ value: FacetValue) -> Int {
        facetIndex[facet]?[value]?.count ?? 0
    }

    public func definedIDs(for facet: Facet) -> [String] {
        switch facet {
        case .show: shows.map(\.id)
        case .hall: halls.map(\.id)
        case .category: categories.map(\.id)
        case .country: countries.map(\.code)
        case .kind: kinds.map(\.id)
        }
    }

    /// Human name of a facet value ("Türkiye", "Hall 1", "no category in the list").
    public func name(of value: FacetValue, in facet: Facet) -> String {
        guard case .id(let id) = value else {
            switch facet {
            case .show: return "show not stated"
            case .hall: return "hall not published"
            case .category: return "no category given"
            case .country: return "no country given"
            case .kind: return "kind not stated"
            }
        }
        switch facet {
        case .show: return show(id: id)?.name ?? id
        case .hall: return hall(id: id)?.name ?? id
        case .category: return category(id: id)?.name ?? id
        case .country: return country(code: id)?.name ?? id
        case .kind: return kind(id: id)?.name ?? id
        }
    }

    public func sorted(_ list: [Exhibitor], by sort: ExhibitorSort) -> [Exhibitor] {
        let positions = list.map { exhibitorPositions[$0.id] ?? Int.max }
        let order = Array(zip(list, positions))
        func byName(_ a: (Exhibitor, Int), _ b: (Exhibitor, Int)) -> Bool { a.1 < b.1 }
        switch sort {
        case .name:
            return order.sorted(by: byName).map(\.0)
        case .country:
            return order.sorted { a, b in
                let ka = a.0.country.flatMap { countryByCode[$0]?.name }.map(TextFolding.sortKey) ?? "\u{10FFFF}"
                let kb = b.0.country.flatMap { countryByCode[$0]?.name }.map(TextFolding.sortKey) ?? "\u{10FFFF}"
                return ka != kb ? ka < kb : byName(a, b)
            }.map(\.0)
        case .kind:
            return order.sorted { a, b in
                let ka = TextFolding.sortKey(kindByID[a.0.kind]?.name ?? a.0.kind)
                let kb = TextFolding.sortKey(kindByID[b.0.kind]?.name ?? b.0.kind)
                return ka != kb ? ka < kb : byName(a, b)
            }.map(\.0)
        case .stand:
            let hallOrder = Dictionary(halls.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            return order.sorted { a, b in
                let ha = a.0.stand.flatMap { hallOrder[$0.hall] } ?? Int.max
                let hb = b.0.stand.flatMap { hallOrder[$0.hall] } ?? Int.max
                if ha != hb { return ha < hb }
                let ca = a.0.stand?.code ?? "\u{10FFFF}"
                let cb = b.0.stand?.code ?? "\u{10FFFF}"
                if ca != cb { return ca.localizedStandardLess(cb) }
                return byName(a, b)
            }.map(\.0)
        }
    }

    // MARK: - Helpers

    /// Sorts by name for people. Keys are computed once and positions are sorted, not the
    /// structs themselves (moving large structs made this most of the load time at 100,000).
    static func sortedByName<T>(_ items: [T], name: KeyPath<T, String>, id: KeyPath<T, String>) -> [T] {
        let names = items.map { $0[keyPath: name] }
        let ids = items.map { $0[keyPath: id] }
        let keys = SortKeys(names.map { TextFolding.sortKey($0) })
        let order = keys.sortedIndices { a, b in
            names[a] != names[b] ? names[a] < names[b] : ids[a] < ids[b]
        }
        return order.map { items[$0] }
    }

    static func span(_ item: ProgrammeItem) -> Int {
        guard let day = item.day, let last = item.lastDay else { return 0 }
        return day.days(until: last)
    }

    /// The programme in `programmeOrder`, with title keys computed once.
    static func sortedProgramme(_ items: [ProgrammeItem]) -> [ProgrammeItem] {
        let keys = SortKeys(items.map { TextFolding.sortKey($0.title) })
        let order = items.indices.sorted { a, b in
            let x = items[a]
            let y = items[b]
            let dayX = x.day?.dayNumber ?? Int.max
            let dayY = y.day?.dayNumber ?? Int.max
            if dayX != dayY { return dayX < dayY }
            let startX = x.start?.minutesSinceMidnight ?? Int.max
            let startY = y.start?.minutesSinceMidnight ?? Int.max
            if startX != startY { return startX < startY }
            let endX = x.end?.minutesSinceMidnight ?? Int.max
            let endY = y.end?.minutesSinceMidnight ?? Int.max
            if endX != endY { return endX < endY }
            let spanX = Self.span(x)
            let spanY = Self.span(y)
            if spanX != spanY { return spanX < spanY }
            let byKey = keys.compare(a, b)
            if byKey != 0 { return byKey < 0 }
            if x.title != y.title { return x.title < y.title }
            return x.id < y.id
        }
        return order.map { items[$0] }
    }

    /// The programme order: day (unknown last), start time (unpublished last), end, span, title.
    public static func programmeOrder(_ a: ProgrammeItem, _ b: ProgrammeItem) -> Bool {
        let dayA = a.day ?? LocalDate(dayNumber: Int.max / 4)
        let dayB = b.day ?? LocalDate(dayNumber: Int.max / 4)
        if dayA != dayB { return dayA < dayB }
        let startA = a.start?.minutesSinceMidnight ?? Int.max
        let startB = b.start?.minutesSinceMidnight ?? Int.max
        if startA != startB { return startA < startB }
        let endA = a.end?.minutesSinceMidnight ?? Int.max
        let endB = b.end?.minutesSinceMidnight ?? Int.max
        if endA != endB { return endA < endB }
        let spanA = a.lastDay.map { dayA.days(until: $0) } ?? 0
        let spanB = b.lastDay.map { dayB.days(until: $0) } ?? 0
        if spanA != spanB { return spanA < spanB }
        if a.title != b.title { return TextFolding.areInIncreasingOrder(a.title, b.title) }
        return a.id < b.id
    }

    static func intersectSorted(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}

extension String {
    /// Stand codes sort naturally ("A2" before "A10") without Foundation's locale machinery.
    func localizedStandardLess(_ other: String) -> Bool {
        var a = self.unicodeScalars.makeIterator()
        var b = other.unicodeScalars.makeIterator()
        var pendingA = a.next()
        var pendingB = b.next()
        while let ca = pendingA, let cb = pendingB {
            if ca.properties.numericType != nil, cb.properties.numericType != nil,
               let _ = Int(String(ca)), let _ = Int(String(cb)) {
                var numberA = ""
                var numberB = ""
                while let c = pendingA, Int(String(c)) != nil { numberA.unicodeScalars.append(c); pendingA = a.next() }
                while let c = pendingB, Int(String(c)) != nil { numberB.unicodeScalars.append(c); pendingB = b.next() }
                let na = Int(numberA) ?? 0
                let nb = Int(numberB) ?? 0
                if na != nb { return na < nb }
                continue
            }
            let fa = TextFolding.fold(String(ca))
            let fb = TextFolding.fold(String(cb))
            if fa != fb { return fa < fb }
            pendingA = a.next()
            pendingB = b.next()
        }
        return pendingA == nil && pendingB != nil
    }
}
