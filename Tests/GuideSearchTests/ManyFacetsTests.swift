@testable import GuideSearch
import GuideModel
import GuideTestSupport
import Testing

/// An exhibitor in thousands of categories (some repeated through their parents): each facet is
/// recorded once for its entry, and every category filter finds it.
struct ManyFacetsTests {
    @Test func anEntryWithThousandsOfCategoriesHasEachFacetOnce() throws {
        let count = 3_000
        let base = try Fixtures.fictionalDocument()
        guard case .object(let members) = base, case .array(var categories)? = members.first(where: { $0.key == "categories" })?.value else {
            Issue.record("the fixture has no categories")
            return
        }
        categories.append(.dict([("id", .string("root")), ("name", .string("Root"))]))
        categories += (0..<count).map { .dict([("id", .string("k\($0)")), ("name", .string("Kategory \($0)")), ("parent", .string("root"))]) }
        let document = base
            .setting([.key("categories")], to: .array(categories))
            .setting([.key("exhibitors"), .index(0), .key("categories")], to: .strings((0..<count).map { "k\($0)" }))
            .setting([.key("products")], to: .array([]))
        let catalog = try CatalogLoader.load(bytes: Array(JSONWriter.write(document).utf8), fileName: "many.json")
        let exhibitorID = try #require(catalog.exhibitors.first { $0.categories.count == count }?.id)
        let index = SearchIndex(catalog: catalog)
        let tables = index.tables
        let entry = try #require((0..<tables.entryCount).first { entry in
            tables.entryKinds[entry] == SearchKind.exhibitor.code && tables.string(tables.entryIDs[entry]) == exhibitorID
        })
        let facets = tables.entryFacets[Int(tables.entryFacetStarts[entry])..<Int(tables.entryFacetStarts[entry + 1])]
        #expect(Set(facets).count == facets.count)
        // Every category, its parent once, and the exhibitor's other facets (country, show, hall, kind).
        #expect(facets.count >= count + 1)
        for category in ["k0", "k1234", "k\(count - 1)", "root"] {
            let results = index.search("azersky category:\(category)")
            #expect(results.groups.first { $0.kind == .exhibitor }?.hits.contains { $0.id == exhibitorID } == true, "category:\(category)")
        }
    }
}
