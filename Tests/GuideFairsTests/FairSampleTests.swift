import Foundation
import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// Every sample of the dataset loads and converts, and a converted document, written and loaded
/// again, is the same catalogue as the fair loaded directly.
struct FairSampleTests {
    /// The copied fixtures always; the shared samples when the folder is there.
    static let samples: [String] = FairSamples.fixtureNames.map(FairSamples.fixture) + FairSamples.sharedSamples

    @Test(arguments: samples)
    func loadsConvertsAndRoundTrips(_ path: String) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let loaded = try DataFileLoader.load(contentsOf: path, displayName: name)
        #expect(loaded.format == .fairFile)
        let report = try #require(loaded.conversion)
        #expect(report.exhibitorsWritten == loaded.catalog.exhibitors.count)
        #expect(report.entriesRead >= report.exhibitorsWritten)
        #expect(loaded.catalog.exhibitors.allSatisfy { Identifiers.isValidID($0.id) })

        // Convert, write as text, load that file with the adex-guide/1 loader: the same catalogue.
        let conversion = try FairConverter.convert(FairReader.read(contentsOf: path, displayName: name), fileName: name)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = directory.appendingPathComponent(name)
        try Data(JSONWriter.write(conversion.document).utf8).write(to: written)
        let reloaded = try DataFileLoader.load(contentsOf: written.path, displayName: name)
        #expect(reloaded.format == .adexGuide)
        Self.expectSameCatalog(loaded.catalog, reloaded.catalog)
    }

    /// Fair files in the dataset's odd shapes: every website, the approximate date and the
    /// delegations survive convert -> write -> load exactly as a direct load has them, and the
    /// written document conforms to the schema.
    static let oddFairs: [(name: String, edit: @Sendable (JSONValue) -> JSONValue)] = [
        ("adex-2024.json", { $0
            .setting([.key("website")], to: .array([.string("https://adex.az"), .string("https://adex.az/ru")]))
            .setting([.key("delegation")], to: .array([.string("Navy"), .object([JSONMember(key: "country", value: .string("Germany"))])]))
            .setting([.key("exhibitor"), .index(3), .key("website")], to: .array([.string("https://acme.example"), .string("https://acme2.example")]))
            .setting([.key("exhibitor"), .index(4), .key("address")], to: .array([.string("Ankara"), .string("Izmir")]))
            .setting([.key("exhibitor"), .index(5)], to: .string("PLAIN NAME LTD"))
            .setting([.key("exhibitor"), .index(6)], to: .number(6))
            .setting([.key("endDate")], to: .string("2023-09-26")) }),
        ("adex-2004.json", { $0
            .setting([.key("startDate")], to: nil).setting([.key("endDate")], to: nil).setting([.key("exhibitor")], to: nil)
            .setting([.key("exhibitorListDate")], to: nil).setting([.key("approxDate")], to: .string("2004")) }),
        ("adex-2011.json", { $0
            .setting([.key("startDate")], to: nil).setting([.key("endDate")], to: nil)
            .setting([.key("approxDate")], to: .string("2011-05-17")) }),
    ]

    @Test(arguments: 0..<oddFairs.count)
    func anOddFairRoundTripsAndConformsToTheSchema(_ index: Int) throws {
        let (name, edit) = Self.oddFairs[index]
        let document = edit(try JSONParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: FairSamples.fixture("adex-2024.json"))))))
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fairFile = directory.appendingPathComponent(name)
        try Data(JSONWriter.write(document).utf8).write(to: fairFile)
        let loaded = try DataFileLoader.load(contentsOf: fairFile.path, displayName: name)
        #expect(loaded.conversion?.oddities.isEmpty == (index != 0))
        let conversion = try FairConverter.convert(FairReader.read(contentsOf: fairFile.path, displayName: name), fileName: name)
        let written = directory.appendingPathComponent("converted-" + name)
        try Data(JSONWriter.write(conversion.document).utf8).write(to: written)
        let reloaded = try DataFileLoader.load(contentsOf: written.path, displayName: name)
        #expect(reloaded.format == .adexGuide)
        Self.expectSameCatalog(loaded.catalog, reloaded.catalog)
        let schema = try PythonScript.run("tools/validate-schema.py", [Fixtures.path("docs/adex-guide-1.schema.json"), written.path])
        #expect(schema.status == 0, "\(schema.output)")
    }

    static func expectSameCatalog(_ a: Catalog, _ b: Catalog) {
        #expect(a.event == b.event)
        #expect(a.sources == b.sources)
        #expect(a.shows == b.shows)
        #expect(a.halls == b.halls)
        #expect(a.categories == b.categories)
        #expect(a.countries == b.countries)
        #expect(a.kinds == b.kinds)
        #expect(a.exhibitors == b.exhibitors)
        #expect(a.products == b.products)
        #expect(a.programme == b.programme)
        #expect(a.figures == b.figures)
    }

    @Test(.enabled(if: FairSamples.sharedFolder != nil, "the shared samples folder is not next to this clone"))
    func theSharedSamplesHaveTheirKnownCounts() throws {
        let folder = try #require(FairSamples.sharedFolder)
        let counts: [String: (read: Int, written: Int)] = [
            "adex-2014.json": (0, 0), "adex-2016.json": (0, 0), "adex-2018.json": (0, 0),
            "adex-2022.json": (149, 149), "adex-2024.json": (201, 196), "idef-2023.json": (716, 716),
            "dsei-2023.json": (1551, 1549), "eurosatory-2022.json": (1726, 1725), "siae-2023.json": (2495, 2490),
        ]
        for (name, expected) in counts {
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let report = try #require(try DataFileLoader.load(contentsOf: path, displayName: name).conversion)
            #expect(report.entriesRead == expected.read, "\(name)")
            #expect(report.exhibitorsWritten == expected.written, "\(name)")
        }
    }

    @Test(.enabled(if: FairSamples.sharedFolder != nil, "the shared samples folder is not next to this clone"))
    func theMessOfTheSamplesIsReported() throws {
        let folder = try #require(FairSamples.sharedFolder)
        func report(_ name: String) throws -> FairConversionReport {
            try #require(try DataFileLoader.load(contentsOf: folder.appendingPathComponent(name).path, displayName: name).conversion)
        }
        let siae = try report("siae-2023.json")
        #expect(siae.count(.countryMapped) == 475)
        #expect(siae.count(.severalCountries) == 8)
        #expect(siae.lines.contains(#"siae-2023.json:$.exhibitor[1273].country: 2 countries given (BD "13fl. Sungwoo bd", KR); kept KR, the first that names a country"#))
        let idef = try report("idef-2023.json")
        #expect(idef.lines.contains(#"idef-2023.json:$.exhibitor[3].name: "AC UNITY GORA&#381;DE" -> "AC UNITY GORAŽDE" (HTML character references decoded)"#))
        // DSEI, IDEF and the Paris Air Show list addresses, not countries: the country is read
        // from the address, so only a few exhibitors are left without one.
        let dsei = try report("dsei-2023.json")
        #expect(dsei.count(.countryFromAddress) == 1528)
        #expect(dsei.lines.contains(#"dsei-2023.json:$.exhibitor[151].address: no country given; the address names NO ("Norway"), though its iso2 says GB"#))
        #expect(idef.count(.countryFromAddress) == 567)
        #expect(idef.count(.websiteRepaired) == 165, "links to the exhibitor's site read relative to idef.com.tr/en/")
        #expect(idef.lines.contains(#"idef-2023.json:$.exhibitor[6].website: "https://idef.com.tr/en/www.airbus.com" -> "http://www.airbus.com" (a link read relative to the organiser's page)"#))
        #expect(siae.count(.countryFromAddress) == 1853)
        for (name, withCountry, all) in [("dsei-2023.json", 1536, 1549), ("idef-2023.json", 569, 716), ("siae-2023.json", 2490, 2490)] {
            let catalog = try DataFileLoader.load(contentsOf: folder.appendingPathComponent(name).path, displayName: name).catalog
            #expect(catalog.exhibitors.count == all, "\(name)")
            #expect(catalog.exhibitors.filter { $0.country != nil }.count == withCountry, "\(name)")
        }
        let eurosatory = try report("eurosatory-2022.json")
        #expect(eurosatory.count(.countryUnknown) == 3)
        #expect(eurosatory.lines.contains(#"eurosatory-2022.json:$.exhibitor[1112]: "NOVAE" is listed again (first at $.exhibitor[1111]); merged"#))
    }
}
