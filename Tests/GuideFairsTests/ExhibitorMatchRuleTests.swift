@testable import GuideFairs
import Testing

/// The matching rule pinned down, pair by pair: real respellings and near misses between the
/// ADEX 2022 and ADEX 2024 lists (and duplicates within ADEX 2024), the brief's examples, and the
/// rule's edges. Every row is also run through `ExhibitorMatching` (one entry in each of two
/// editions), so the hashed grouping and the pairwise rule cannot drift apart.
struct ExhibitorMatchRuleTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let nameA: String
        let countryA: String?
        let nameB: String
        let countryB: String?
        let expected: ExhibitorMatchKind?
        let why: String

        init(_ nameA: String, _ countryA: String?, _ nameB: String, _ countryB: String?, _ expected: ExhibitorMatchKind?, _ why: String) {
            (self.nameA, self.countryA, self.nameB, self.countryB, self.expected, self.why) = (nameA, countryA, nameB, countryB, expected, why)
        }

        var testDescription: String { "\(nameA) [\(countryA ?? "-")] / \(nameB) [\(countryB ?? "-")]: \(why)" }
    }

    static let rows: [Row] = [
        // Real pairs, ADEX 2022 (left) and ADEX 2024 (right).
        Row("ELBIT SYSTEMS LTD", "IL", "ELBIT SYSTEMS LTD", "IL", .exact, "listed alike"),
        Row("ELBIT SYSTEMS LTD", "IL", "ELBIT SYSTEMS", "IL", .legalFormIgnored, "LTD dropped"),
        Row("JSC CONCERN KALASHNIKOV", "RU", #"JSC "CONCERN " KALASHNIKOV""#, "RU", .exact, "stray quotes"),
        Row(#"JSC \"558 AIRCRAFT REPAIR PLANT\""#, "BY", #"JSC "558 AIRCRAFT REPAIR PLANT""#, "BY", .exact, "escaped quotes in the 2022 copy"),
        Row("JSC KB RADAR", "BY", #"JSC "KB RADAR""#, "BY", .exact, "quotes"),
        Row("ORSHA AIRCRAFT REPAIR PLANT OJSC", "BY", #"OJSC "ORSHA AIRCRAFT REPAIR PLANT""#, "BY", .legalFormIgnored, "legal form moved to the front"),
        Row("GLOBAL INDUSTRIAL AND DEFENCE SOLUTIONS (GIDS)", "PK", "GLOBAL INDUSTRIAL & DEFENCE SOLUTIONS (GIDS)", "PK", .exact, "& is and"),
        Row("MAKINE VE KIMYA ENDUSTRISI (MKE) INC.", "TR", "MAKINE VE KIMYA ENDUSTRISI (MKE)", "TR", .legalFormIgnored, "INC. dropped"),
        Row("ISBIR ELEKTRIK SAN AS", "TR", "ISHBIR ELEKTRIK SAN AS", "TR", .fuzzy, "one letter added to a long word"),
        Row("PAKISTAN AERONAUTICAL COMPLEX (PAC)", "PK", "PAKISTAN AERONAUTICAL COMPLEX", "PK", .fuzzy, "the name's own acronym"),
        Row("ASELSAN", "TR", "ASELSAN", "AZ", .exact, "countries never block an exact match"),
        Row("MINISTRY OF DEFENCE INDUSTRY OF AZERBAIJAN REPUBLIC", "AZ", "MINISTRY OF DEFENCE INDUSTRY OF THE REPUBLIC OF AZERBAIJAN", "AZ", .fuzzy, "same words, other order"),
        Row("TURKISH AEROSPACE", "TR", "TURKISH AEROSPACE INDUSTRIES INC.", "TR", nil, "a word more is another name"),
        Row("RAFAEL", "IL", "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", "IL", .brandWord, "the brand word is the whole short name"),
        Row("OTOKAR", "TR", "OTOKAR OTOMOTIV VE SAVUNMA SANAYI", "TR", .brandWord, "the brand word is the whole short name"),
        Row("SARSILMAZ", "TR", "SARSILMAZ SILAH SANAYI A.S.", "TR", .brandWord, "SILAH SANAYI is more than a legal form, SARSILMAZ a brand"),
        Row("TRABZON GUN INDUSTRY CORP.", "TR", "TRABZON SILAH SANAYI A.Ş.", "TR", nil, "translated, not respelled"),
        Row("HAVELSAN TEKNOLOJI RADAR (HTR) SANAYI VE ANONIM ŞIRKETI", "TR", "HTR", "TR", .acronym, "the name gives HTR in brackets"),
        Row("BLG", "TR", "BLG DEFENCE", "TR", nil, "a generic word more"),
        Row("MIILUX OY", "FI", "MIILUX YUKSEK MUKAVEMETLI CELIK URETIM A.S.", "TR", nil, "a shared first word"),
        Row("AGAT - CONTROL SYSTEMS - MANAGING COMPANY OF GEOINFORMATION CONTROL SYSTEMS HOLDING, JOINT STOCK COMPANY", "BY",
            "AGAT - CONTROL SYSTEMS", "BY", nil, "a shortened name"),
        // Real duplicates within ADEX 2024.
        Row(#""AZERSILAH" DEFENSE INDUSTRY HOLDING - CLOSED JOINT STOCK COMPANY"#, "AZ",
            #""AZERSILAH" DEFENSE İNDUSTRY HOLDING" - CLOSED JOINT STOCK COMPANY"#, "AZ", .exact, "dotted İ and a stray quote"),
        Row("SUMGAYİT TECHNOLOGİES PARK LLC", "AZ", "SUMQAYIT TECHNOLOGIES PARK", "AZ", .fuzzy, "g and q in a long word"),
        Row("DEFENSE HERE", "TR", "DEFENSEHERE", "TR", .fuzzy, "a space"),
        Row("DEARSAN SHIPYARD", "TR", "DESAN SHIPYARD", "TR", nil, "two shipyards, two letters apart"),
        Row("UVISION AIR LTD", "IL", "UVISION AIR LTD.", "IL", .exact, "a dot"),
        Row("TURKISH AEROSPACE INDUSTRIES - TAI", "TR", "TURKISH AEROSPACE INDUSTRIES INC.", "TR", .fuzzy, "the name's own acronym"),
        Row("IAI - ISRAEL AEROSPACE INDUSTRIES", "IL", "ISRAEL AEROSPACE INDUSTRIES", "IL", .fuzzy, "leading acronym"),
        Row("MINISTRY OF DEFENSE OF THE REPUBLIC OF AZERBAIJAN", "AZ", "MINISTRY OF THE DEFENSE OF THE REPUBLIC OF AZERBAIJAN", "AZ", .fuzzy, "a THE more"),
        Row("MINISTRY OF DEFENCE INDUSTRY OF THE REPUBLIC OF AZERBAIJAN", "AZ", "MINISTRY OF DEFENSE OF THE REPUBLIC OF AZERBAIJAN", "AZ", nil, "two ministries"),
        Row("BARZAN HOLDINGS", "QA", "BARZAN INDUSTRIAL GROUP", "QA", nil, "sister companies"),
        Row("LAHAB DEFENSE SYSTEMS", "AE", "LAHAB LIGHT AMMUNITION", "AE", nil, "sister companies"),
        Row("OPTICAL FUTURE TECHNOLOGY (YANTAI) CO., LTD", "CN", "OPTICAL FUTURE TECHNOLOGY (BEIJING) CO., LTD", "CN", nil, "a city in brackets is not noise"),
        // The brief's examples.
        Row("ASELSAN A.Ş.", "TR", "ASELSAN AS", "TR", .exact, "Ş and the dots fold away"),
        Row("Rafael Advanced Defense Systems Ltd.", "IL", "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", "IL", .exact, "case and a dot"),
        Row(#"JSC "KALASHNIKOV CONCERN""#, "RU", "KALASHNIKOV CONCERN JSC", "RU", .legalFormIgnored, "legal form at the other end"),
        Row("ASELSAN", "TR", "ASELSAN KONYA", "TR", nil, "a shared word is not a match"),
        Row("DEFENCE SYSTEMS", nil, "ELBIT DEFENCE SYSTEMS", nil, nil, "generic words never match by themselves"),
        Row("DEFENCE SYSTEMS LTD", "GB", "DEFENCE SYSTEMS GMBH", "DE", nil, "generic names match only exactly"),
        Row("DEFENCE SYSTEMS", nil, "DEFENCE SYSTEMS", nil, .exact, "but exactly they do"),
        Row("ROHDE & SCHWARZ", "DE", "Rohde and Schwarz", "DE", .exact, "& is and"),
        Row("Azərsilah", "AZ", "AZERSILAH", "AZ", .exact, "Azerbaijani ə"),
        Row("ASELSAN ELEKTRONIK SANAYI VE TICARET A.Ş.", "TR", "ASELSAN ELEKTRONIK", "TR", .legalFormIgnored, "Turkish legal form"),
        Row("BMC OTOMOTIV SAN. VE TIC. AS.", "TR", "BMC OTOMOTIV", "TR", .legalFormIgnored, "abbreviated Turkish legal form"),
        Row("THE ULYANOVSK CARTRIDGE WORKS JOINT STOCK COMPANY", "RU", "ULYANOVSK CARTRIDGE WORKS", "RU", .legalFormIgnored, "THE and a long legal form"),
        Row("SAAB AB", "SE", "SAAB", "SE", .legalFormIgnored, "AB"),
        // Countries and the fuzzy tier.
        Row("KALASHNIKOV CONCERN", "RU", "CONCERN KALASHNIKOV", "RU", .fuzzy, "same words, other order"),
        Row("KALASHNIKOV CONCERN", "RU", "CONCERN KALASHNIKOV", "US", nil, "different countries block fuzzy"),
        Row("ISBIR ELEKTRIK SAN AS", "TR", "ISHBIR ELEKTRIK SAN AS", nil, .fuzzy, "an unknown country does not block"),
        Row("ALPHA DEFENCE SYSTEMS", "GB", "ALPHA DEFENSE SYSTEMS", "GB", .fuzzy, "British and American spelling"),
        Row("ALPHA DEFENCE SYSTEMS", "GB", "ALPHA DEFENSE SYSTEMS", "US", nil, "... but not across countries"),
        Row("ELBIT SYSTEMS LTD", "IL", "ELBIT SYSTEMS", "US", .legalFormIgnored, "countries never block legal forms"),
        // Transliteration: Cyrillic and the usual romanisation variants.
        Row("РОСОБОРОНЭКСПОРТ", "RU", "ROSOBORONEXPORT", "RU", .transliteration, "Cyrillic and Latin"),
        Row("ROSOBORONEXPORT", "RU", "Rosoboroneksport", nil, .transliteration, "ks for x"),
        Row("АО РОСОБОРОНЭКСПОРТ", "RU", "ROSOBORONEKSPORT JSC", "RU", .transliteration, "legal forms in both scripts"),
        Row("ЮЖМАШ", "UA", "YUZHMASH", "UA", .transliteration, "ю as yu"),
        Row("УКРОБОРОНПРОМ", "UA", "UKROBORONPROM", nil, .transliteration, "Ukrainian"),
        Row("KHARTRON", "UA", "HARTRON", "UA", .transliteration, "kh and h"),
        Row("РОСОБОРОНЭКСПОРТ", "RU", "ROSOBORONEXPORT", "US", nil, "countries disagree"),
        Row("ЗАВОД", "RU", "ZAVOD", "RU", nil, "five letters: too short for a spelling key"),
        Row("BBT", "CA", "BTT", "CA", nil, "short names are not respelled"),
        // Acronyms the name gives.
        Row("IAI - ISRAEL AEROSPACE INDUSTRIES", "IL", "IAI", "IL", .acronym, "a leading acronym"),
        Row("MAKINE VE KIMYA ENDUSTRISI (MKE) INC.", "TR", "MKE", "TR", .acronym, "bracketed"),
        Row("MAKINE VE KIMYA ENDUSTRISI (MKE) INC.", "TR", "MKE", nil, nil, "an acronym needs the same known country: short ones recur"),
        Row("HAVELSAN TEKNOLOJI RADAR (HTR) SANAYI", "TR", "HTR", "AZ", nil, "countries disagree"),
        Row("OPTICAL FUTURE TECHNOLOGY (YANTAI) CO., LTD", "CN", "YANTAI", "CN", nil, "a bracketed city is no acronym"),
        Row("KAPPA ROCKET WORKS (KRW)", "DE", "KRW", "DE", .acronym, "initials of the name's words"),
        Row("KAPPA ROCKET WORKS (RKW)", "DE", "RKW", "DE", nil, "letters out of order are not its initials"),
        Row("KAPPA ROCKET WORKS (KRW)", "DE", "KRW SYSTEMS", "DE", nil, "an acronym with more words is another name"),
        // Brand words.
        Row("RAFAEL", nil, "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", nil, nil, "no country on either side"),
        Row("RAFAEL", nil, "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", "IL", .brandWord, "a country on one side"),
        Row("RAFAEL", "IL", "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", "US", nil, "countries disagree"),
        Row("ELBIT SYSTEMS", "IL", "ELBIT IMAGING", "IL", nil, "a shared first word of two long names"),
        Row("ELBIT", "IL", "ELBIT IMAGING", "IL", .brandWord, "but the brand alone stands for the long name"),
        Row("DEFENCE SYSTEMS LTD", nil, "DEFENCE SYSTEMS", nil, nil, "generic words only"),
        Row("GLOBAL", "GB", "GLOBAL DEFENCE TECHNOLOGIES", "GB", nil, "a generic first word"),
        Row("ALPHA", "GB", "ALPHA DEFENCE SYSTEMS", "GB", nil, "a common first word"),
        Row("BAKU", "AZ", "BAKU SHIPYARD", "AZ", nil, "a place"),
        Row("TURKISH", "TR", "TURKISH AEROSPACE", "TR", nil, "a nationality"),
        Row("ASELSAN", "TR", "ASELSAN KONYA SILAH SISTEMLERI", "TR", nil, "a place after the brand: a branch"),
        Row("KEM", "GR", "KEM ARMOUR", "GR", nil, "three letters: too short to be a brand alone"),
        Row("ZEUS", "GR", "ZEUS ARMOUR", "GR", .brandWord, "four letters"),
        // Edges of the one-edit rule and of the keys.
        Row("PLANT NO 5 OJSC", "RU", "PLANT NO 6 OJSC", "RU", nil, "digits name different plants"),
        Row("KATIM", "AE", "KATAM", "AE", nil, "short names are not respelled"),
        Row("MKE AS", "TR", "MKS AS", "TR", nil, "short names are not respelled"),
        Row("ELBIT SYSTEMS", "IL", "ELBIT SYSTEM", "IL", .fuzzy, "plural"),
        Row("LTD", nil, "LIMITED", nil, nil, "legal forms alone are nothing"),
        Row("", nil, "", nil, nil, "empty names match nothing"),
        Row("“—”", nil, "...", nil, nil, "punctuation only"),
    ]

    @Test(arguments: rows)
    func theRuleDecides(_ row: Row) {
        #expect(ExhibitorMatchRule.match(row.nameA, country: row.countryA, row.nameB, country: row.countryB) == row.expected)
        #expect(ExhibitorMatchRule.match(row.nameB, country: row.countryB, row.nameA, country: row.countryA) == row.expected, "symmetric")
    }

    @Test(arguments: rows)
    func theGroupingAgreesWithTheRule(_ row: Row) {
        let matching = ExhibitorMatching(editions: [
            EditionInput(id: "fair-1", series: "Fair", edition: "1", year: 2001, name: "Fair 1",
                         exhibitors: [EditionEntry(id: "a", name: row.nameA, country: row.countryA)]),
            EditionInput(id: "fair-2", series: "Fair", edition: "2", year: 2002, name: "Fair 2",
                         exhibitors: [EditionEntry(id: "b", name: row.nameB, country: row.countryB)]),
        ])
        let a = matching.company(ofEntry: "a", inEdition: "fair-1")!
        let b = matching.company(ofEntry: "b", inEdition: "fair-2")!
        if let expected = row.expected {
            #expect(a.id == b.id)
            #expect(matching.linkKind(of: a.id, between: "fair-1", and: "fair-2") == expected)
            #expect(matching.fairs(of: a.id).map(\.matchKind) == [expected, expected])
        } else {
            #expect(a.id != b.id)
        }
    }

    @Test func theTableIsLargeAndCoversEveryOutcome() {
        #expect(Self.rows.count >= 30)
        for kind in ExhibitorMatchKind.allCases.filter({ $0 != .website }).map(Optional.some) + [nil] {
            #expect(Self.rows.contains { $0.expected == kind })
        }
    }

    @Test func alternativeNamesMatchLikeNames() {
        let nasa2022 = EditionEntry(id: "1", name: "NATIONAL AEROCOSMIC AGENCY (NАSА)", altNames: ["NATIONAL AEROCOSMIC AGENCY (NASA)"], country: "AZ")
        let nasa = EditionEntry(id: "2", name: "National Aerocosmic Agency (NASA)", country: "AZ")
        // The 2022 name has Cyrillic А in NASA: the name matches by transliteration only, its
        // alternative name exactly.
        #expect(ExhibitorMatchRule.match(nasa2022.name, country: "AZ", nasa.name, country: "AZ") == .transliteration)
        #expect(ExhibitorMatchRule.match(nasa2022, nasa) == .exact)
    }
}

/// Evidence beyond names: websites (registrable domains, shared hosts ignored), the levels, and
/// what only the whole input can decide (a brand word standing for one company, a domain of few
/// companies, two entries of one list).
struct MatchEvidenceTests {
    struct WebsiteRow: Sendable, CustomTestStringConvertible {
        let a: EditionEntry
        let b: EditionEntry
        let expected: String?
        var testDescription: String { "\(a.name) \(a.websites) / \(b.name) \(b.websites) → \(expected ?? "no match")" }

        init(_ nameA: String, _ countryA: String?, _ siteA: String, _ nameB: String, _ countryB: String?, _ siteB: String, _ expected: String?) {
            a = EditionEntry(id: "a", name: nameA, country: countryA, websites: [siteA])
            b = EditionEntry(id: "b", name: nameB, country: countryB, websites: [siteB])
            self.expected = expected
        }
    }

    static let websiteRows: [WebsiteRow] = [
        WebsiteRow("RAFAEL ADVANCED DEFENSE SYSTEMS", "IL", "https://www.rafael.co.il/en/", "RADS LTD", "IL", "rafael.co.il",
                   "certain: same website rafael.co.il"),
        WebsiteRow("KAPPA WERKE", "DE", "HTTP://WWW.Kappa-Werke.DE:8080/index.html", "KW GMBH", "DE", "kappa-werke.de", "certain: same website kappa-werke.de"),
        WebsiteRow("KAPPA WERKE", "DE", "https://kappa-werke.de", "KW GMBH", nil, "kappa-werke.de", nil),
        WebsiteRow("KAPPA WERKE", nil, "https://kappa-werke.de", "KAPPA", nil, "kappa-werke.de", "certain: same website kappa-werke.de"),
        WebsiteRow("KAPPA UK", "GB", "https://shop.kappa.co.uk", "KAPPA DEFENCE", "GB", "www.kappa.co.uk/contact", "certain: same website kappa.co.uk"),
        WebsiteRow("ANKA SAVUNMA", "TR", "anka.com.tr", "ANKA SYSTEMS", "TR", "http://www.anka.com.tr", "certain: same website anka.com.tr"),
        WebsiteRow("KAPPA AG", "DE", "https://kappa.example", "KAPPA SANAYI", "TR", "https://www.kappa.example/tr", "probable: same website kappa.example (countries differ)"),
        WebsiteRow("ALPHA GMBH", "DE", "https://group.example", "BETA SAS", "FR", "https://group.example", nil),
        WebsiteRow("ALPHA OPTICS", "DE", "https://gmail.com", "BETA OPTRONICS", "DE", "http://www.gmail.com", nil),
        WebsiteRow("ALPHA OPTICS", "DE", "https://www.facebook.com/alpha", "BETA OPTRONICS", "DE", "https://facebook.com/beta", nil),
        WebsiteRow("ALPHA OPTICS", "DE", "https://sites.google.com/alpha", "BETA OPTRONICS", "DE", "https://sites.google.com/beta", nil),
        WebsiteRow("ALPHA OPTICS", "RU", "http://alpha.narod.ru", "BETA OPTRONICS", "RU", "http://beta.narod.ru", nil),
        WebsiteRow("ALPHA OPTICS", "RU", "https://mail.ru", "BETA OPTRONICS", "RU", "https://mail.ru", nil),
        WebsiteRow("ALPHA OPTICS", "DE", "https://alpha.example", "BETA OPTRONICS", "DE", "https://beta.example", nil),
        WebsiteRow("ALPHA OPTICS", "DE", "not a website", "BETA OPTRONICS", "DE", "not a website", nil),
    ]

    @Test(arguments: websiteRows)
    func websitesAreEvidence(_ row: WebsiteRow) {
        #expect(ExhibitorMatchRule.evidence(row.a, row.b)?.description == row.expected)
        #expect(ExhibitorMatchRule.evidence(row.b, row.a)?.description == row.expected, "symmetric")
        let matching = Self.matching([[row.a], [row.b]])
        let (a, b) = (matching.company(ofEntry: "a", inEdition: "fair-1")!, matching.company(ofEntry: "b", inEdition: "fair-2")!)
        #expect((a.id == b.id) == (row.expected != nil))
        if row.expected != nil {
            #expect(matching.linkEvidence(of: a.id, between: "fair-1", and: "fair-2")?.description == row.expected)
        }
    }

    @Test(arguments: [
        ("https://www.Rafael.co.il/en/", "rafael.co.il"), ("rafael.co.il", "rafael.co.il"), ("HTTP://RAFAEL.CO.IL:443", "rafael.co.il"),
        ("www.bae.co.uk/x?y#z", "bae.co.uk"), ("https://a.b.example.com.au/", "example.com.au"), ("http://user@www.kappa.org", "kappa.org"), ("http://host.example.org", nil),
        ("https://www.gov.az", nil), ("https://mod.gov.az", "mod.gov.az"), ("https://www.mil.tr", nil), ("https://msb.gov.tr", "msb.gov.tr"),
        ("http://рособоронэкспорт.рф", "рособоронэкспорт.рф"), ("https://x.com/company", nil), ("https://ok.ru/group", nil),
        ("https://yandex.ru", nil), ("https://vk.com/id1", nil), ("https://linktr.ee/x", nil), ("https://company.wixsite.com/site", nil),
        ("https://company.blogspot.com", nil), ("https://www.yahoo.co.uk", nil), ("", nil), ("localhost", nil), ("http://", nil),
    ] as [(String, String?)])
    func registrableDomains(_ website: String, _ expected: String?) {
        #expect(WebsiteDomain.registrable(website) == expected)
    }

    @Test func levelsAndTexts() throws {
        func evidence(_ a: String, _ countryA: String?, _ b: String, _ countryB: String?) -> String? {
            ExhibitorMatchRule.evidence(EditionEntry(id: "a", name: a, country: countryA), EditionEntry(id: "b", name: b, country: countryB))?.description
        }
        #expect(evidence("ELBIT SYSTEMS LTD", "IL", "Elbit Systems Ltd.", "IL") == "certain: same name")
        #expect(evidence("ELBIT SYSTEMS LTD", "IL", "ELBIT SYSTEMS", "US") == "certain: same name without legal form")
        #expect(evidence("RAFAEL", "IL", "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", nil) == "certain: brand word RAFAEL")
        #expect(evidence("RAFAEL", nil, "RAFAEL ADVANCED DEFENSE SYSTEMS LTD", nil) == nil)
        #expect(evidence("HAVELSAN TEKNOLOJI RADAR (HTR) SANAYI", "TR", "HTR", "TR") == "certain: acronym HTR")
        #expect(evidence("РОСОБОРОНЭКСПОРТ", "RU", "Rosoboroneksport", "RU") == "certain: same name in another spelling (transliteration)")
        #expect(evidence("KALASHNIKOV CONCERN", "RU", "CONCERN KALASHNIKOV", "RU") == "probable: same words in another order")
        #expect(evidence("ISBIR ELEKTRIK SAN AS", "TR", "ISHBIR ELEKTRIK SAN AS", "TR") == "probable: one letter apart")
        #expect(evidence("PAKISTAN AERONAUTICAL COMPLEX (PAC)", "PK", "PAKISTAN AERONAUTICAL COMPLEX", "PK") == "certain: acronym PAC"
                || evidence("PAKISTAN AERONAUTICAL COMPLEX (PAC)", "PK", "PAKISTAN AERONAUTICAL COMPLEX", "PK") == "probable: the name's own acronym added or left out")
    }

    /// "ASELSAN" next to one longer ASELSAN name is its brand; next to two, it could be either.
    @Test func aBrandWordMustStandForOneCompany() {
        let unambiguous = Self.matching([
            [EditionEntry(id: "short", name: "KESTREL", country: "TR")],
            [EditionEntry(id: "long", name: "KESTREL ELEKTRONIK SANAYI VE TICARET A.Ş.", country: "TR")],
            [EditionEntry(id: "long", name: "KESTREL ELEKTRONIK", country: nil)],
        ])
        #expect(unambiguous.company(ofEntry: "short", inEdition: "fair-1")?.id == unambiguous.company(ofEntry: "long", inEdition: "fair-2")?.id)
        let ambiguous = Self.matching([
            [EditionEntry(id: "short", name: "KESTREL", country: "TR")],
            [EditionEntry(id: "long", name: "KESTREL ELEKTRONIK", country: "TR")],
            [EditionEntry(id: "long", name: "KESTREL NETWORKS", country: "TR")],
        ])
        let short = ambiguous.company(ofEntry: "short", inEdition: "fair-1")?.id
        #expect(short != ambiguous.company(ofEntry: "long", inEdition: "fair-2")?.id)
        #expect(short != ambiguous.company(ofEntry: "long", inEdition: "fair-3")?.id)
    }

    /// A list naming the parent and its subsidiary as two entries lists two exhibitors: the brand
    /// word does not join them, even through another fair.
    @Test func twoEntriesOfOneListAreNotJoinedByABrandWord() {
        let matching = Self.matching([
            [EditionEntry(id: "parent", name: "HAVELSAN", country: "TR"), EditionEntry(id: "child", name: "HTR", country: "TR")],
            [EditionEntry(id: "long", name: "HAVELSAN TEKNOLOJI RADAR (HTR) SANAYI VE ANONIM ŞIRKETI", country: "TR")],
        ])
        let parent = matching.company(ofEntry: "parent", inEdition: "fair-1")?.id
        let child = matching.company(ofEntry: "child", inEdition: "fair-1")?.id
        #expect(child == matching.company(ofEntry: "long", inEdition: "fair-2")?.id, "HTR is the long name's acronym")
        #expect(parent != child)
    }

    /// A domain on more than three companies' entries is a group's or a host's: not evidence.
    @Test(arguments: [2, 3, 4, 6])
    func aDomainOfManyCompaniesIsNoEvidence(companies: Int) {
        let names = ["KAPPA OPTRONICS", "LAMBDA MARINE", "SIGMOID RADAR", "TAURUS ARMOUR", "OMICRON WORKS", "UPSILON DRONES"]
        // Each company twice (two fairs), so it is one company before the website counts.
        let editions = (0..<2).map { _ in
            (0..<companies).map { EditionEntry(id: "\($0)", name: names[$0], country: "DE", websites: ["https://www.group.example/\($0)"]) }
        }
        let matching = Self.matching(editions)
        #expect(matching.companies.count == (companies <= 3 ? 1 : companies))
    }

    @Test func theOrganisersSiteIsNoEvidence() {
        let entries = [EditionEntry(id: "a", name: "KAPPA OPTRONICS", country: "DE", websites: ["https://www.adex.az/exhibitors/kappa"]),
                       EditionEntry(id: "b", name: "LAMBDA MARINE", country: "DE", websites: ["https://adex.az/exhibitors/lambda"])]
        let withHosts = ExhibitorMatching(editions: [
            EditionInput(id: "fair-1", series: "Fair", edition: "1", year: 2001, name: "Fair 1", exhibitors: entries, organiserHosts: ["adex.az"]),
        ])
        #expect(withHosts.companies.count == 2)
        let without = ExhibitorMatching(editions: [EditionInput(id: "fair-1", series: "Fair", edition: "1", year: 2001, name: "Fair 1", exhibitors: entries)])
        #expect(without.companies.count == 1, "the test would pass for the wrong reason if two entries never joined on a site")
    }

    @Test(arguments: [
        ("РОСОБОРОНЭКСПОРТ", "rosoboronexport"), ("ROSOBORONEXPORT", "rosoboronexport"), ("Rosoboroneksport", "rosoboronexport"),
        ("Калашников", "kalashnikov"), ("KALASHNIKOW", "kalashnikov"), ("Khartron", "hartron"), ("ЮЖМАШ", "iuzhmash"),
        ("Yuzhmash", "iuzhmash"), ("Ижмаш", "izhmash"), ("Tsiklon", "ciklon"), ("Цитадель", "citadel"), ("Azərsilah", "azersilah"),
        ("Қазақстан", "kazaxtan"), ("Kazakhstan", "kazahstan"), ("Yermakov", "ermakov"), ("Ermakov", "ermakov"), ("Alliance", "aliance"), ("Uugwang", "uugvang"),
    ])
    func spellingKeys(_ name: String, _ expected: String) {
        #expect(NameKeys(name: name).spelling == expected)
    }

    static func matching(_ lists: [[EditionEntry]]) -> ExhibitorMatching {
        ExhibitorMatching(editions: lists.enumerated().map { index, entries in
            EditionInput(id: "fair-\(index + 1)", series: "Fair", edition: "\(index + 1)", year: 2001 + index, name: "Fair \(index + 1)", exhibitors: entries)
        })
    }
}

/// The merge lines of `convert --report` say their evidence in the matching's words.
struct MergeEvidenceTests {
    @Test(arguments: [
        ("Elbit Systems Ltd.", "ELBIT SYSTEMS LTD", "certain: same name"),
        ("ELBIT SYSTEMS", "ELBIT SYSTEMS LTD", "certain: same name without legal form"),
        ("РОСОБОРОНЭКСПОРТ АО", "ROSOBORONEKSPORT", "certain: same name in another spelling (transliteration)"),
        ("DEFENSE HERE", "DEFENSEHERE", #"certain: same name once spaces and the word "the" are ignored"#),
        ("MINISTRY OF DEFENSE OF THE REPUBLIC", "MINISTRY OF THE DEFENSE OF THE REPUBLIC", #"certain: same name once spaces and the word "the" are ignored"#),
    ])
    func mergesSayTheirEvidence(_ first: String, _ other: String, _ expected: String) {
        #expect(ExhibitorMerger.evidence(first, other) == expected)
    }
}
