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
    /// Every day from the first show's first day to the last show's last day, in order: a span,
    /// not a stored list, since shows may run from 0001-01-01 to 9999-12-31 (3.6 million days).
    public let days: DayList
    /// The days the schedule and My plan's free time page through: every day of the event when it
    /// spans at most `maximumPagedSpan` days; otherwise only the days that have something to show
    /// (a show's first or last day, opening hours, or a programme item's first or last day), so
    /// `[` and `]` go from one such day to the next instead of through years of empty days.
    public let scheduleDays: DayList
    /// The longest event whose every day the schedule pages through (a year).
    public static let maximumPagedSpan = 366
    /// Other editions the exhibitors were compared with (each exhibitor's `editions` says which it
    /// was also at); empty for most catalogs.
    public let editions: [Edition]
    /// For a catalog of several fair files: their series, editions and who came when (nil
    /// otherwise). Each exhibitor's `shows` are then the fairs it attended, and its `editions`
    /// how it was listed at each. Set once, by `init` or `with(history:)`.
    public private(set) var history: FairHistory?

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
    /// See `categoryOutline()`.
    private let outline: [CategoryOutlineRow]
    /// The products of the exhibitor at position `p` are at the positions
    /// `productsByExhibitor[productRanges[p]..<productRanges[p + 1]]`, in catalog order: two flat
    /// arrays instead of a dictionary of 100,000 small arrays. The search index reads them too.
    package let productRanges: [Int32]
    package let productsByExhibitor: [Int32]
    private let programmeByExhibitor: [String: [Int]]
    /// Items of one day by that day, in day order (see `programme(on:)`).
    private let programmeByDay: [LocalDate: [Int]]
    /// Items of several days, in catalog order: looked up by their span rather than entered under
    /// each of their days.
    private let multiDayProgramme: [Int]
    /// The first days of items, sorted, each once.
    private let startDays: [LocalDate]
    /// Programme items whose day is not published.
    public let programmeWithoutDay: [ProgrammeItem]
    /// Orders and name orders worked out on first use (see `Catalog+Orders.swift`), shared by
    /// the copies of this catalog.
    let readCache = CatalogReadCache()

    /// The lists are taken over (`consuming`) and sorted in place, so 100,000 exhibitors are
    /// moved rather than copied.
    public init(fileName: String, event: Event, sources: [Source], shows: [Show], halls: [Hall],
                categories: consuming [Category], countries: consuming [Country], kinds: [ExhibitorKind],
                exhibitors: consuming [Exhibitor], products: consuming [Product], programme: consuming [ProgrammeItem],
                figures: [Figure], editions: [Edition] = [], history: FairHistory? = nil) {
        self.fileName = fileName
        self.editions = editions
        self.history = history
        self.event = event
        self.sources = sources
        self.shows = shows
        self.halls = halls
        self.kinds = kinds
        self.figures = figures
        let days = ShowFileDecoder.eventSpan(shows).map { DayList(from: $0.lowerBound, through: $0.upperBound) } ?? DayList()
        self.days = days
        Self.sortByName(&categories, name: { $0.pointee.name }, id: { $0.pointee.id })
        Self.sortByName(&countries, name: { $0.pointee.name }, id: { $0.pointee.code })
        Self.sortProgramme(&programme)
        // The two large lists are sorted side by side (see `concurrently`), each in place by one
        // thread only.
        let (sortedExhibitorIDs, sortedProductIDs) = exhibitors.withUnsafeMutableBufferPointer { exhibitorBuffer in
            products.withUnsafeMutableBufferPointer { productBuffer in
                let buffers = UncheckedSendable((exhibitors: exhibitorBuffer, products: productBuffer))
                return concurrently(
                    { Self.sortByName(buffers.value.exhibitors, name: { $0.pointee.name }, id: { $0.pointee.id }) },
                    { Self.sortByName(buffers.value.products, name: { $0.pointee.name }, id: { $0.pointee.id }) })
            }
        }
        self.categories = categories
        self.countries = countries
        self.exhibitors = exhibitors
        self.products = products
        self.programme = programme

        // Exhibitor positions and some facets on one side, product positions and the other
        // facets on the other (each facet is its own index, built by one thread).
        let sortedExhibitors = self.exhibitors
        let exhibitorCategoryAncestors = Self.ancestors(of: self.categories)
        let withEditions = !editions.isEmpty
        let (first, second) = concurrently({
            (positions: Self.firstPositions(sortedExhibitorIDs),
             facets: Self.facetIndex(sortedExhibitors, of: [.hall, .country, .kind], ancestors: exhibitorCategoryAncestors, editions: withEditions))
        }, {
            (positions: Self.firstPositions(sortedProductIDs),
             facets: Self.facetIndex(sortedExhibitors, of: [.show, .category, .edition], ancestors: exhibitorCategoryAncestors, editions: withEditions))
        })
        exhibitorPositions = first.positions
        facetIndex = first.facets.merging(second.facets) { own, _ in own }
        productPositions = second.positions
        sourceByID = Dictionary(sources.lazy.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        showByID = Dictionary(shows.lazy.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        hallByID = Dictionary(halls.lazy.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        categoryByID = Dictionary(self.categories.lazy.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        countryByCode = Dictionary(self.countries.lazy.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        kindByID = Dictionary(kinds.lazy.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        programmePositions = Self.firstPositions(Self.strings(of: self.programme) { $0.pointee.id })

        var children: [String: [String]] = [:]
        for category in self.categories {
            if let parent = category.parent { children[parent, default: []].append(category.id) }
        }
        categoryChildren = children
        outline = Self.outline(of: self.categories, children: children, byID: categoryByID)

        (productRanges, productsByExhibitor) = Self.productsByExhibitor(self.products, exhibitorPositions: exhibitorPositions,
                                                                         exhibitorCount: self.exhibitors.count)

        var byExhibitor: [String: [Int]] = [:]
        var byDay: [LocalDate: [Int]] = [:]
        var multiDay: [Int] = []
        var withoutDay: [ProgrammeItem] = []
        for (position, item) in self.programme.enumerated() {
            for exhibitor in item.exhibitors { byExhibitor[exhibitor, default: []].append(position) }
            guard let day = item.day else {
                withoutDay.append(item)
                continue
            }
            if let last = item.lastDay, last > day {
                multiDay.append(position)
            } else {
                byDay[day, default: []].append(position)
            }
        }
        programmeByExhibitor = byExhibitor
        multiDayProgramme = multiDay
        startDays = Array(DayList(self.programme.lazy.compactMap(\.day)))
        scheduleDays = days.count <= Self.maximumPagedSpan ? days
            : DayList((shows.flatMap { show in [show.firstDay, show.lastDay] + show.openingHours.map(\.day) }
                       + self.programme.flatMap { item in [item.day, item.lastDay].compactMap { $0 } })
                .filter { days.contains($0) })
        let sortedProgramme = self.programme
        programmeByDay = byDay.mapValues { Self.inDayOrder($0, of: sortedProgramme) }
        programmeWithoutDay = withoutDay
    }

    /// Position of each id (the first, should one repeat).
    /// One string field of every item, read in place through a pointer: copying an item to read
    /// it would retain and release every string the item holds.
    static func strings<T>(of items: [T], _ field: (UnsafePointer<T>) -> String) -> [String] {
        items.withUnsafeBufferPointer { strings(of: $0, field) }
    }

    static func strings<T>(of buffer: UnsafeBufferPointer<T>, _ field: (UnsafePointer<T>) -> String) -> [String] {
        buffer.indices.map { field(buffer.baseAddress! + $0) }
    }

    /// Ancestors of each category, nearest first, so an exhibitor in a sub-category counts in its
    /// parents. A loaded catalog nests at most `Category.maximumLevels` deep and has no ring; a
    /// catalog built some other way is held to the same: the walk stops at the limit or on coming
    /// back to a category, so each list is short whatever the categories.
    static func ancestors(of categories: [Category]) -> [String: [String]] {
        let byID = Dictionary(categories.lazy.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ancestors: [String: [String]] = [:]
        ancestors.reserveCapacity(categories.count)
        for category in categories {
            var chain: [String] = []
            var next = category.parent
            while let id = next, id != category.id, !chain.contains(id), chain.count < Category.maximumLevels - 1,
                  let parent = byID[id] {
                chain.append(id)
                next = parent.parent
            }
            ancestors[category.id] = chain
        }
        return ancestors
    }

    private static func firstPositions(_ ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where positions[id] == nil {
            positions[id] = position
        }
        return positions
    }

    /// Exhibitor positions per facet value, each list in catalog order, for the facets in `facets`
    /// (so two threads can build a share each).
    private static func facetIndex(_ exhibitors: [Exhibitor], of facets: Set<Facet>, ancestors: [String: [String]],
                                   editions: Bool) -> [Facet: [FacetValue: [Int]]] {
        let (shows, halls, countries, kinds, categories) = (facets.contains(.show), facets.contains(.hall), facets.contains(.country),
                                                           facets.contains(.kind), facets.contains(.category))
        let withEditions = editions && facets.contains(.edition)
        var byShow: [FacetValue: [Int]] = [:]
        var byHall: [FacetValue: [Int]] = [:]
        var byCountry: [FacetValue: [Int]] = [:]
        var byKind: [FacetValue: [Int]] = [:]
        var byCategory: [FacetValue: [Int]] = [:]
        var byEdition: [FacetValue: [Int]] = [:]
        var categorySet: [String] = []
        var categorySeen = Set<String>()
        exhibitors.withUnsafeBufferPointer { buffer in
            for position in buffer.indices {
                // Fields are read in place: copying an exhibitor retains every string it holds.
                if shows {
                    if buffer[position].shows.isEmpty { byShow[.none, default: []].append(position) }
                    for show in buffer[position].shows { byShow[.id(show), default: []].append(position) }
                }
                if halls { byHall[buffer[position].stand.map { .id($0.hall) } ?? .none, default: []].append(position) }
                if countries { byCountry[buffer[position].country.map { .id($0) } ?? .none, default: []].append(position) }
                if kinds { byKind[.id(buffer[position].kind), default: []].append(position) }
                if categories {
                    if buffer[position].categories.isEmpty { byCategory[.none, default: []].append(position) }
                    // A category and its ancestors, once each, in order of first mention; a set
                    // of those seen keeps an exhibitor listing thousands of categories linear.
                    categorySet.removeAll(keepingCapacity: true)
                    categorySeen.removeAll(keepingCapacity: true)
                    for category in buffer[position].categories {
                        if categorySeen.insert(category).inserted { categorySet.append(category) }
                        for ancestor in ancestors[category] ?? [] where categorySeen.insert(ancestor).inserted {
                            categorySet.append(ancestor)
                        }
                    }
                    for category in categorySet { byCategory[.id(category), default: []].append(position) }
                }
                // Only a catalog compared with other editions has the facet: a catalogue of
                // several fairs lists each exhibitor's fairs as `editions` too (130,000 at
                // dataset scale), which nothing would look up here.
                guard withEditions else { continue }
                if buffer[position].editions.isEmpty { byEdition[.none, default: []].append(position) }
                for attendance in buffer[position].editions { byEdition[.id(attendance.edition), default: []].append(position) }
            }
        }
        let all: [Facet: [FacetValue: [Int]]] = [.show: byShow, .hall: byHall, .country: byCountry, .kind: byKind, .category: byCategory,
                                                  .edition: byEdition]
        return all.filter { facets.contains($0.key) }
    }

    /// Product positions grouped by exhibitor position (see `productRanges`).
    private static func productsByExhibitor(_ products: [Product], exhibitorPositions: [String: Int],
                                            exhibitorCount: Int) -> (ranges: [Int32], positions: [Int32]) {
        var owners = [Int32](repeating: -1, count: products.count)
        var ranges = [Int32](repeating: 0, count: exhibitorCount + 1)
        products.withUnsafeBufferPointer { buffer in
            for position in buffer.indices {
                guard let exhibitor = buffer[position].exhibitor, let owner = exhibitorPositions[exhibitor] else { continue }
                owners[position] = Int32(owner)
                ranges[owner + 1] += 1
            }
        }
        for owner in 0..<exhibitorCount { ranges[owner + 1] += ranges[owner] }
        var next = Array(ranges.dropLast())
        var positions = [Int32](repeating: 0, count: Int(ranges[exhibitorCount]))
        for (position, owner) in owners.enumerated() where owner >= 0 {
            positions[Int(next[Int(owner)])] = Int32(position)
            next[Int(owner)] += 1
        }
        return (ranges, positions)
    }

    /// Whether this is several fair files opened together: a history of its own, no earlier
    /// edition compared (the bundled guide's case). Screens show fairs attended instead of stands.
    public var isFairCollection: Bool { history != nil && editions.isEmpty }

    /// This catalog with `history` set; every list and index is shared, not rebuilt. A history
    /// names exhibitors in catalog order, which is known only once the catalog is built (GuideFairs
    /// builds a catalog of several fairs, then its history, then this).
    public func with(history: FairHistory?) -> Catalog {
        var copy = self
        copy.history = history
        return copy
    }

    // MARK: - Lookups

    public func exhibitor(id: String) -> Exhibitor? { exhibitorPositions[id].map { exhibitors[$0] } }
    /// Where the exhibitor is in `exhibitors` (name order).
    public func exhibitorPosition(id: String) -> Int? { exhibitorPositions[id] }
    public func source(id: String) -> Source? { sourceByID[id] }
    public func show(id: String) -> Show? { showByID[id] }
    public func hall(id: String) -> Hall? { hallByID[id] }
    public func category(id: String) -> Category? { categoryByID[id] }
    public func country(code: String) -> Country? { countryByCode[code] }
    public func kind(id: String) -> ExhibitorKind? { kindByID[id] }
    public func product(id: String) -> Product? { productPositions[id].map { products[$0] } }
    public func programmeItem(id: String) -> ProgrammeItem? { programmePositions[id].map { programme[$0] } }

    /// A row of the category tree: a category and how many levels below the top it is (0 for a
    /// top-level category).
    public struct CategoryOutlineRow: Sendable, Hashable {
        public var category: Category
        public var depth: Int
    }

    /// Every category reachable from the top, each followed by its sub-categories (by name), as an
    /// indented tree is read. Built with a stack of its own rather than by recursion, so even a
    /// catalog built without the loader's depth limit cannot exhaust the call stack; categories
    /// in a ring of parents have no top and are left out (the loader refuses them).
    public func categoryOutline() -> [CategoryOutlineRow] { outline }

    private static func outline(of categories: [Category], children: [String: [String]],
                                byID: [String: Category]) -> [CategoryOutlineRow] {
        var rows: [CategoryOutlineRow] = []
        rows.reserveCapacity(categories.count)
        var pending = categories.filter { $0.parent == nil }.reversed().map { CategoryOutlineRow(category: $0, depth: 0) }
        var listed = Set<String>()
        while let row = pending.popLast() {
            guard listed.insert(row.category.id).inserted else { continue }
            rows.append(row)
            for child in (children[row.category.id] ?? []).reversed() {
                if let category = byID[child] { pending.append(CategoryOutlineRow(category: category, depth: row.depth + 1)) }
            }
        }
        return rows
    }

    /// Direct sub-categories, sorted by name.
    public func subcategories(of id: String?) -> [Category] {
        guard let id else { return categories.filter { $0.parent == nil } }
        return (categoryChildren[id] ?? []).compactMap { categoryByID[$0] }
    }

    public func products(of exhibitorID: String) -> [Product] {
        guard let owner = exhibitorPositions[exhibitorID] else { return [] }
        return productsByExhibitor[Int(productRanges[owner])..<Int(productRanges[owner + 1])].map { products[Int($0)] }
    }

    public func programme(involving exhibitorID: String) -> [ProgrammeItem] {
        (programmeByExhibitor[exhibitorID] ?? []).map { programme[$0] }
    }

    /// Items on `day`, in time order, items without a published time last.
    public func programme(on day: LocalDate) -> [ProgrammeItem] {
        let running = multiDayProgramme.filter { programme[$0].takesPlace(on: day) }
        guard !running.isEmpty else { return (programmeByDay[day] ?? []).map { programme[$0] } }
        return Self.inDayOrder((programmeByDay[day] ?? []) + running, of: programme).map { programme[$0] }
    }

    /// Days on or after `day` on which some item starts, in order.
    public func programmeStartDays(from day: LocalDate) -> ArraySlice<LocalDate> {
        var low = 0
        var high = startDays.count
        while low < high {
            let middle = (low + high) / 2
            if startDays[middle] < day { low = middle + 1 } else { high = middle }
        }
        return startDays[low...]
    }

    /// Within a day: published times first, in time order; then the rest in catalog order.
    private static func inDayOrder(_ positions: [Int], of programme: [ProgrammeItem]) -> [Int] {
        positions.sorted { a, b in
            let startA = programme[a].start?.minutesSinceMidnight ?? Int.max
            let startB = programme[b].start?.minutesSinceMidnight ?? Int.max
            return startA != startB ? startA < startB : a < b
        }
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
        let others = filter.without(facet)
        // Without other filters the counts never change: kept after the first panel frame.
        if others.isEmpty { return readCache.unfilteredCounts(for: facet) { countsOfFacet(facet, given: others) } }
        return readCache.filteredCounts(for: facet, given: others) { countsOfFacet(facet, given: others) }
    }

    private func countsOfFacet(_ facet: Facet, given others: ExhibitorFilter) -> [FacetValue: Int] {
        // A flag per exhibitor rather than a set: 90,000 positions are hashed once per frame otherwise.
        var base = [Bool](repeating: others.isEmpty, count: exhibitors.count)
        if !others.isEmpty { for position in exhibitorPositions(matching: others) { base[position] = true } }
        var counts: [FacetValue: Int] = [:]
        for (value, positions) in facetIndex[facet] ?? [:] {
            counts[value] = others.isEmpty ? positions.count : positions.reduce(0) { $0 + (base[$1] ? 1 : 0) }
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
        case .edition: editions.map(\.id)
        }
    }

    /// The facets that mean something for this catalog: `edition` only when it was compared with
    /// other editions.
    public var facets: [Facet] {
        Facet.allCases.filter { $0 != .edition || !editions.isEmpty }
    }

    public func edition(id: String) -> Edition? { editions.first { $0.id == id } }

    /// Human name of a facet value ("Türkiye", "Hall 1", "no category in the list").
    public func name(of value: FacetValue, in facet: Facet) -> String {
        guard case .id(let id) = value else {
            switch facet {
            case .show: return "show not stated"
            case .hall: return "hall not published"
            case .category: return "no category given"
            case .country: return "no country given"
            case .kind: return "kind not stated"
            case .edition:
                return editions.isEmpty ? "no other edition" : "new (not at " + editions.map(\.name).joined(separator: " or ") + ")"
            }
        }
        switch facet {
        case .show: return show(id: id)?.name ?? id
        case .hall: return hall(id: id)?.name ?? id
        case .category: return category(id: id)?.name ?? id
        case .country: return country(code: id)?.name ?? id
        case .kind: return kind(id: id)?.name ?? id
        case .edition: return "also at " + (edition(id: id)?.name ?? id)
        }
    }

    public func sorted(_ list: [Exhibitor], by sort: ExhibitorSort) -> [Exhibitor] {
        let positions = list.map { exhibitorPositions[$0.id] ?? Int.max }
        let order = Array(zip(list, positions))
        func byName(_ a: (Exhibitor, Int), _ b: (Exhibitor, Int)) -> Bool { a.1 < b.1 }
        switch sort {
        case .name:
            return order.sorted(by: byName).map(\.0)
        case .fairs:
            return order.sorted { a, b in
                a.0.shows.count != b.0.shows.count ? a.0.shows.count > b.0.shows.count : byName(a, b)
            }.map(\.0)
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

    /// Sorts by name for people, in place. Keys are computed once and positions are sorted, then
    /// the items are moved into order by swapping (moving large structs made this most of the
    /// load time at 100,000; copying them cost a retain and release of every string they hold).
    static func sortByName<T>(_ items: inout [T], name: (UnsafePointer<T>) -> String, id: (UnsafePointer<T>) -> String) {
        items.withUnsafeMutableBufferPointer { buffer in _ = sortByName(buffer, name: name, id: id) }
    }

    /// Sorts by name in place and returns the ids in the new order.
    static func sortByName<T>(_ buffer: UnsafeMutableBufferPointer<T>, name: (UnsafePointer<T>) -> String,
                              id: (UnsafePointer<T>) -> String) -> [String] {
        let names = strings(of: UnsafeBufferPointer(buffer), name)
        let ids = strings(of: UnsafeBufferPointer(buffer), id)
        let order = nameOrder(names: names, ids: ids)
        permute(buffer, into: order)
        return order.map { ids[$0] }
    }

    /// Positions in name order for people: by sort key, then name, then id.
    static func nameOrder(names: [String], ids: [String]) -> [Int] {
        let appendKey: @Sendable (Int, inout [UInt8]) -> Void = { index, bytes in TextFolding.appendSortKey(of: names[index], to: &bytes) }
        let keys = names.count >= 4096 ? SortKeys(concurrentlyFor: names.count, appendKey: appendKey) : SortKeys(count: names.count, appendKey: appendKey)
        return keys.sortedIndices { a, b in
            names[a] != names[b] ? names[a] < names[b] : ids[a] < ids[b]
        }
    }

    static func span(_ item: ProgrammeItem) -> Int {
        guard let day = item.day, let last = item.lastDay else { return 0 }
        return day.days(until: last)
    }

    /// Sorts the programme into `programmeOrder`, with title keys computed once.
    static func sortProgramme(_ items: inout [ProgrammeItem]) {
        let keys = SortKeys(count: items.count) { index, bytes in
            TextFolding.appendSortKey(of: items[index].title, to: &bytes)
        }
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
        permute(&items, into: order)
    }

    /// Rearranges `items` so that position `k` holds what was at `order[k]`, following each cycle
    /// of the permutation with swaps, which move values without copying them.
    static func permute<T>(_ items: inout [T], into order: [Int]) {
        items.withUnsafeMutableBufferPointer { permute($0, into: order) }
    }

    static func permute<T>(_ buffer: UnsafeMutableBufferPointer<T>, into order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        for start in buffer.indices where !placed[start] {
            var current = start
            while true {
                placed[current] = true
                let source = order[current]
                if source == start { break }
                buffer.swapAt(current, source)
                current = source
            }
        }
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
