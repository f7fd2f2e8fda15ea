import GuideFairs
import Testing

/// The real ADEX 2022 and ADEX 2024 lists (CAAT/Omega samples) through the matching and history.
/// The figures are pinned: a change to the rule shows here as a changed count, to be explained.
@Suite(.enabled(if: CAATSamples.isAvailable, "the CAAT samples (../shared/data/caat) are not next to this checkout"))
struct ADEXSampleTests {
    static let matching: ExhibitorMatching = {
        let editions = try! ["adex-2024.json", "adex-2022.json"].map(CAATSamples.edition)
        return ExhibitorMatching(editions: editions)
    }()

    @Test func countsPerEdition() throws {
        let history = try #require(Self.matching.history(ofSeries: "ADEX"))
        #expect(history.editions.map(\.editionID) == ["adex-2022", "adex-2024"])
        let (adex2022, adex2024) = (history.editions[0], history.editions[1])
        #expect(adex2022.entryCount == 149)
        #expect(adex2022.companies.count == 149)
        #expect(adex2024.entryCount == 201)
        // 193 distinct in the project's hand count (facts F-036), which also drops the heading "MEDIA".
        #expect(adex2024.companies.count == 194)
        #expect(adex2024.new.count == 146)
        #expect(adex2024.notReturning.count == 101)
    }

    /// 48 ADEX 2024 companies were at ADEX 2022: 33 exactly, 2 with a legal form dropped, 9 by a
    /// brand word, 1 by an acronym, 3 fuzzily.
    @Test func returningFromADEX2022ByTier() throws {
        let adex2024 = try #require(Self.matching.history(ofSeries: "ADEX")).editions[1]
        #expect(adex2024.returningFromPrevious.count == 48)
        #expect(adex2024.returningFromPreviousByKind == [.exact: 33, .legalFormIgnored: 2, .brandWord: 9, .acronym: 1, .fuzzy: 3])
        let byKind = Dictionary(grouping: adex2024.returningFromPrevious) {
            Self.matching.linkKind(of: $0, between: "adex-2022", and: "adex-2024")!
        }
        #expect(byKind[.legalFormIgnored]?.map(\.rawValue).sorted() == ["makine ve kimya endustrisi mke", "ojsc orsha aircraft repair plant"])
        #expect(byKind[.fuzzy]?.map(\.rawValue).sorted() == [
            "isbir elektrik san as", "ministry of defence industry of azerbaijan republic", "pakistan aeronautical complex",
        ])
        // Respellings the exact tier absorbs: quotes, escaped quotes, & for AND.
        for name in [#"JSC "CONCERN " KALASHNIKOV""#, #"JSC "558 AIRCRAFT REPAIR PLANT""#, "GLOBAL INDUSTRIAL & DEFENCE SOLUTIONS (GIDS)", "ASELSAN"] {
            let company = try #require(Self.matching.companies.first { $0.listings.contains { $0.editionID == "adex-2024" && $0.name == name } })
            #expect(byKind[.exact]?.contains(company.id) == true, "\(name)")
        }
    }

    /// The seven double spellings of the 2024 list, the same seven the project merged by hand
    /// (the bundled data's alternative names).
    @Test func doubleSpellingsWithinADEX2024() {
        let doubles = Self.matching.companies
            .filter { company in company.listings.filter { $0.editionID == "adex-2024" }.count > 1 }
            .map { $0.listings.filter { $0.editionID == "adex-2024" }.map(\.name).sorted() }
        #expect(doubles == [
            [#""AZERSILAH" DEFENSE INDUSTRY HOLDING - CLOSED JOINT STOCK COMPANY"#, #""AZERSILAH" DEFENSE İNDUSTRY HOLDING" - CLOSED JOINT STOCK COMPANY"#],
            ["DEFENSE HERE", "DEFENSEHERE"],
            ["ELBIT SYSTEMS", "ELBIT SYSTEMS LTD"],
            ["MINISTRY OF DEFENSE OF THE REPUBLIC OF AZERBAIJAN", "MINISTRY OF THE DEFENSE OF THE REPUBLIC OF AZERBAIJAN"],
            ["SUMGAYİT TECHNOLOGİES PARK LLC", "SUMQAYIT TECHNOLOGIES PARK"],
            ["TURKISH AEROSPACE INDUSTRIES - TAI", "TURKISH AEROSPACE INDUSTRIES INC."],
            ["UVISION AIR LTD", "UVISION AIR LTD."],
        ])
    }

    /// The brand words and the acronym that tie ADEX 2024 companies to ADEX 2022 ones, all certain
    /// (the countries agree): each a careful reader's match.
    @Test func brandWordAndAcronymLinks() throws {
        let adex2024 = try #require(Self.matching.history(ofSeries: "ADEX")).editions[1]
        let links = adex2024.returningFromPrevious.compactMap { id -> String? in
            guard let evidence = Self.matching.linkEvidence(of: id, between: "adex-2022", and: "adex-2024"),
                  evidence.kind == .brandWord || evidence.kind == .acronym else { return nil }
            return evidence.description
        }.sorted()
        #expect(links == [
            "certain: acronym HTR", "certain: brand word AZERSUN", "certain: brand word CANIK", "certain: brand word MILSOFT",
            "certain: brand word OTOKAR", "certain: brand word RAFAEL", "certain: brand word SARSILMAZ", "certain: brand word SIMSOFT",
            "certain: brand word TARGET", "certain: brand word TITRA",
        ])
    }

    /// Names that share words across the two lists but are kept apart: HAVELSAN is listed in 2024
    /// next to HTR, its subsidiary, which the 2022 name is (by its acronym).
    @Test(arguments: [
        ("TURKISH AEROSPACE", "TURKISH AEROSPACE INDUSTRIES INC."),
        ("HAVELSAN TEKNOLOJI RADAR (HTR) SANAYI VE ANONIM ŞIRKETI", "HAVELSAN"), ("MIILUX OY", "MIILUX YUKSEK MUKAVEMETLI CELIK URETIM A.S."),
        ("BLG", "BLG DEFENCE"), ("TRABZON GUN INDUSTRY CORP.", "TRABZON SILAH SANAYI A.Ş."),
    ])
    func nearMissesStayApart(_ name2022: String, _ name2024: String) {
        let a = Self.matching.companies.first { $0.listings.contains { $0.editionID == "adex-2022" && $0.name == name2022 } }
        let b = Self.matching.companies.first { $0.listings.contains { $0.editionID == "adex-2024" && $0.name == name2024 } }
        #expect(a != nil && b != nil)
        #expect(a?.id != b?.id)
    }

    @Test func countriesOfADEX2024() throws {
        let adex2024 = try #require(Self.matching.history(ofSeries: "ADEX")).editions[1]
        // The project's hand counts of distinct entries (facts F-049, F-051, F-098, F-102, F-112).
        #expect(adex2024.topCountries(5) == [
            CountryCount(.country("TR"), count: 53), CountryCount(.country("AZ"), count: 44), CountryCount(.country("CN"), count: 18),
            CountryCount(.country("RU"), count: 13), CountryCount(.country("IL"), count: 10),
            CountryCount(.otherCountries(19), count: 54), CountryCount(.unknown, count: 2),
        ])
    }
}
