import Foundation
import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// Fair to `adex-guide/1`: what the document holds, what the report says, and that the guide's
/// own loader accepts it.
struct FairConverterTests {
    static func convert(_ document: JSONValue, fileName: String = "adex-2024.json") throws -> FairConversion {
        try FairConverter.convert(FairReader.read(document: document, fileName: fileName), fileName: fileName)
    }

    static func convertFixture(_ name: String) throws -> FairConversion {
        try FairConverter.convert(FairReader.read(contentsOf: FairSamples.fixture(name), displayName: name), fileName: name)
    }

    static func catalog(_ conversion: FairConversion) throws -> Catalog {
        try DataFileLoader.catalog(from: conversion, fileName: "test.json")
    }

    @Test func adex2024BecomesAnExhibitorListEvent() throws {
        let conversion = try Self.convertFixture("adex-2024.json")
        let catalog = try Self.catalog(conversion)
        #expect(catalog.event.id == "caat-adex-2024")
        #expect(catalog.event.name == "ADEX 2024")
        #expect(catalog.event.timeZoneID == "Asia/Baku")
        #expect(catalog.event.dataAsOf == LocalDate(iso: "2025-04-24"))
        #expect(catalog.event.venue.name == "Baku Expo Center")
        #expect(catalog.event.venue.latitude == 40.4398422)
        #expect(catalog.event.notice.hasPrefix("Exhibitor list only: ADEX 2024"))
        #expect(catalog.event.notice.contains("has 201 entries: 196 exhibitors after merging 5 duplicate entries"))
        #expect(catalog.event.notice.contains("Not in the data: programme, halls, stands and opening hours."))
        #expect(catalog.event.organisers.map(\.name) == ["Caspian Event Organisers LLC"])
        #expect(catalog.shows.map(\.id) == ["adex"])
        #expect(catalog.shows.first?.fullName == "5th Azerbaijan International Defence Exhibition")
        #expect(catalog.shows.first?.firstDay == LocalDate(iso: "2024-09-24"))
        #expect(catalog.halls.isEmpty && catalog.programme.isEmpty && catalog.products.isEmpty)
        #expect(catalog.exhibitors.count == 196)
        #expect(catalog.exhibitors.allSatisfy { $0.listed && $0.shows == ["adex"] && $0.kind == "not-stated" })
        #expect(catalog.categories.count == 22)
        #expect(catalog.countries.count == 24)
        #expect(Set(catalog.exhibitors.compactMap(\.country)).count == 24)
        #expect(catalog.exhibitors.filter { $0.country == nil }.count == 2)
        // Provenance: the organiser's list with its date, and the dataset.
        let list = try #require(catalog.source(id: "organiser-list"))
        #expect(list.url == "https://adex.az/en/exhibitors-list/year/2024")
        #expect(list.date == "2025-04-24")
        let dataset = try #require(catalog.source(id: "caat-dataset"))
        #expect(dataset.url == FairSource.datasetURL)
        #expect(dataset.title.contains(FairSource.datasetName))
        #expect(catalog.exhibitors.allSatisfy { $0.sources == ["organiser-list", "caat-dataset"] })
        #expect(conversion.provenance.exhibitorListDateText == "2025-04-24T10:08:28+00:00")
    }

    @Test func duplicateSpellingsAreMergedAndKept() throws {
        let catalog = try Self.catalog(try Self.convertFixture("adex-2024.json"))
        let elbit = try #require(catalog.exhibitors.first { $0.name == "ELBIT SYSTEMS" })
        #expect(elbit.id == "elbit-systems")
        #expect(elbit.altNames == ["ELBIT SYSTEMS LTD"])
        #expect(elbit.country == "IL")
        let azersilah = try #require(catalog.exhibitors.first { $0.id == "azersilah-defense-industry-holding-closed-joint-stock" })
        #expect(azersilah.altNames == ["\"AZERSILAH\" DEFENSE İNDUSTRY HOLDING\" - CLOSED JOINT STOCK COMPANY"])
        // Spellings the rule leaves apart stay two exhibitors.
        #expect(catalog.exhibitors.filter { $0.name.hasPrefix("TURKISH AEROSPACE INDUSTRIES") }.count == 2)
    }

    @Test func countriesAreCodesWithTheNamesPeopleType() throws {
        let catalog = try Self.catalog(try Self.convertFixture("adex-2024.json"))
        let turkiye = try #require(catalog.country(code: "TR"))
        #expect(turkiye.name == "Türkiye")
        #expect(turkiye.altNames.contains("Turkey"))
        #expect(catalog.country(code: "RU")?.altNames.contains("Russia") == true)
    }

    @Test func theReportListsEveryChangeWithItsPath() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(3), .key("name")], to: .string("  ADVANCED   DEFENCE\tSYSTEMS "))
            .setting([.key("exhibitor"), .index(4), .key("country")], to: .string("TURKEY"))
            .setting([.key("exhibitor"), .index(5), .key("category")], to: .string("Radar"))
            .setting([.key("exhibitor"), .index(6), .key("category")], to: .array([.string("Radar"), .string(" radar "), .string("")]))
            .setting([.key("exhibitor"), .index(7), .key("name")], to: .string(" "))
            .setting([.key("exhibitor"), .index(8), .key("country")], to: .string("EUROPEAN UNION"))
        let report = try Self.convert(document).report
        let lines = report.lines
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[3].name: "  ADVANCED   DEFENCE\u{9}SYSTEMS " -> "ADVANCED DEFENCE SYSTEMS""#))
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[4].country: "TURKEY" -> TR"#))
        #expect(lines.contains("adex-2024.json:$.exhibitor[5].category: category given as one string; read as a list of one"))
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[6].category[1]: " radar " -> "radar""#))
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[6].category[1]: "radar" repeated; left out"#))
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[6].category[2]: blank ""; left out"#) == false)
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[7].name: blank " "; left out"#))
        #expect(lines.contains("adex-2024.json:$.exhibitor[7]: a blank name; entry left out"))
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[8].country: "EUROPEAN UNION" names no country this guide knows; kept as text"#))
        #expect(lines.contains("adex-2024.json:$.address: time zone Asia/Baku, the time of Azerbaijan (AZ), the venue's country"))
        #expect(lines.last == "adex-2024.json: " + report.summary)
        #expect(report.summary.hasPrefix("201 entries read, 195 exhibitors written;"))
        // The fair's own changes come first, then each entry's in list order.
        let entries = report.changes.map(\.path.description).filter { $0.hasPrefix("$.exhibitor[") }
        let firstEntry = try #require(report.changes.firstIndex { $0.path.description.hasPrefix("$.exhibitor[") })
        #expect(report.changes[..<firstEntry].allSatisfy { !$0.path.description.hasPrefix("$.exhibitor[") })
        #expect(entries.first?.hasPrefix("$.exhibitor[1]") == true)
    }

    @Test func anUnknownCountryStaysAsText() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(8), .key("country")], to: .string("EUROPEAN UNION"))
        let catalog = try Self.catalog(try Self.convert(document))
        let exhibitor = try #require(catalog.exhibitors.first { $0.description == "Country as listed: EUROPEAN UNION" })
        #expect(exhibitor.country == nil)
    }

    @Test func controlCharactersStayInNamesButNeverReachIds() throws {
        let hostile = "\u{1B}[2J\u{7}EVIL\u{202E} CORP\u{0}"
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(9), .key("name")], to: .string(hostile))
            .setting([.key("exhibitor"), .index(10), .key("name")], to: .string("\u{1}\u{2}\u{3}"))
            .setting([.key("exhibitor"), .index(11), .key("category")], to: .array([.string("\u{1B}]0;title\u{7}")]))
        let catalog = try Self.catalog(try Self.convert(document))
        let evil = try #require(catalog.exhibitors.first { $0.name == hostile })
        #expect(evil.id == "2j-evil-corp")
        let nameless = try #require(catalog.exhibitors.first { $0.name == "\u{1}\u{2}\u{3}" })
        #expect(nameless.id == "exhibitor-11")
        #expect(catalog.exhibitors.allSatisfy { Identifiers.isValidID($0.id) })
        #expect(catalog.categories.allSatisfy { Identifiers.isValidID($0.id) })
    }

    @Test func idsAreStableAndUnique() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(20), .key("name")], to: .string("ACME"))
            .setting([.key("exhibitor"), .index(20), .key("country")], to: .string("FRANCE"))
            .setting([.key("exhibitor"), .index(21), .key("name")], to: .string("Acme"))
            .setting([.key("exhibitor"), .index(21), .key("country")], to: .string("GERMANY"))
        let first = try Self.convert(document)
        let second = try Self.convert(document)
        #expect(first.document == second.document)
        let catalog = try Self.catalog(first)
        let acmes = catalog.exhibitors.filter { $0.name.lowercased() == "acme" }.sorted { $0.id < $1.id }
        // Same name, different countries: two companies, the second numbered.
        #expect(acmes.map(\.id) == ["acme", "acme-2"])
        #expect(acmes.map(\.country) == ["FR", "DE"])
        #expect(Set(catalog.exhibitors.map(\.id)).count == catalog.exhibitors.count)
    }

    @Test func aMetadataOnlyFairSaysItHasNoList() throws {
        let conversion = try Self.convertFixture("adex-2016.json")
        let catalog = try Self.catalog(conversion)
        #expect(catalog.exhibitors.isEmpty)
        #expect(catalog.event.notice.contains("The dataset has no exhibitor list for this fair, only its name, dates and venue."))
        #expect(catalog.event.dataAsOf == LocalDate(iso: "2016-09-30"))
        #expect(conversion.report.lines.contains("adex-2016.json:$.exhibitorListDate: no list date; the data is dated to the fair's last day, 2016-09-30"))
        #expect(catalog.source(id: "organiser-list")?.url == "https://adex.az/en-content/11-2016.html")
    }

    @Test func aVenueInACountryWithSeveralTimesIsShownInUTC() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("address")], to: .object([JSONMember(key: "text", value: .string("Las Vegas Convention Center\nLas Vegas\nUSA"))]))
        let conversion = try Self.convert(document)
        let catalog = try Self.catalog(conversion)
        #expect(catalog.event.timeZoneID == "UTC")
        #expect(catalog.event.notice.contains("United States keeps more than one time and the dataset does not say which applies, so times are in UTC."))
        #expect(catalog.event.venue.name == "Las Vegas Convention Center")
        #expect(catalog.event.venue.latitude == nil)
        let noAddress = try Self.catalog(try Self.convert(try FairReaderTests.fixtureDocument().setting([.key("address")], to: nil)))
        #expect(noAddress.event.timeZoneID == "UTC")
        #expect(noAddress.event.venue.name == "not stated in the dataset")
    }

    @Test func flagsBecomeNotes() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitorListIncomplete")], to: .bool(true))
            .setting([.key("online")], to: .bool(true))
            .setting([.key("alias")], to: .array([.string("5th ADEX"), .string("ADEX-2024")]))
        let catalog = try Self.catalog(try Self.convert(document))
        #expect(catalog.event.notice.contains("The dataset marks this list as incomplete."))
        #expect(catalog.event.notes.map(\.topic) == ["Other names", "Online", "Exhibitor list incomplete"])
        #expect(catalog.event.notes.first?.text == "ADEX-2024")
        #expect(catalog.shows.first?.fullName == "5th ADEX")
    }

    @Test func aFairDatedOnlyApproximatelyBecomesAShowWithoutDays() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("startDate")], to: nil).setting([.key("endDate")], to: nil)
            .setting([.key("approxDate")], to: .string("2024-09"))
            .setting([.key("exhibitorListDate")], to: nil)
        let conversion = try Self.convert(document)
        let catalog = try Self.catalog(conversion)
        let show = try #require(catalog.shows.first)
        #expect(show.approximateDate == ApproximateDate(year: 2024, month: 9))
        #expect(show.dateLabel == "September 2024")
        #expect(show.openingHours.isEmpty)
        #expect(catalog.event.dataAsOf == LocalDate(iso: "2024-09-30"))
        #expect(conversion.report.lines.contains("adex-2024.json:$.exhibitorListDate: no list date; the data is dated to the last day the approximate date 2024-09 can mean, 2024-09-30"))
        #expect(catalog.event.notice.contains("The dataset dates this fair only approximately (September 2024); its days are not known."))
    }

    @Test func aFairWithNoDateAtAllCannotBecomeAShow() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("startDate")], to: nil).setting([.key("endDate")], to: nil).setting([.key("edition")], to: nil)
        let reading = try FairReader.read(document: document, fileName: "adex.json")
        #expect(reading.fair.approximateDate == nil)
        #expect(throws: CatalogLoadError.self) { try FairConverter.convert(reading, fileName: "adex.json") }
        // The year a file's name ends with dates it.
        let named = try FairReader.read(document: document, fileName: "data/adex-2024.json")
        #expect(named.fair.approximateDate == ApproximateDate(year: 2024))
        #expect(named.oddities.lines(file: "data/adex-2024.json") == ["data/adex-2024.json:$: no date: the fair is dated approximately to the year its file name ends with, 2024"])
        #expect(try Self.catalog(try FairConverter.convert(named, fileName: "data/adex-2024.json")).shows.first?.dateLabel == "2024")
    }

    @Test func aNamelessFairIsCalledBySeriesAndEdition() throws {
        let document = try FairReaderTests.fixtureDocument().setting([.key("name")], to: nil)
        let catalog = try Self.catalog(try Self.convert(document))
        #expect(catalog.event.name == "ADEX 2024")
    }

    @Test func odditiesStartTheReport() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(3), .key("country")], to: .number(90))
        let reading = try FairReader.read(document: document, fileName: "adex-2024.json")
        let report = try FairConverter.convert(reading, fileName: "adex-2024.json").report
        #expect(report.lines.first == "adex-2024.json:$.exhibitor[3].country: expected an object, a string or a list of them, found the number 90; left out")
        #expect(report.oddities.count(.dropped) == 1)
        #expect(report.summary.hasSuffix("; read with 1 oddity"))
    }
}
