import GuideModel
@testable import GuideSearch
import GuideTestSupport
import Testing

struct SearchTests {
    @Test(arguments: [
        ("Azərsilah", "azersilah"), ("Bakı", "baki"), ("Калашников", "kalashnikov"), ("Москва", "moskva"),
        ("Київ", "kiyiv"), ("Əli Həsənov", "eli hesenov"), ("İĞDIR", "igdir"), ("Рыбинская верфь", "rybinskaya verf"),
    ])
    func foldingCoversAzerbaijaniTurkishAndCyrillic(_ input: String, _ expected: String) {
        #expect(SearchFolding.fold(input) == expected)
    }

    @Test(arguments: [
        ("azersilah", "exhibitor", "azersilah"),
        ("AZERSİLAH", "exhibitor", "azersilah"),
        ("калашников", "exhibitor", "kalashnikov"),
        ("turkiye", "country", "TR"),
        ("turkey", "country", "TR"),
        ("sniper", "product", "yst-24"),
        ("unmanned", "category", "unmanned-vehicles"),
        ("opening ceremony", "programme", "opening-ceremony"),
        ("baku expo", "exhibitor", "baku-expo-center"),
    ])
    func findsTheExpectedItemFirst(_ query: String, _ kind: String, _ id: String) throws {
        let index = SearchIndex(catalog: try Fixtures.loadBundled())
        let results = index.search(query)
        let group = try #require(results.groups.first { $0.kind.rawValue == kind }, "no \(kind) for \(query)")
        #expect(group.hits.first?.id == id, "got \(group.hits.prefix(3).map(\.id))")
    }

    @Test func everyWordMustMatchAndResultsAreGroupedInOrder() throws {
        let index = SearchIndex(catalog: try Fixtures.loadFictional())
        let results = index.search("optics")
        #expect(results.groups.map(\.kind) == [.category, .programme])
        #expect(index.search("ozgur optics").isEmpty)
        #expect(index.search("").isEmpty)
        #expect(index.search("  ,,  ").isEmpty)
        let limited = index.search("fictional", limit: 2)
        #expect(limited.groups.first?.hits.count == 2)
        #expect(limited.totalCounts[.exhibitor] == 10)
    }

    @Test func oneTypoInALongerWordStillMatches() throws {
        let index = SearchIndex(catalog: try Fixtures.loadFictional())
        // "baku" is one letter from "Bakı" (folded "baki"): the Azerbaijani spelling is found.
        let hits = index.search("baku").groups.first { $0.kind == .programme }?.hits.map(\.id)
        #expect(hits == ["minister-visit"])
        // Short words need an exact match, or every three-letter word would match everything.
        #expect(index.search("sky").groups.first { $0.kind == .product }?.hits.first?.id == "sky-1")
        #expect(index.search("skz").isEmpty)
        #expect(index.search("zzz").isEmpty)
    }

    @Test func wholeWordsRankAboveWordPrefixesAboveInsideWords() throws {
        let index = SearchIndex(catalog: try Fixtures.loadBundled())
        let hits = index.search("star").groups.first { $0.kind == .exhibitor }?.hits.map(\.id) ?? []
        // "DEFENCE STAR" has the whole word; names merely containing "star" come later.
        #expect(hits.first == "defence-star")
    }
}

/// The one-typo check used on every keystroke, against the general edit distance.
struct OneEditTests {
    @Test(arguments: [("baku", "baki", true), ("baku", "bkau", true), ("baku", "bak", true), ("baku", "bakuu", true),
                      ("baku", "xbaku", true), ("baku", "bakiu", true), ("baku", "bika", false), ("baku", "ab", false),
                      ("abcd", "abdc", true), ("abcd", "badc", false), ("", "a", true), ("ab", "ba", true)])
    func oneEdit(_ a: String, _ b: String, _ expected: Bool) {
        #expect(ByteSearchProbe.withinOneEdit(a, b) == expected)
        #expect((Suggestions.editDistance(Array(a.utf8), Array(b.utf8), limit: 1) <= 1) == expected)
    }
}

enum ByteSearchProbe {
    static func withinOneEdit(_ a: String, _ b: String) -> Bool { ByteSearch.withinOneEdit(Array(a.utf8), Array(b.utf8)) }
}
