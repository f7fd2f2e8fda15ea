import Foundation
import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// Every shape the dataset gives a field (the table in data/caat/README.md), at fair and at
/// exhibitor level, read in both modes: a usual shape is read without a word, an unusual one is
/// read and listed as an oddity (lenient) or refuses the file with the same line (strict).
struct FairReadingShapeTests {
    static let file = "adex-2024.json"

    struct Shape: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: @Sendable (JSONValue) -> JSONValue
        /// What the fair read must hold.
        var check: @Sendable (Fair) -> Bool
        /// The oddity lines (none for a usual shape).
        var oddities: [String] = []
        var testDescription: String { name }
    }

    static func fair(_ key: String, _ value: JSONValue) -> @Sendable (JSONValue) -> JSONValue {
        { $0.setting([.key(key)], to: value) }
    }

    static func entry(_ key: String, _ value: JSONValue) -> @Sendable (JSONValue) -> JSONValue {
        { $0.setting([.key("exhibitor"), .index(3), .key(key)], to: value) }
    }

    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(members.map { JSONMember(key: $0.0, value: $0.1) })
    }

    static let country = object([("text", .string("Türkiye")), ("iso2", .string("TR"))])
    static let address = object([("text", .string("Baku Expo Center\nBaku\nAzerbaijan")), ("iso2", .string("AZ"))])
    static let social = object([("platform", .string("x")), ("url", .string("https://x.example/adex"))])
    static let organiser = object([("name", .string("Fair Organiser LLC"))])
    static let entryPath = "\(file):$.exhibitor[3]"

    static let shapes: [Shape] = [
        // The fair's own fields.
        Shape(name: "fair website string", edit: fair("website", .string("https://a.example")),
              check: { $0.website == "https://a.example" && $0.otherWebsites.isEmpty }),
        Shape(name: "fair website list", edit: fair("website", .array([.string("https://a.example"), .string("https://b.example")])),
              check: { $0.website == "https://a.example" && $0.otherWebsites == ["https://b.example"] },
              oddities: ["\(file):$.website: 2 websites: the first is the website, 1 kept as another website"]),
        Shape(name: "fair address object", edit: fair("address", address), check: { $0.address?.iso2 == "AZ" }),
        Shape(name: "fair address string", edit: fair("address", .string("Baku Expo Center")), check: { $0.address == FairAddress(text: "Baku Expo Center") }),
        Shape(name: "fair address list", edit: fair("address", .array([.string("Baku Expo Center"), address])),
              check: { $0.address == FairAddress(text: "Baku Expo Center") },
              oddities: ["\(file):$.address: 2 addresses: the first is used, the others are not carried over (\"Baku Expo Center\\u{A}Baku\\u{A}Azerbaijan\")"]),
        Shape(name: "fair alias list", edit: fair("alias", .array([.string("ADEX"), .string("Azerbaijan Defence")])), check: { $0.aliases == .many(["ADEX", "Azerbaijan Defence"]) }),
        Shape(name: "fair alias string", edit: fair("alias", .string("ADEX")), check: { $0.aliases == .one("ADEX") }),
        Shape(name: "fair country string", edit: fair("country", .string("Azerbaijan")), check: { $0.country == .one(FairCountry(text: "Azerbaijan")) }),
        Shape(name: "fair country object", edit: fair("country", country), check: { $0.country == .one(FairCountry(text: "Türkiye", iso2: "TR")) }),
        Shape(name: "fair country list", edit: fair("country", .array([.string("Azerbaijan"), country])),
              check: { $0.country == .many([FairCountry(text: "Azerbaijan"), FairCountry(text: "Türkiye", iso2: "TR")]) }),
        Shape(name: "fair organiser object", edit: fair("organiser", organiser), check: { $0.organisers.map(\.name) == ["Fair Organiser LLC"] }),
        Shape(name: "fair organiser list", edit: fair("organiser", .array([organiser, organiser])), check: { $0.organisers.count == 2 }),
        Shape(name: "fair social list", edit: fair("social", .array([social])), check: { $0.social.map(\.url) == ["https://x.example/adex"] }),
        Shape(name: "fair social object", edit: fair("social", social), check: { $0.social.map(\.platform) == ["x"] }),
        Shape(name: "fair delegation list", edit: fair("delegation", .array([.string("Pakistan")])), check: { $0.delegations == [Delegation(name: "Pakistan")] }),
        Shape(name: "fair approxDate beside exact dates", edit: fair("approxDate", .string("2024")),
              check: { $0.approxDate == "2024" && $0.approximateDate == nil && $0.startDate != nil }),
        // The exhibitor's fields.
        Shape(name: "exhibitor country object", edit: entry("country", country), check: { $0.exhibitors[3].country == .one(FairCountry(text: "Türkiye", iso2: "TR")) }),
        Shape(name: "exhibitor country string", edit: entry("country", .string("TÜRKİYE")), check: { $0.exhibitors[3].country == .one(FairCountry(text: "TÜRKİYE")) }),
        Shape(name: "exhibitor country list", edit: entry("country", .array([country, .string("FRANCE")])),
              check: { $0.exhibitors[3].country == .many([FairCountry(text: "Türkiye", iso2: "TR"), FairCountry(text: "FRANCE")]) }),
        Shape(name: "exhibitor website string", edit: entry("website", .string("https://acme.example")),
              check: { $0.exhibitors[3].website == "https://acme.example" && $0.exhibitors[3].otherWebsites.isEmpty }),
        Shape(name: "exhibitor website list", edit: entry("website", .array([.string("https://acme.example"), .string("https://acme.example/tr"), .string("https://acme2.example")])),
              check: { $0.exhibitors[3].website == "https://acme.example" && $0.exhibitors[3].otherWebsites == ["https://acme.example/tr", "https://acme2.example"] },
              oddities: ["\(entryPath).website: 3 websites: the first is the website, 2 kept as other websites"]),
        Shape(name: "exhibitor website list of one", edit: entry("website", .array([.string("https://acme.example")])),
              check: { $0.exhibitors[3].website == "https://acme.example" },
              oddities: ["\(entryPath).website: a list of one website: read as the website"]),
        Shape(name: "exhibitor address object", edit: entry("address", address), check: { $0.exhibitors[3].address?.iso2 == "AZ" }),
        Shape(name: "exhibitor address string", edit: entry("address", .string("1 Main St, Ankara")), check: { $0.exhibitors[3].address == FairAddress(text: "1 Main St, Ankara") }),
        Shape(name: "exhibitor address list", edit: entry("address", .array([address, .string("Ankara")])),
              check: { $0.exhibitors[3].address?.iso2 == "AZ" },
              oddities: ["\(entryPath).address: 2 addresses: the first is used, the others are not carried over (\"Ankara\")"]),
        Shape(name: "exhibitor alias string", edit: entry("alias", .string("ACME")), check: { $0.exhibitors[3].aliases == .one("ACME") }),
        Shape(name: "exhibitor alias list", edit: entry("alias", .array([.string("ACME"), .string("ACME LTD")])), check: { $0.exhibitors[3].aliases == .many(["ACME", "ACME LTD"]) }),
        Shape(name: "exhibitor category list", edit: entry("category", .array([.string("Radar")])), check: { $0.exhibitors[3].category == .many(["Radar"]) }),
        Shape(name: "exhibitor category string", edit: entry("category", .string("Radar")), check: { $0.exhibitors[3].category == .one("Radar") }),
        Shape(name: "exhibitor social list", edit: entry("social", .array([social])), check: { $0.exhibitors[3].social.count == 1 }),
        Shape(name: "exhibitor social object", edit: entry("social", social), check: { $0.exhibitors[3].social.count == 1 }),
        Shape(name: "exhibitor telephone string", edit: entry("telephone", .string("+994 12 000")), check: { $0.exhibitors[3].telephone == .one("+994 12 000") }),
        Shape(name: "exhibitor telephone list", edit: entry("telephone", .array([.string("+994 12 000"), .string("+994 12 001")])), check: { $0.exhibitors[3].telephone?.values.count == 2 }),
        Shape(name: "exhibitor email string", edit: entry("email", .string("info@acme.example")), check: { $0.exhibitors[3].email == .one("info@acme.example") }),
        Shape(name: "exhibitor exhibitorUrl string", edit: entry("exhibitorUrl", .string("https://adex.az/e/3")), check: { $0.exhibitors[3].exhibitorURL == "https://adex.az/e/3" }),
        Shape(name: "exhibitor exhibitorUrl list", edit: entry("exhibitorUrl", .array([.string("https://adex.az/e/3"), .string("https://adex.az/e/4")])),
              check: { $0.exhibitors[3].exhibitorURL == "https://adex.az/e/3" },
              oddities: ["\(entryPath).exhibitorUrl: 2 values where one is expected: the first is used, the others left out (\"https://adex.az/e/4\")"]),
        Shape(name: "exhibitor entry as a string", edit: { $0.setting([.key("exhibitor"), .index(3)], to: .string("ACME DEFENCE")) },
              check: { $0.exhibitors[3].name == "ACME DEFENCE" && $0.exhibitors.count == 201 },
              oddities: ["\(entryPath): an entry given as a string: read as the exhibitor's name"]),
    ]

    @Test(arguments: shapes)
    func everyShapeIsReadAndOnlyTheUnusualOnesAreReported(_ shape: Shape) throws {
        let document = shape.edit(try FairReaderTests.fixtureDocument())
        let reading = try FairReader.read(document: document, fileName: Self.file)
        #expect(shape.check(reading.fair))
        #expect(reading.oddities.lines(file: Self.file) == shape.oddities)
        // Strictly, a usual shape reads the same; an unusual one refuses the file with its line.
        let problems = FairReaderTests.problems(document, mode: .strict)
        #expect(problems == shape.oddities)
        if shape.oddities.isEmpty {
            #expect(try FairReader.read(document: document, fileName: Self.file, mode: .strict) == reading)
        }
    }

    /// Every kind of JSON value as an exhibitor entry: an object is read, a string is a name,
    /// anything else is left out and reported; the other entries are all kept.
    @Test(arguments: [JSONValue.number(42), .bool(true), .null, .array([.string("ACME")]), .string("ACME"), .object([])])
    func anEntryOfAnyJSONTypeLeavesTheOthersAlone(_ value: JSONValue) throws {
        let document = try FairReaderTests.fixtureDocument().setting([.key("exhibitor"), .index(3)], to: value)
        let reading = try FairReader.read(document: document, fileName: Self.file)
        let kept: Bool = switch value {
        case .string, .object: true
        default: false
        }
        #expect(reading.fair.exhibitors.count == (kept ? 201 : 200))
        #expect(reading.fair.exhibitors.map(\.index).contains(3) == kept)
        let lines = reading.oddities.lines(file: Self.file)
        if case .object = value { #expect(lines.isEmpty) } else { #expect(lines.count == 1 && lines[0].hasPrefix("\(Self.entryPath): ")) }
    }

    // MARK: - End before start

    struct Dates: CustomTestStringConvertible, Sendable {
        var start: String
        var end: String
        var read: (String, String)
        var done: String
        var testDescription: String { "\(start) to \(end)" }
    }

    static let endsBeforeStarts: [Dates] = [
        Dates(start: "2019-09-24", end: "2018-09-26", read: ("2019-09-24", "2019-09-26"), done: "read as 2019-09-26, in the start's year"),
        Dates(start: "2021-02-27", end: "2020-02-29", read: ("2020-02-27", "2020-02-29"), done: "the start read as 2020-02-27, in the end's year"),
        Dates(start: "2024-09-26", end: "2024-09-24", read: ("2024-09-24", "2024-09-26"), done: "the two swapped, 2024-09-24 to 2024-09-26"),
        Dates(start: "2024-09-24", end: "2023-01-01", read: ("2024-09-24", "2024-09-24"),
              done: "no reading gives a fair of at most 31 days; read as a one-day fair on 2024-09-24"),
    ]

    @Test(arguments: endsBeforeStarts)
    func anEndBeforeTheStartIsCorrectedTheOneClearWay(_ dates: Dates) throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("startDate")], to: .string(dates.start)).setting([.key("endDate")], to: .string(dates.end))
        let reading = try FairReader.read(document: document, fileName: Self.file)
        #expect(reading.fair.startDate == LocalDate(iso: dates.read.0))
        #expect(reading.fair.endDate == LocalDate(iso: dates.read.1))
        let line = "\(Self.file):$.endDate: the end date \(dates.end) is before the start date \(dates.start): \(dates.done)"
        #expect(reading.oddities.lines(file: Self.file) == [line])
        #expect(FairReaderTests.problems(document, mode: .strict) == [line])
        // The converter never sees an end before the start: the show has the corrected days.
        let catalog = try DataFileLoader.catalog(from: FairConverter.convert(reading, fileName: Self.file), fileName: Self.file)
        #expect(catalog.shows.first.map { ($0.firstDay.description, $0.lastDay.description) } ?? ("", "") == dates.read)
    }

    // MARK: - Approximate dates

    struct Approximate: CustomTestStringConvertible, Sendable {
        var text: String
        var date: ApproximateDate?
        var oddities: [String]
        var testDescription: String { "approxDate \"\(text)\"" }
    }

    static let approximateDates: [Approximate] = [
        Approximate(text: "2004", date: ApproximateDate(year: 2004), oddities: []),
        Approximate(text: "2011-05", date: ApproximateDate(year: 2011, month: 5), oddities: []),
        Approximate(text: "2011-05-17", date: ApproximateDate(year: 2011, month: 5, day: 17), oddities: []),
        Approximate(text: " 2004 ", date: ApproximateDate(year: 2004), oddities: []),
        Approximate(text: "2008 (spring)", date: ApproximateDate(year: 2008),
                    oddities: [#"adex-2024.json:$.approxDate: approximate date "2008 (spring)" is not YYYY, YYYY-MM or YYYY-MM-DD: dated to its year, 2008"#]),
        Approximate(text: "2011-13", date: ApproximateDate(year: 2011),
                    oddities: [#"adex-2024.json:$.approxDate: approximate date "2011-13" is not YYYY, YYYY-MM or YYYY-MM-DD: dated to its year, 2011"#]),
        Approximate(text: "spring", date: ApproximateDate(year: 2024), oddities: [
            #"adex-2024.json:$.approxDate: approximate date "spring" names no year: kept as written, not used as a date"#,
            "adex-2024.json:$.edition: no date: the fair is dated approximately to its edition's year, 2024",
        ]),
        Approximate(text: "", date: ApproximateDate(year: 2024), oddities: [
            #"adex-2024.json:$.approxDate: approximate date "" names no year: kept as written, not used as a date"#,
            "adex-2024.json:$.edition: no date: the fair is dated approximately to its edition's year, 2024",
        ]),
        Approximate(text: "20041", date: ApproximateDate(year: 2024), oddities: [
            #"adex-2024.json:$.approxDate: approximate date "20041" names no year: kept as written, not used as a date"#,
            "adex-2024.json:$.edition: no date: the fair is dated approximately to its edition's year, 2024",
        ]),
    ]

    @Test(arguments: approximateDates)
    func anApproximateDateIsReadInEachFormAndJunkIsReported(_ testCase: Approximate) throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("startDate")], to: nil).setting([.key("endDate")], to: nil)
            .setting([.key("approxDate")], to: .string(testCase.text))
        let reading = try FairReader.read(document: document, fileName: Self.file)
        #expect(reading.fair.approxDate == testCase.text)
        #expect(reading.fair.approximateDate == testCase.date)
        #expect(reading.oddities.lines(file: Self.file) == testCase.oddities)
        #expect(FairReaderTests.problems(document, mode: .strict) == testCase.oddities)
        // It converts: a show dated approximately, which the adex-guide/1 loader reads back.
        let catalog = try DataFileLoader.catalog(from: FairConverter.convert(reading, fileName: Self.file), fileName: Self.file)
        #expect(catalog.shows.first?.approximateDate == testCase.date)
    }

    /// Dates written with a time are their day; a start or end given only as a year or a month
    /// dates the fair approximately to it (when no `approxDate` says more).
    @Test(arguments: [
        ("2024-09-24T00:00:00", "2024-09-26 10:00", "2024-09-24", "2024-09-26", nil as String?),
        ("2024-09", nil, nil, nil, "2024-09"),
        ("2024", "2024", nil, nil, "2024"),
        (nil, "2024-09", nil, nil, "2024-09"),
    ] as [(String?, String?, String?, String?, String?)])
    func datesWithATimeOrWithoutADayAreRead(_ start: String?, _ end: String?, _ first: String?, _ last: String?, _ approximate: String?) throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("startDate")], to: start.map(JSONValue.string))
            .setting([.key("endDate")], to: end.map(JSONValue.string))
        let reading = try FairReader.read(document: document, fileName: Self.file)
        #expect(reading.fair.startDate?.description == first)
        #expect(reading.fair.endDate?.description == last)
        #expect(reading.fair.approximateDate?.description == approximate)
        #expect(!reading.oddities.isEmpty)
        #expect(!FairReaderTests.problems(document, mode: .strict).isEmpty)
    }

    // MARK: - Delegations

    @Test func delegationsOfEveryShapeAreReadAndCarriedToTheShow() throws {
        let delegations: JSONValue = .array([
            .string("Pakistan Navy"),
            Self.object([("name", .string("Ministry of Defence")), ("country", Self.country)]),
            Self.object([("text", .string("Army")), ("iso2", .string("FR"))]),
            Self.object([("title", .string("Air Force")), ("country", .string("ITALY"))]),
            Self.object([("country", .string("Germany"))]),
            Self.object([("country", .array([.string("Spain")]))]),
            Self.object([("country", .string("Atlantis"))]),
            Self.object([]),
            .number(42),
            .string("  "),
            .null,
        ])
        let document = try FairReaderTests.fixtureDocument().setting([.key("delegation")], to: delegations)
        let reading = try FairReader.read(document: document, fileName: Self.file)
        let expected = [
            Delegation(name: "Pakistan Navy"),
            Delegation(name: "Ministry of Defence", country: "TR"),
            Delegation(name: "Army", country: "FR"),
            Delegation(name: "Air Force", country: "IT"),
            Delegation(name: "Germany", country: "DE"),
            Delegation(name: "Spain", country: "ES"),
            Delegation(name: "Atlantis"),
        ]
        #expect(reading.fair.delegations == expected)
        #expect(reading.oddities.lines(file: Self.file) == [
            "\(Self.file):$.delegation[7]: a delegation with neither a name nor a country; left out",
            "\(Self.file):$.delegation[8]: expected a string or an object (a delegation), found the number 42; left out",
            "\(Self.file):$.delegation[9]: a blank delegation; left out",
        ])
        #expect(FairReaderTests.problems(document, mode: .strict).count == 3)
        let conversion = try FairConverter.convert(reading, fileName: Self.file)
        let catalog = try DataFileLoader.catalog(from: conversion, fileName: Self.file)
        #expect(catalog.shows.first?.delegations == expected)
        // A delegation's country is in the countries list like an exhibitor's.
        #expect(catalog.countries.contains { $0.code == "DE" })
        #expect(!conversion.report.changes.contains { $0.description.contains("delegation") })
        // One delegation outside a list is a list of one.
        let single = try FairReader.read(document: try FairReaderTests.fixtureDocument().setting([.key("delegation")], to: .string("Navy")), fileName: Self.file)
        #expect(single.fair.delegations == [Delegation(name: "Navy")])
        #expect(single.oddities.lines(file: Self.file) == ["\(Self.file):$.delegation: one delegation given outside a list: read as a list of one"])
    }

    // MARK: - Into both outputs

    /// A name as the converter cleans it (whitespace trimmed and collapsed).
    static func cleaned(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Every website of a fair and of an entry reaches the converted document (exhibitors merged
    /// from several spellings keep all of theirs) and the catalogue loaded from it.
    @Test func otherWebsitesReachTheShowAndTheExhibitor() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("website")], to: .array([.string("https://adex.az"), .string(" https://adex.az/en "), .string("https://adex.az")]))
            .setting([.key("exhibitor"), .index(3), .key("website")], to: .array([.string("https://acme.example"), .string("https://acme-defence.example")]))
        let conversion = try FairConverter.convert(FairReader.read(document: document, fileName: Self.file), fileName: Self.file)
        let catalog = try DataFileLoader.catalog(from: conversion, fileName: Self.file)
        #expect(catalog.shows.first?.website == "https://adex.az")
        #expect(catalog.shows.first?.otherWebsites == ["https://adex.az/en"])
        let name = try #require(try FairReader.read(document: document, fileName: Self.file).fair.exhibitors[3].name)
        let exhibitor = try #require(catalog.exhibitors.first { $0.name == Self.cleaned(name) })
        #expect(exhibitor.website == "https://acme.example")
        #expect(exhibitor.otherWebsites == ["https://acme-defence.example"])
    }
}
