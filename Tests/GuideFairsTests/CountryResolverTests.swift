@testable import GuideFairs
import GuideModel
import Testing

/// One country field to one code: the shapes of the dataset and the decisions reported.
struct CountryResolverTests {
    let path: JSONPath = .root / "exhibitor" / 3 / "country"

    func resolve(_ field: OneOrMany<FairCountry>?) -> CountryResolver.Resolution {
        CountryResolver.resolve(field, at: path)
    }

    @Test func anObjectWhoseTextAndCodeAgreeNeedsNoReport() {
        let result = resolve(.one(FairCountry(text: "Türkiye", iso2: "TR")))
        #expect(result.code == "TR")
        #expect(result.spelling == "Türkiye")
        #expect(result.changes.isEmpty)
    }

    @Test func aPlainStringIsMappedAndReported() {
        let result = resolve(.one(FairCountry(text: "UNITED STATES")))
        #expect(result.code == "US")
        #expect(result.changes.map(\.description) == [#"$.exhibitor[3].country: "UNITED STATES" -> US"#])
        #expect(result.changes.first?.kind == .countryMapped)
    }

    @Test func anAddressEndsWithItsCountry() {
        let result = resolve(.one(FairCountry(text: "ul. Ustronna 4193-350 Łódź\nPOLAND", iso2: "PL")))
        #expect(result.code == "PL")
        #expect(result.spelling == "POLAND")
        #expect(result.changes.isEmpty)
    }

    @Test func theNameWinsOverADisagreeingCode() {
        let result = resolve(.one(FairCountry(text: "Sweden", iso2: "CH")))
        #expect(result.code == "SE")
        #expect(result.changes.map(\.kind) == [.countryDoubtful])
    }

    @Test func aCodeWithoutTextIsTaken() {
        #expect(resolve(.one(FairCountry(iso2: "de"))).code == "DE")
        #expect(resolve(.one(FairCountry(iso2: "de"))).changes.isEmpty)
    }

    @Test func ofSeveralTheFirstThatNamesACountryIsKept() {
        let result = resolve(.many([FairCountry(text: "13fl. Sungwoo bd", iso2: "BD"), FairCountry(text: "SOUTH KOREA", iso2: "KR")]))
        #expect(result.code == "KR")
        #expect(result.changes.map(\.description) == [
            #"$.exhibitor[3].country: 2 countries given (BD "13fl. Sungwoo bd", KR); kept KR, the first that names a country"#,
        ])
        let twoNames = resolve(.many([FairCountry(text: "FRANCE"), FairCountry(text: "GERMANY")]))
        #expect(twoNames.code == "FR")
        #expect(twoNames.changes.map(\.kind) == [.severalCountries, .countryMapped])
    }

    @Test func anAddressFragmentAloneKeepsTheDatasetsCodeAndSaysSo() {
        let result = resolve(.one(FairCountry(text: "N° 9 , route de Haitian", iso2: "HT")))
        #expect(result.code == "HT")
        #expect(result.changes.map(\.kind) == [.countryDoubtful])
    }

    @Test func anUnknownCountryIsKeptAsText() {
        let result = resolve(.one(FairCountry(text: "EUROPEAN UNION")))
        #expect(result.code == nil)
        #expect(result.unknownText == "EUROPEAN UNION")
        #expect(result.changes.map(\.description) == [#"$.exhibitor[3].country: "EUROPEAN UNION" names no country this guide knows; kept as text"#])
        let badCode = resolve(.one(FairCountry(text: "Atlantis", iso2: "ZZ")))
        #expect(badCode.code == nil)
        #expect(badCode.unknownText == "Atlantis")
    }

    @Test func nothingGivenIsNothingKept() {
        #expect(resolve(nil) == CountryResolver.Resolution())
        #expect(resolve(.many([])).code == nil)
        #expect(resolve(.one(FairCountry(text: "   "))).changes.isEmpty)
    }

    // MARK: - An entry without a country: its address (DSEI, IDEF and SIAE list addresses)

    func resolve(address: FairAddress) -> CountryResolver.Resolution {
        CountryResolver.resolve(address: address, at: .root / "exhibitor" / 3 / "address")
    }

    @Test func anAddressWhoseLastLineNamesACountryGivesIt() {
        let result = resolve(address: FairAddress(text: "Mehmet Akif Ersoy Mahallesi 296. Caddesi\nYenimahalle\nANKARA\nTÜRKİYE", iso2: "TR"))
        #expect(result.code == "TR")
        #expect(result.spelling == "TÜRKİYE")
        #expect(result.fromAddress)
        #expect(result.changes.map(\.description) == [#"$.exhibitor[3].address: no country given; the address names TR ("TÜRKİYE")"#])
        #expect(result.changes.first?.kind == .countryFromAddress)
    }

    @Test func theAddressTextWinsOverItsCodeAndTheDoubtIsSaid() {
        let result = resolve(address: FairAddress(text: "Terje Lovas vei 1\nGrimstad\nNorway", iso2: "GB"))
        #expect(result.code == "NO")
        #expect(result.changes.first?.message.hasSuffix("though its iso2 says GB") == true)
    }

    @Test func aStreetAloneLeavesTheCodeOfTheAddress() {
        let result = resolve(address: FairAddress(text: "32 rue Jacobi Netter", iso2: "fr "))
        #expect(result.code == "FR")
        #expect(result.spelling == nil, "a street is not a spelling of the country")
        #expect(result.unknownText == nil)
        #expect(result.changes.map(\.description) == ["$.exhibitor[3].address.iso2: no country given; kept the address's code FR"])
    }

    @Test func withoutReportingTheSameCountryAndNoMessages() {
        for address in [FairAddress(text: "Terje Lovas vei 1\nGrimstad\nNorway", iso2: "GB"), FairAddress(text: "32 rue Jacobi Netter", iso2: "FR"),
                        FairAddress(text: "Unit 4")] {
            var reported = resolve(address: address)
            reported.changes = []
            #expect(CountryResolver.resolve(address: address, at: .root, reporting: false) == reported, "\(address)")
        }
    }

    @Test func anAddressWithoutACountryGivesNothingNotEvenText() {
        for address in [FairAddress(text: "Unit 4, Business Park"), FairAddress(text: "Somewhere", iso2: "XX"), FairAddress()] {
            let result = resolve(address: address)
            #expect(result == CountryResolver.Resolution(), "\(address)")
        }
    }
}
