import GuideModel
import Testing

struct TextFoldingTests {
    @Test(arguments: [
        ("Azərsilah", "azersilah"), ("Bakı", "baki"), ("İSTANBUL", "istanbul"), ("Şişli", "sisli"),
        ("Çağrı", "cagri"), ("Öztürk Güneş", "ozturk gunes"), ("ĞÜŞİÖÇ", "gusioc"), ("Straße", "strasse"),
        ("e\u{301}te\u{301}", "ete"), ("ТЕСТ", "тест"), ("plain ascii 123", "plain ascii 123"),
    ])
    func foldsCaseAndAccents(_ input: String, _ expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test func sortKeyIgnoresQuotesAndPunctuation() {
        #expect(TextFolding.sortKey("\"AZERSILAH\" DEFENSE") == "azersilah defense")
        #expect(TextFolding.sortKey("`DEFENSE INITIATIVES` COMPANY") == "defense initiatives company")
        #expect(TextFolding.sortKey("“ATESHGAH” INSURANCE") == "ateshgah insurance")
    }

    @Test func suggestionsFindTyposAndParts() {
        #expect(Suggestions.closest(to: "Trkiye", among: ["Türkiye", "Russian Federation"]) == "Türkiye")
        #expect(Suggestions.closest(to: "zzzzzz", among: ["Türkiye"]) == nil)
        #expect(Suggestions.ranked("aselsan", among: ["ASFAT", "ASELSAN A.S.", "ASELSAN"], limit: 2) == ["ASELSAN", "ASELSAN A.S."])
        // A swap of two letters is one typo, not two.
        #expect(Suggestions.closest(to: "nmae", among: ["name", "kind"]) == "name")
    }
}

/// Sort keys of a whole list go into one shared buffer (`SortKeys`): appending a key must keep the
/// buffer's geometric growth, or building the keys of n names copies the buffer n times.
struct SortKeyBufferGrowthTests {
    /// One name of each path `appendSortKey` takes: plain ASCII, a Latin letter the scalar table
    /// folds, Cyrillic, and text only the general rule covers.
    @Test(arguments: ["Kartal Savunma Sanayi Ltd", "Öztek Savunma Sanayi", "Калашников Концерн", "北方工业 Norinco ①"])
    func appendingManyKeysReallocatesLogarithmicallyOften(name: String) {
        var bytes: [UInt8] = []
        var reallocations = 0
        var capacity = bytes.capacity
        let count = 20_000
        for index in 0..<count {
            TextFolding.appendSortKey(of: "\(name) \(index)", to: &bytes)
            if bytes.capacity != capacity {
                reallocations += 1
                capacity = bytes.capacity
            }
        }
        #expect(!bytes.isEmpty)
        // Doubling from nothing to about 600 KB takes some 20 steps; one per key would be 20,000.
        #expect(reallocations < 64, "the shared buffer was reallocated \(reallocations) times for \(count) keys")
    }
}
