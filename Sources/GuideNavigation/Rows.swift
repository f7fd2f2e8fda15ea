import GuideModel
import GuidePlan
import GuideSearch

/// The rows each list screen shows, computed from the catalog and the route. Both the state
/// machine (to clamp selections, follow `n`/`N`, open the selected row) and the renderer use these.
public enum Rows {
    public static func exhibitors(_ route: ExhibitorListRoute, in catalog: Catalog) -> [Int] {
        catalog.exhibitorPositions(matching: route.filter, sortedBy: route.sort)
    }

    /// A row of the category tree; `category == nil` is the "no category given" row.
    public struct CategoryRow: Sendable, Hashable {
        public var category: Category?
        public var depth: Int
        public var count: Int
    }

    public static func categories(in catalog: Catalog) -> [CategoryRow] {
        var rows = catalog.categoryOutline().map { row in
            CategoryRow(category: row.category, depth: row.depth, count: catalog.exhibitorCount(.category, .id(row.category.id)))
        }
        let without = catalog.exhibitorCount(.category, .none)
        if without > 0 { rows.append(CategoryRow(category: nil, depth: 0, count: without)) }
        return rows
    }

    /// Exhibitors placed in a hall, in stand order.
    public static func hallExhibitors(_ hallID: String, in catalog: Catalog) -> [Exhibitor] {
        catalog.exhibitors(matching: ExhibitorFilter([.hall: [.id(hallID)]]), sortedBy: .stand)
    }

    /// A row of a schedule day: a group heading or an item.
    public enum ScheduleRow: Sendable, Hashable {
        case heading(String)
        case item(ProgrammeItem)

        public var item: ProgrammeItem? {
            if case .item(let item) = self { return item }
            return nil
        }
    }

    /// The days the schedule pages through (see `ScheduleDays`).
    public static func scheduleDays(in catalog: Catalog) -> ScheduleDays {
        ScheduleDays(catalog)
    }

    public static func schedule(dayIndex: Int, in catalog: Catalog) -> [ScheduleRow] {
        let days = scheduleDays(in: catalog)
        guard days.indices.contains(dayIndex) else { return [] }
        guard let day = days[dayIndex] else {
            return catalog.programmeWithoutDay.map { .item($0) }
        }
        let items = catalog.programme(on: day)
        let timed = items.filter { $0.start != nil }
        let untimed = items.filter { $0.start == nil }
        var rows: [ScheduleRow] = timed.map { .item($0) }
        if !untimed.isEmpty {
            rows.append(.heading(timed.isEmpty ? "Time not published for any item on this day" : "Time not published"))
            rows += untimed.map { .item($0) }
        }
        return rows
    }

    /// A value in the filter panel.
    public struct FacetRow: Sendable, Hashable {
        public var value: FacetValue
        public var name: String
        public var count: Int
        public var isSelected: Bool
    }

    /// The values of a facet in the panel: each defined value with its count given the other
    /// filters, "not given" last; only those matching `query` (word prefixes, folded as search
    /// folds); in `order`, ties by name.
    public static func facetValues(_ facet: Facet, route: ExhibitorListRoute, query: String = "", order: FacetOrder = .name,
                                   in catalog: Catalog) -> [FacetRow] {
        let filter = route.filter
        let counts = catalog.facetCounts(facet, given: filter)
        let selected = filter.values(for: facet)
        let terms = SearchFolding.words(query).map(String.init)
        func matches(_ words: [String]) -> Bool {
            terms.allSatisfy { term in words.contains { $0.hasPrefix(term) } }
        }
        var rows: [FacetRow] = []
        let ids = catalog.definedIDsByName(for: facet)
        let words = terms.isEmpty ? [] : catalog.definedNameWords(for: facet) { SearchFolding.words($0).map(String.init) }
        for (index, id) in ids.enumerated() {
            guard terms.isEmpty || matches(words[index]) else { continue }
            rows.append(FacetRow(value: .id(id), name: catalog.name(of: .id(id), in: facet), count: counts[.id(id)] ?? 0,
                                 isSelected: selected.contains(.id(id))))
        }
        switch order {
        case .name: break
        case .count:
            // Stable: equal counts keep the name order.
            rows = rows.enumerated().sorted { a, b in
                a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
            }.map(\.element)
        }
        // With no exhibitor placed in any hall, halls would only offer empty choices.
        if facet == .hall, catalog.exhibitorCount(.hall, .none) == catalog.exhibitors.count {
            rows.removeAll { !$0.isSelected }
        }
        if catalog.exhibitorCount(facet, .none) > 0 || selected.contains(.none) {
            let name = catalog.name(of: .none, in: facet)
            if matches(SearchFolding.words(name).map(String.init)) {
                rows.append(FacetRow(value: .none, name: name, count: counts[.none] ?? 0, isSelected: selected.contains(.none)))
            }
        }
        return rows
    }

    /// The rows of an open filter panel.
    public static func facetValues(_ panel: FilterPanel, route: ExhibitorListRoute, in catalog: Catalog) -> [FacetRow] {
        facetValues(panel.facet, route: route, query: panel.query, order: panel.order, in: catalog)
    }

    /// Whether a row is a heading (headings cannot be selected).
    static func isHeading(_ row: ScheduleRow) -> Bool { row.item == nil }
}
