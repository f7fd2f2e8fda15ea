@testable import GuideFairs
import GuideTestSupport
import Testing

/// History of a small invented series, where every answer can be worked out by hand:
///
/// | company | Expo 2018 | Expo 2020 | Other Show 2021 | Expo 2022 |
/// |---|---|---|---|---|
/// | Alpha Arms | ALPHA ARMS LTD | ALPHA ARMS | ALPHA ARMS LIMITED | АЛЬФА АРМС (alt: ALPHA ARMS) |
/// | Bravo Boats | BRAVO BOATS | | | BRAVO BOATS |
/// | Charlie Optics | CHARLIE OPTICS | CHARLIE OPTICS | | CHARLIE OPTIKS (fuzzy) |
/// | Delta Drones | | DELTA DRONES | | DELTA DRONES, "DELTA DRONES" |
/// | Echo | | | | ECHO |
struct EditionHistoryTests {
    static let editions: [EditionInput] = [
        EditionInput(id: "expo-2018", series: "Expo", edition: "2018", year: 2018, name: "Expo 2018", exhibitors: [
            EditionEntry(id: "1", name: "ALPHA ARMS LTD", country: "GB"),
            EditionEntry(id: "2", name: "BRAVO BOATS", country: "FR"),
            EditionEntry(id: "3", name: "CHARLIE OPTICS", country: "DE"),
        ]),
        EditionInput(id: "expo-2020", series: "Expo", edition: "2020", year: 2020, name: "Expo 2020", exhibitors: [
            EditionEntry(id: "1", name: "ALPHA ARMS", country: "GB"),
            EditionEntry(id: "2", name: "CHARLIE OPTICS", country: "DE"),
            EditionEntry(id: "3", name: "DELTA DRONES", country: "TR"),
        ]),
        EditionInput(id: "other-2021", series: "Other Show", edition: "2021", year: 2021, name: "Other Show 2021", exhibitors: [
            EditionEntry(id: "x", name: "Alpha Arms Limited", country: "gb"),
        ]),
        EditionInput(id: "expo-2022", series: "EXPO", edition: "2022", year: 2022, name: "Expo 2022", exhibitors: [
            EditionEntry(id: "1", name: "АЛЬФА АРМС", altNames: ["ALPHA ARMS"], country: "GB"),
            EditionEntry(id: "2", name: "BRAVO BOATS", country: "FR"),
            EditionEntry(id: "3", name: "CHARLIE OPTIKS", country: "DE"),
            EditionEntry(id: "4", name: "DELTA DRONES", country: "TR"),
            EditionEntry(id: "5", name: "\"DELTA DRONES\"", country: "TR"),
            EditionEntry(id: "6", name: "ECHO"),
        ]),
    ]

    static let matching = ExhibitorMatching(editions: editions)
    static let alpha = CompanyID("alpha arms")
    static let bravo = CompanyID("bravo boats")
    static let charlie = CompanyID("charlie optics")
    static let delta = CompanyID("delta drones")
    static let echo = CompanyID("echo")

    @Test func companiesHaveStableIdsNamesAndCountries() {
        #expect(Self.matching.companies.map(\.id) == [Self.alpha, Self.bravo, Self.charlie, Self.delta, Self.echo])
        let alpha = Self.matching.company(Self.alpha)!
        #expect(alpha.name == "ALPHA ARMS")
        #expect(alpha.country == "GB")
        #expect(alpha.listings.map(\.editionID) == ["expo-2018", "expo-2020", "expo-2022", "other-2021"])
        #expect(Self.matching.company(Self.echo)?.country == nil)
    }

    @Test func editionsAreInSeriesOrderAndSeriesCompareFolded() throws {
        let history = try #require(Self.matching.history(ofSeries: "expo"))
        #expect(history.series == "Expo")
        #expect(history.editions.map(\.editionID) == ["expo-2018", "expo-2020", "expo-2022"])
        #expect(Self.matching.seriesNames == ["Expo", "Other Show"])
        #expect(Self.matching.history(ofSeries: "Nowhere") == nil)
    }

    @Test func newReturningAndNotReturning() throws {
        let history = try #require(Self.matching.history(ofSeries: "Expo"))
        let (first, second, third) = (history.editions[0], history.editions[1], history.editions[2])

        #expect(first.new == [Self.alpha, Self.bravo, Self.charlie])
        #expect(first.returning.isEmpty && first.returningFromPrevious.isEmpty && first.notReturning.isEmpty)

        #expect(second.new == [Self.delta])
        #expect(second.returning == [Self.alpha, Self.charlie])
        #expect(second.returningFromPrevious == [Self.alpha, Self.charlie])
        #expect(second.notReturning == [Self.bravo])
        #expect(second.returningFromPreviousByKind == [.legalFormIgnored: 1, .exact: 1])

        #expect(third.companies == [Self.alpha, Self.bravo, Self.charlie, Self.delta, Self.echo])
        #expect(third.entryCount == 6, "DELTA DRONES is listed twice")
        #expect(third.new == [Self.echo])
        #expect(third.returning == [Self.alpha, Self.bravo, Self.charlie, Self.delta])
        #expect(third.returningFromPrevious == [Self.alpha, Self.charlie, Self.delta])
        #expect(third.returningAfterGap == [Self.bravo])
        #expect(third.notReturning.isEmpty)
        // Alpha by its alternative name (exact), Charlie by one edit (fuzzy), Delta exactly.
        #expect(third.returningFromPreviousByKind == [.exact: 2, .fuzzy: 1])
    }

    @Test func attendancePerCompany() throws {
        let history = try #require(Self.matching.history(ofSeries: "Expo"))
        #expect(history.attendance.map(\.company) == [Self.alpha, Self.bravo, Self.charlie, Self.delta, Self.echo])
        #expect(history.editionIDs(attendedBy: Self.bravo) == ["expo-2018", "expo-2022"])
        #expect(history.editionIDs(attendedBy: Self.echo) == ["expo-2022"])
        #expect(history.editionIDs(attendedBy: CompanyID("nobody")).isEmpty)
    }

    @Test func aCompanyMatchedOnlyByItsAlternativeName() {
        let alpha = Self.matching.company(ofEntry: "1", inEdition: "expo-2022")
        #expect(alpha?.id == Self.alpha)
        #expect(Self.matching.linkKind(of: Self.alpha, between: "expo-2020", and: "expo-2022") == .exact)
        #expect(Self.matching.linkKind(of: Self.alpha, between: "expo-2018", and: "expo-2022") == .legalFormIgnored)
    }

    @Test func fuzzyMatchesAreMarkedAsSuch() {
        let fairs = Self.matching.fairs(of: Self.charlie)
        #expect(fairs.map(\.editionID) == ["expo-2018", "expo-2020", "expo-2022"])
        #expect(fairs.map(\.matchKind) == [.exact, .exact, .fuzzy])
        #expect(fairs.last?.entries.map(\.name) == ["CHARLIE OPTIKS"])
        #expect(Self.matching.linkKind(of: Self.charlie, between: "expo-2020", and: "expo-2022") == .fuzzy)
    }

    @Test func fairsByCompanyCrossSeriesInYearOrder() {
        let fairs = Self.matching.fairs(of: Self.alpha)
        #expect(fairs.map(\.fairName) == ["Expo 2018", "Expo 2020", "Other Show 2021", "Expo 2022"])
        #expect(fairs.map(\.year) == [2018, 2020, 2021, 2022])
        #expect(fairs.map(\.matchKind) == [.legalFormIgnored, .exact, .legalFormIgnored, .exact])
        #expect(Self.matching.fairs(of: Self.echo).map(\.matchKind) == [nil], "one fair: nothing to match with")
        #expect(Self.matching.fairs(of: CompanyID("nobody")).isEmpty)
    }

    @Test func countriesPerEditionWithTopN() throws {
        let history = try #require(Self.matching.history(ofSeries: "Expo"))
        let third = history.editions[2]
        #expect(third.countries == [
            CountryCount(.country("DE"), count: 1), CountryCount(.country("FR"), count: 1),
            CountryCount(.country("GB"), count: 1), CountryCount(.country("TR"), count: 1),
            CountryCount(.unknown, count: 1),
        ])
        #expect(third.topCountries(2) == [
            CountryCount(.country("DE"), count: 1), CountryCount(.country("FR"), count: 1),
            CountryCount(.otherCountries(2), count: 2), CountryCount(.unknown, count: 1),
        ])
        #expect(third.topCountries(10) == third.countries)
        #expect(third.topCountries(0) == [CountryCount(.otherCountries(4), count: 4), CountryCount(.unknown, count: 1)])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func theResultDoesNotDependOnInputOrder(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let shuffled = Self.editions.map { edition in
            var copy = edition
            copy.exhibitors.shuffle(using: &random)
            return copy
        }.shuffled(using: &random)
        let again = ExhibitorMatching(editions: shuffled)
        #expect(again.companies == Self.matching.companies)
        #expect(again.history(ofSeries: "Expo") == Self.matching.history(ofSeries: "Expo"))
        for company in again.companies {
            #expect(again.fairs(of: company.id) == Self.matching.fairs(of: company.id))
        }
    }

    @Test func fuzzyKeysNeverJoinTwoKnownCountriesNorGuessForUnknownOnes() {
        let matching = ExhibitorMatching(editions: [
            EditionInput(id: "a", series: "S", edition: "1", year: 2001, name: "S 1", exhibitors: [EditionEntry(id: "1", name: "KALASHNIKOV CONCERN", country: "RU")]),
            EditionInput(id: "b", series: "S", edition: "2", year: 2002, name: "S 2", exhibitors: [EditionEntry(id: "1", name: "CONCERN KALASHNIKOV", country: "US")]),
            EditionInput(id: "c", series: "S", edition: "3", year: 2003, name: "S 3", exhibitors: [EditionEntry(id: "1", name: "CONCERN OF KALASHNIKOV")]),
        ])
        // Without a country, the third could belong to either: it is left alone.
        #expect(matching.companies.count == 3)
        let twoEditions = ExhibitorMatching(editions: [
            EditionInput(id: "a", series: "S", edition: "1", year: 2001, name: "S 1", exhibitors: [EditionEntry(id: "1", name: "KALASHNIKOV CONCERN", country: "RU")]),
            EditionInput(id: "c", series: "S", edition: "3", year: 2003, name: "S 3", exhibitors: [EditionEntry(id: "1", name: "CONCERN OF KALASHNIKOV")]),
        ])
        #expect(twoEditions.companies.count == 1)
    }

    @Test func editionsOrderByYearThenEditionNumber() {
        let editions = ["10", "9", "2020-autumn", "2020-spring"].map {
            EditionInput(id: $0, series: "S", edition: $0, year: $0.hasPrefix("2020") ? 2020 : nil, name: $0, exhibitors: [])
        }
        #expect(ExhibitorMatching(editions: editions).editions.map(\.id) == ["2020-autumn", "2020-spring", "9", "10"])
    }
}
