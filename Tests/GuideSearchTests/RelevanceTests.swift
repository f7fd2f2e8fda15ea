import GuideModel
@testable import GuideSearch
import GuideTestSupport
import Testing

/// What a visitor types, and what must come first. Each case names the kind of result and the id
/// expected at the top of that kind's group, on the bundled ADEX-2024 data.
struct RelevanceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var query: String
        var kind: SearchKind
        var id: String
        var why: String
        var testDescription: String { "\(query) → \(id) (\(why))" }
    }

    static let cases: [Case] = [
        Case(query: "azersilah", kind: .exhibitor, id: "azersilah", why: "name without accents or quotes"),
        Case(query: "AZƏRSİLAH", kind: .exhibitor, id: "azersilah", why: "Azerbaijani letters, upper case"),
        Case(query: "Азерсилах", kind: .exhibitor, id: "azersilah", why: "Cyrillic, х as h"),
        Case(query: "kalashnikov", kind: .exhibitor, id: "kalashnikov", why: "word inside a quoted name"),
        Case(query: "калашников", kind: .exhibitor, id: "kalashnikov", why: "Cyrillic"),
        Case(query: "Рособоронэкспорт", kind: .exhibitor, id: "rosoboronexport", why: "Cyrillic, кс as x"),
        Case(query: "rosoboron", kind: .exhibitor, id: "rosoboronexport", why: "word prefix"),
        Case(query: "iai", kind: .exhibitor, id: "iai", why: "acronym"),
        Case(query: "ssb", kind: .exhibitor, id: "secretariat-of-defence-industries", why: "Turkish acronym as alternative name"),
        Case(query: "pac", kind: .exhibitor, id: "pakistan-aeronautical-complex", why: "initials"),
        Case(query: "mdi", kind: .exhibitor, id: "ministry-of-defence-industry", why: "initials, skipping 'of'"),
        Case(query: "turkish aerospace", kind: .exhibitor, id: "tai", why: "two words"),
        Case(query: "rokitsan", kind: .exhibitor, id: "roketsan", why: "one typo"),
        Case(query: "aselsn", kind: .exhibitor, id: "aselsan", why: "a letter missing"),
        Case(query: "kalashnikof", kind: .exhibitor, id: "kalashnikov", why: "one typo at the end"),
        Case(query: "norinko", kind: .exhibitor, id: "norinco", why: "one typo"),
        Case(query: "havlesan", kind: .exhibitor, id: "havelsan", why: "two letters swapped"),
        Case(query: "baykar", kind: .exhibitor, id: "baykar", why: "exact name"),
        Case(query: "elbit", kind: .exhibitor, id: "elbit-systems", why: "first word"),
        Case(query: "rafael", kind: .exhibitor, id: "rafael", why: "first word"),
        Case(query: "edge", kind: .exhibitor, id: "edge-group", why: "first word"),
        Case(query: "barzan maintenance", kind: .exhibitor, id: "barzan-maintenance-shield", why: "narrowing by a second word"),
        Case(query: "dahua", kind: .exhibitor, id: "dahua-technology-azerbaijan", why: "first word"),
        Case(query: "ukrainian", kind: .exhibitor, id: "ukrainian-defence-review", why: "first word"),
        Case(query: "baki", kind: .exhibitor, id: "baku-expo-center", why: "Azerbaijani spelling of Baku, one letter off"),
        Case(query: "sponsor", kind: .exhibitor, id: "barzan-holdings", why: "description (sponsors), ties in name order"),
        Case(query: "turkiye", kind: .country, id: "TR", why: "country without accents"),
        Case(query: "turkey", kind: .country, id: "TR", why: "country's other name"),
        Case(query: "belarus", kind: .country, id: "BY", why: "country name"),
        Case(query: "qatar", kind: .country, id: "QA", why: "country name"),
        Case(query: "sniper", kind: .product, id: "yst-24", why: "product type"),
        Case(query: "machine gun", kind: .product, id: "ah-12-7", why: "product type, two words"),
        Case(query: "mortar", kind: .product, id: "azerbaijani-mortar", why: "product type"),
        Case(query: "jf17", kind: .product, id: "jf-17c-block-iii", why: "product name without the hyphen"),
        Case(query: "itx-20", kind: .product, id: "itx-20-h", why: "product code prefix"),
        Case(query: "unmanned", kind: .category, id: "unmanned-vehicles", why: "category word"),
        Case(query: "uav", kind: .category, id: "unmanned-vehicles", why: "abbreviation for unmanned"),
        Case(query: "c4isr", kind: .category, id: "radio-electronic-systems-c4isr", why: "acronym inside a category"),
        Case(query: "opening ceremony", kind: .programme, id: "opening-ceremony", why: "programme title"),
        Case(query: "closing", kind: .programme, id: "closing", why: "programme title"),
        Case(query: "hasanov crosetto", kind: .programme, id: "az-it-defence-ministers", why: "two people"),
        Case(query: "jaksilykov", kind: .programme, id: "az-kz-defence-ministers", why: "a person in a meeting"),
        Case(query: "gorgun border", kind: .programme, id: "gorgun-meets-state-border-service", why: "person without accents and a topic"),
        Case(query: "country:il elbit", kind: .exhibitor, id: "elbit-systems", why: "country filter"),
        Case(query: "show:securex", kind: .exhibitor, id: "ministry-of-emergency-situations-azerbaijan", why: "show filter"),
        Case(query: "category:uav country:by", kind: .exhibitor, id: "agat-control-systems", why: "two filters"),
        Case(query: "day:26 memorandum", kind: .programme, id: "azersilah-as-holdings-memorandum", why: "day filter"),
        Case(query: "barzan !holdings !industrial", kind: .exhibitor, id: "barzan-maintenance-shield", why: "negation"),
        Case(query: "^baku", kind: .exhibitor, id: "baku-expo-center", why: "prefix operator"),
        Case(query: "shipyard$", kind: .exhibitor, id: "dearsan-shipyard", why: "suffix operator"),
        Case(query: "elbit | rafael", kind: .exhibitor, id: "elbit-systems", why: "or operator"),
        Case(query: "'ships", kind: .category, id: "ships-vessels-and-naval-systems", why: "exact operator"),
    ]

    static let index: SearchIndex? = try? SearchIndex(catalog: Fixtures.loadBundled())

    @Test(arguments: cases)
    func topResult(_ testCase: Case) throws {
        let index = try #require(Self.index)
        let results = index.search(testCase.query, limit: 5)
        let group = results.groups.first { $0.kind == testCase.kind }
        #expect(group?.hits.first?.id == testCase.id,
                "got \(group?.hits.prefix(3).map(\.id) ?? []) for \(testCase.query)")
    }

    @Test func theSetIsLargeEnough() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.query)).count == Self.cases.count)
    }

    @Test func exclusionsAndOperatorsNarrow() throws {
        let index = try #require(Self.index)
        #expect(index.search("barzan").totalCounts[.exhibitor] == 3)
        #expect(index.search("barzan !holdings").totalCounts[.exhibitor] == 2)
        #expect(index.search("'kalashnikof").isEmpty, "exact matching has no typo tolerance")
        #expect(index.search("country:xx").isEmpty)
        #expect(index.search("hall:1").isEmpty, "no hall is published for ADEX-2024")
    }

    @Test func matchedCharactersAreHighlighted() throws {
        let index = try #require(Self.index)
        let hit = try #require(index.search("aerospace").groups.first?.hits.first)
        let text = Array(hit.matchedText)
        let marked = hit.highlights.map { String(text[$0]) }
        #expect(marked.allSatisfy { $0.lowercased() == "aerospace" }, "\(marked) in \(hit.matchedText)")
        let related = try #require(index.search("azersilah").groups.first?.hits.first { $0.id == "as-holdings-ari-arms" })
        let excerpt = related.excerpt(length: 40)
        let excerptCharacters = Array(excerpt.text)
        #expect(excerpt.text.count == 40)
        #expect(excerpt.highlights.map { String(excerptCharacters[$0]) } == ["Azersilah"], "\(excerpt)")
        let accented = try #require(index.search("gorgun border").groups.first { $0.kind == .programme }?.hits.first)
        let title = Array(accented.matchedText)
        #expect(accented.highlights.map { String(title[$0]) }.contains("Görgün"), "highlights map back to the accented text")
    }
}

/// The query language, parsed.
struct QueryParsingTests {
    @Test func operatorsAndFilters() {
        let query = SearchQuery.parse("^core go$ | rb$ !fire 'wild country:TR day:25")
        #expect(query.groups.count == 4)
        #expect(query.groups[0].map(\.kind) == [.prefix])
        #expect(query.groups[1].map(\.kind) == [.suffix, .suffix])
        #expect(query.groups[2].first?.negated == true)
        #expect(query.groups[3].first?.kind == .exact)
        #expect(query.filters == [SearchQuery.Filter(field: .country, value: "tr"), SearchQuery.Filter(field: .day, value: "25")])
        #expect(SearchQuery.parse("  ,, ").isEmpty)
        #expect(SearchQuery.parse("nofield:x").groups.count == 1, "unknown fields are just words")
    }

    @Test func cyrillicTermsCarryTheirOtherRomanisations() {
        let term = SearchQuery.parse("Рособоронэкспорт").groups[0][0]
        #expect(term.spellings.map { String(decoding: $0, as: UTF8.self) } == ["rosoboroneksport", "rosoboronexport"])
    }
}
