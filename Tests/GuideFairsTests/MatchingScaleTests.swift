@testable import GuideFairs
import Testing

/// The matching at the scale of the whole dataset: 200 editions of 1,000 entries. Not timed here
/// (debug builds and shared machines make timings noise); the release figure is in DECISIONS.md.
struct MatchingScaleTests {
    @Test func twoHundredEditionsOfAThousandEntries() throws {
        let editions = SyntheticEditions.generate(editions: 200, entriesPerEdition: 1000, seed: 7)
        let matching = ExhibitorMatching(editions: editions)
        let entryCount = editions.reduce(0) { $0 + $1.exhibitors.count }
        #expect(entryCount == 200_000)
        #expect(matching.companies.reduce(0) { $0 + $1.listings.count } == entryCount, "every entry in exactly one company")
        // 40,000 invented companies, of which the skewed draw reaches most; respellings may stay apart.
        #expect((30_000...45_000).contains(matching.companies.count))
        #expect(matching.seriesNames.count == 20)
        let history = try #require(matching.history(ofSeries: "Series 3"))
        #expect(history.editions.count == 10)
        for (index, edition) in history.editions.enumerated() {
            #expect(edition.new.count + edition.returning.count == edition.companies.count)
            #expect(index > 0 || edition.returning.isEmpty)
        }
        let busiest = try #require(matching.companies.max { $0.listings.count < $1.listings.count })
        #expect(matching.fairs(of: busiest.id).count > 100)
        // Every company is found by its id (looked up by halving the id-ordered list), no other id is.
        #expect(matching.companies.indices.allSatisfy { matching.companyIndex(of: matching.companies[$0].id) == $0 })
        #expect(matching.company(CompanyID("~ no such company")) == nil)
        #expect(matching.company(CompanyID("")) == nil)
        #expect(matching.company(CompanyID("\u{10FFFF}")) == nil)
    }
}
