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
