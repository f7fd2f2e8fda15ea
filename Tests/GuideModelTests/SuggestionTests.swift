import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// "Did you mean": suggestions still come for ordinary typos, and the work of one search is
/// bounded whatever the text and however many candidates (counted in units, not timed).
struct SuggestionTests {
    @Test(arguments: [("Asia/Bakuu", "Asia/Baku"), ("Europe/Berln", "Europe/Berlin"), ("asia/baku", "Asia/Baku"),
                      ("Amercia/New_York", "America/New_York")])
    func typosOfTimeZonesAreSuggested(_ typo: String, _ meant: String) {
        #expect(Suggestions.closest(to: typo, among: TimeZone.knownTimeZoneIdentifiers) == meant)
    }

    @Test func containedNamesAreSuggested() {
        #expect(Suggestions.ranked("aselsan", among: ["ASELSAN A.S.", "Roketsan", "Baykar"]) == ["ASELSAN A.S."])
        #expect(Suggestions.closest(to: "optic", among: ["optics", "uav", "air"]) == "optics")
    }

    @Test func aHugeWordCostsNothingAndGetsNoSuggestion() {
        var work = 0
        let word = "Asia/" + String(repeating: "x", count: 300_000)
        #expect(Suggestions.ranked(word, among: TimeZone.knownTimeZoneIdentifiers, work: &work).isEmpty)
        #expect(work == 0)
    }

    @Test func hugeCandidatesAreSkippedUnread() {
        var work = 0
        let candidates = (0..<1_000).map { String(repeating: "y", count: 100_000) + "\($0)" }
        #expect(Suggestions.ranked("yyyy", among: candidates, work: &work).isEmpty)
        #expect(work == 4)
    }

    /// The longest word against many long candidates that each cost the most: the search stops
    /// once its budget is spent, within one candidate's cost.
    @Test func theWorkOfOneSearchIsBounded() {
        let length = Suggestions.maximumWordLength
        let word = String(repeating: "ab", count: length / 2)
        let candidates = (0..<100_000).map { String(repeating: "ba", count: length / 2 - 4) + String(format: "%08d", $0) }
        var work = 0
        _ = Suggestions.ranked(word, among: candidates, work: &work)
        let mostPerCandidate = length + 7 * length + length * length
        #expect(work <= Suggestions.workLimit + length + mostPerCandidate)
        #expect(work > Suggestions.workLimit / 2)
    }

    /// The banded edit distance agrees with the whole table wherever the answer is within the
    /// limit, and says "beyond" exactly when it is not.
    @Test func bandedDistanceAgreesWithTheWholeTable() {
        var generator = SeededGenerator(seed: 14)
        let letters = Array("abcab")
        for _ in 0..<3_000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let limit = Int.random(in: 1...3, using: &generator)
            let exact = Self.fullDistance(a, b)
            let banded = Suggestions.editDistance(a, b, limit: limit)
            #expect(banded == min(exact, limit + 1), "\(String(a)) / \(String(b)) limit \(limit)")
        }
    }

    /// Optimal string alignment over the whole table, the plain way.
    static func fullDistance(_ a: [Character], _ b: [Character]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// A show file whose time zone is 300,000 characters long is refused at once, and one with a
    /// typo still hears the zone it meant.
    @Test func timeZoneProblemsInAShowFile() throws {
        let document = try Fixtures.fictionalDocument()
        for (zone, expected) in [("Asia/" + String(repeating: "x", count: 300_000), "(expected an IANA id such as \"Asia/Baku\")"),
                                 ("Asia/Bakuu", "did you mean \"Asia/Baku\"?")] {
            let edited = document.setting([.key("event"), .key("timeZone")], to: .string(zone))
            #expect(throws: CatalogLoadError.self) { try CatalogLoader.build(from: edited, fileName: "show.json") }
            do {
                _ = try CatalogLoader.build(from: edited, fileName: "show.json")
            } catch {
                #expect(error.problems.count == 1)
                #expect(error.problems.first?.description.hasSuffix(expected) == true, "\(error.problems)")
            }
        }
    }
}
