import GuideModel
import GuideTestSupport
import Testing

/// Category parents: a ring is one problem however long, a branch deeper than
/// `Category.maximumLevels` is one problem at its first category too deep, and everything that
/// walks parents (checks, counts including sub-categories, the tree) stays linear on 100,000
/// categories.
struct CategoryTreeTests {
    /// The fictional show with `categories` added after its own five, and its first exhibitor in
    /// `exhibitorCategory` when given.
    static func show(adding categories: [JSONValue], exhibitorIn exhibitorCategory: String? = nil) throws -> JSONValue {
        var document = try Fixtures.fictionalDocument()
        guard case .object(let members) = document, case .array(let existing)? = members.first(where: { $0.key == "categories" })?.value else {
            return document
        }
        document = document.setting([.key("categories")], to: .array(existing + categories))
        if let exhibitorCategory {
            document = document.setting([.key("exhibitors"), .index(0), .key("categories")], to: .array([.string(exhibitorCategory)]))
        }
        return document
    }

    @Test(arguments: [2, 1_000, 100_000])
    func aRingIsOneProblemAtItsFirstMember(_ length: Int) throws {
        let problems = Fixtures.problems(try Self.show(adding: HostileShows.categoryChain(length, ring: true)))
        let last = "\"chain-\(length - 1)\""
        let chain = length == 2 ? "(\"chain-0\" → \(last) → \"chain-0\")"
            : "(\"chain-0\" → \(last) → \"chain-\(length - 2)\" → \"chain-\(length - 3)\" → … → \"chain-0\")"
        #expect(problems == ["show.json:$.categories[5].parent: category \"chain-0\" is its own ancestor: its parents lead back to it after \(LoadProblem.grouped(length)) categories \(chain)"])
    }

    @Test func aCategoryThatIsItsOwnParent() throws {
        let itself = JSONValue.object([JSONMember(key: "id", value: .string("loop")), JSONMember(key: "name", value: .string("Loop")),
                                       JSONMember(key: "parent", value: .string("loop"))])
        #expect(Fixtures.problems(try Self.show(adding: [itself])) ==
                ["show.json:$.categories[5].parent: category \"loop\" is its own ancestor: it is its own parent (\"loop\" → \"loop\")"])
    }

    /// Two rings, one with 1,000 categories hanging below it: one problem per ring, none for the
    /// categories below a ring.
    @Test func eachRingOnceAndNothingForWhatHangsBelowIt() throws {
        var categories = HostileShows.categoryChain(3, ring: true)
        categories += (0..<1_000).map { index in
            .object([JSONMember(key: "id", value: .string("below-\(index)")), JSONMember(key: "name", value: .string("Below \(index)")),
                     JSONMember(key: "parent", value: .string(index == 0 ? "chain-1" : "below-\(index - 1)"))])
        }
        categories += [("x", "y"), ("y", "x")].map { id, parent in
            .object([JSONMember(key: "id", value: .string(id)), JSONMember(key: "name", value: .string(id)),
                     JSONMember(key: "parent", value: .string(parent))])
        }
        let problems = Fixtures.problems(try Self.show(adding: categories))
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.allSatisfy { $0.contains("is its own ancestor") })
    }

    @Test(arguments: [Category.maximumLevels + 1, 100_000])
    func aBranchTooDeepIsOneProblemAtItsFirstCategoryPastTheLimit(_ length: Int) throws {
        let problems = Fixtures.problems(try Self.show(adding: HostileShows.categoryChain(length, ring: false), exhibitorIn: "chain-\(length - 1)"))
        let tooDeep = Category.maximumLevels
        #expect(problems == ["show.json:$.categories[\(5 + tooDeep)].parent: category \"chain-\(tooDeep)\" is nested \(tooDeep + 1) levels deep (at most \(Category.maximumLevels) levels are allowed, the top level counting as 1)"])
    }

    /// A chain as deep as allowed: the exhibitor at its end counts in every category above it,
    /// and the tree lists each category once, indented one level more than its parent.
    @Test func theDeepestAllowedChainCountsInEveryAncestor() throws {
        let length = Category.maximumLevels
        let catalog = try CatalogLoader.build(from: try Self.show(adding: HostileShows.categoryChain(length, ring: false),
                                                                  exhibitorIn: "chain-\(length - 1)"), fileName: "show.json")
        for level in 0..<length {
            #expect(catalog.exhibitorCount(.category, .id("chain-\(level)")) == 1)
            #expect(catalog.exhibitors(matching: ExhibitorFilter([.category: [.id("chain-\(level)")]])).count == 1)
        }
        let outline = catalog.categoryOutline().filter { $0.category.id.hasPrefix("chain-") }
        #expect(outline.map(\.depth) == Array(0..<length))
        #expect(catalog.categoryOutline().count == catalog.categories.count)
    }

    /// 100,000 categories, sixteen levels of 6,250 each: loads, and the tree lists each category
    /// once after its parent.
    @Test func aWideTreeOfAHundredThousandCategories() throws {
        let perLevel = 6_250
        let categories: [JSONValue] = (0..<Category.maximumLevels).flatMap { level in
            (0..<perLevel).map { index -> JSONValue in
                var members = [JSONMember(key: "id", value: .string("l\(level)-\(index)")),
                               JSONMember(key: "name", value: .string("Level \(level) number \(index)"))]
                if level > 0 { members.append(JSONMember(key: "parent", value: .string("l\(level - 1)-\(index % 7)"))) }
                return .object(members)
            }
        }
        let catalog = try CatalogLoader.build(from: try Self.show(adding: categories, exhibitorIn: "l15-3"), fileName: "show.json")
        let outline = catalog.categoryOutline()
        #expect(outline.count == catalog.categories.count)
        var seen = Set<String>()
        for row in outline {
            if let parent = row.category.parent { #expect(seen.contains(parent)) }
            seen.insert(row.category.id)
        }
        #expect(catalog.exhibitorCount(.category, .id("l0-3")) == 1)
    }

    /// A catalog built in code, without the loader's checks, with a ring and a 100,000-deep chain:
    /// building it and its tree ends, and counts stop at the depth limit.
    @Test func aCatalogBuiltWithoutTheLoaderStaysBounded() throws {
        var categories = (0..<100_000).map { Category(id: "c\($0)", name: "C\($0)", parent: $0 == 0 ? nil : "c\($0 - 1)") }
        categories += [Category(id: "r0", name: "R0", parent: "r1"), Category(id: "r1", name: "R1", parent: "r0")]
        let fictional = try Fixtures.loadFictional()
        var exhibitor = fictional.exhibitors[0]
        exhibitor.categories = ["c99999", "r0"]
        let catalog = Catalog(fileName: "code", event: fictional.event, sources: fictional.sources, shows: fictional.shows,
                              halls: fictional.halls, categories: categories, countries: fictional.countries, kinds: fictional.kinds,
                              exhibitors: [exhibitor], products: [], programme: [], figures: [])
        #expect(catalog.categoryOutline().count == 100_000)
        #expect(catalog.exhibitorCount(.category, .id("c99999")) == 1)
        #expect(catalog.exhibitorCount(.category, .id("c\(100_000 - Category.maximumLevels)")) == 1)
        #expect(catalog.exhibitorCount(.category, .id("c0")) == 0)
        #expect(catalog.exhibitorCount(.category, .id("r1")) == 1)
    }
}
