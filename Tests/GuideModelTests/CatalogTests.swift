import GuideModel
import GuideTestSupport
import Testing

/// The catalog's indexes and orders, on the fictional show (which has halls, stands and
/// sub-categories) and on the bundled ADEX-2024 data.
struct CatalogTests {
    @Test func exhibitorsAreSortedForPeople() throws {
        let catalog = try Fixtures.loadFictional()
        let names = catalog.exhibitors.map(\.name)
        // Accents and case do not push names to the end: "Öztek" sorts as "oztek", after "Ozgur".
        let ozgur = try #require(names.firstIndex(of: "Ozgur UAV (fictional)"))
        let oztek = try #require(names.firstIndex(of: "Öztek Systems (fictional)"))
        #expect(ozgur + 1 == oztek)
        #expect(names.first == "Azərsky Drones (fictional)")
        // Latin before Cyrillic before Japanese (by folded code point), deterministic.
        #expect(names.suffix(2) == ["Київ Рятувальник (fictional)", "日本センサー (fictional)"])
    }

    @Test func subCategoriesCountInTheirParents() throws {
        let catalog = try Fixtures.loadFictional()
        let air = catalog.exhibitors(matching: ExhibitorFilter([.category: [.id("air")]])).map(\.id)
        #expect(air == ["azersky-drones", "ozgur-uav", "oztek"])
        #expect(catalog.exhibitorCount(.category, .id("land")) == 4)
        #expect(catalog.subcategories(of: nil).map(\.id) == ["air", "land", "rescue"])
        #expect(catalog.subcategories(of: "land").map(\.id) == ["optics"])
    }

    @Test func facetsCombineWithAndAcrossAndOrWithin() throws {
        let catalog = try Fixtures.loadFictional()
        let turkishUAV = ExhibitorFilter([.country: [.id("TR")], .category: [.id("uav")]])
        #expect(catalog.exhibitors(matching: turkishUAV).map(\.id) == ["ozgur-uav"])
        let turkishOrJapanese = ExhibitorFilter([.country: [.id("TR"), .id("JP")]])
        #expect(catalog.exhibitors(matching: turkishOrJapanese).count == 5)
        let noCountry = ExhibitorFilter([.country: [.none]])
        #expect(catalog.exhibitors(matching: noCountry).map(\.id) == ["expo-daily"])
        let hallA = ExhibitorFilter([.hall: [.id("hall-a")]])
        #expect(catalog.exhibitors(matching: hallA, sortedBy: .stand).compactMap(\.stand?.code) == ["A1", "A2", "A3", "A4", "A5", "A7"])
    }

    @Test func facetCountsIgnoreTheirOwnSelection() throws {
        let catalog = try Fixtures.loadFictional()
        let filter = ExhibitorFilter([.country: [.id("TR")], .hall: [.id("hall-a")]])
        let countries = catalog.facetCounts(.country, given: filter)
        // With hall A selected: Türkiye 3 (Boğaziçi, Öztek, Ozgur), Azerbaijan 1, Japan 1, Germany 1.
        #expect(countries[.id("TR")] == 3)
        #expect(countries[.id("AZ")] == 1)
        #expect(countries[.id("UA")] == 0)
        let halls = catalog.facetCounts(.hall, given: filter)
        #expect(halls[.id("yard")] == 1)
        #expect(halls[.id("hall-b")] == 0)
    }

    @Test func programmeIsInDayAndTimeOrderWithUnpublishedLast() throws {
        let catalog = try Fixtures.loadFictional()
        let day1 = try #require(LocalDate(iso: "2030-06-03"))
        #expect(catalog.programme(on: day1).map(\.id) == ["opening", "drone-demo", "optics-talk", "b2b-meetings"])
        let day2 = try #require(LocalDate(iso: "2030-06-04"))
        #expect(catalog.programme(on: day2).map(\.id) == ["rescue-drill", "b2b-meetings", "minister-visit"])
        #expect(catalog.programmeWithoutDay.map(\.id) == ["signing"])
        #expect(catalog.programme(involving: "bosphorus-optics").map(\.id) == ["optics-talk"])
        #expect(catalog.products(of: "azersky-drones").map(\.id) == ["sky-1"])
    }

    @Test func bundledDatasetLoadsAndMatchesTheOrganisersList() throws {
        let catalog = try Fixtures.loadBundled()
        let listed = catalog.exhibitors.filter(\.listed)
        #expect(listed.count == 193)
        #expect(catalog.exhibitors.count - listed.count == 14)
        #expect(Set(listed.compactMap(\.country)).count == 24)
        #expect(listed.filter { $0.country == nil }.count == 1)
        #expect(listed.filter { $0.country == "TR" }.count == 53)
        #expect(listed.filter { $0.country == "AZ" }.count == 44)
        #expect(listed.filter(\.categories.isEmpty).count == 110)
        #expect(catalog.categories.count == 22)
        #expect(catalog.products.count == 18)
        #expect(catalog.programme.count == 20)
        // 59 in the file, and the ADEX 2022 list's two (the organiser's list, the dataset).
        #expect(catalog.sources.count == 61)
        #expect(catalog.sources.filter { $0.id.hasPrefix("adex-2022/") }.count == 2)
        #expect(catalog.shows.map(\.id) == ["adex", "securex"])
        #expect(catalog.event.timeZoneID == "Asia/Baku")
    }

    @Test(arguments: [
        ("weapons-and-ammunition", 26), ("optoelectronic-equipment-and-systems", 24), ("unmanned-vehicles", 22),
        ("aircraft-and-aviation-systems", 20), ("associations", 2), ("military-laboratories", 1),
    ])
    func bundledCategoryCountsMatchTheFactsFile(_ id: String, _ count: Int) throws {
        let catalog = try Fixtures.loadBundled()
        #expect(catalog.category(id: id) != nil, "category \(id)")
        #expect(catalog.exhibitorCount(.category, .id(id)) == count)
    }

    @Test func bundledDataPublishesNoStandsHallsOrTimes() throws {
        let catalog = try Fixtures.loadBundled()
        #expect(catalog.exhibitors.allSatisfy { $0.stand == nil })
        #expect(catalog.halls.allSatisfy { !$0.hasLayout })
        #expect(catalog.programme.allSatisfy { $0.start == nil && $0.end == nil })
        #expect(catalog.shows.allSatisfy { $0.openingHours.isEmpty })
        #expect(catalog.figures.contains { $0.sourcesDiffer })
    }

    @Test func bundledNamesSortIgnoringLeadingQuotes() throws {
        let catalog = try Fixtures.loadBundled()
        let names = catalog.exhibitors.map(\.name)
        let azersilah = try #require(names.firstIndex { $0.hasPrefix("\"AZERSILAH\"") })
        let azersun = try #require(names.firstIndex(of: "AZERSUN"))
        let azertac = try #require(names.firstIndex(of: "AZERTAC"))
        #expect(azersilah < azersun && azersun < azertac)
        #expect(!names.first!.hasPrefix("\""))
    }

    /// The bundled guide compared with ADEX 2022 (48 companies were at both: 33 by the same name,
    /// 2 with another legal form, 9 by a brand word, 1 by an acronym, 3 by a similar name, shown
    /// as such).
    @Test func bundledExhibitorsKnowWhetherTheyWereAtADEX2022() throws {
        let catalog = try Fixtures.loadBundled()
        #expect(catalog.editions.map(\.name) == ["ADEX 2022"])
        #expect(catalog.editions.first?.exhibitorCount == 149)
        let returning = catalog.exhibitors.filter { !$0.editions.isEmpty }
        #expect(returning.count == 48)
        #expect(catalog.exhibitorCount(.edition, .none) == 159)
        let kinds = Dictionary(grouping: returning.map { $0.editions[0].match }, by: { $0 }).mapValues(\.count)
        #expect(kinds == [.exact: 33, .legalFormIgnored: 2, .brandWord: 9, .acronym: 1, .fuzzy: 3])
        #expect(catalog.exhibitor(id: "aselsan")?.editions.first?.match == .exact)
        let isbir = try #require(catalog.exhibitors.first { $0.name == "ISHBIR ELEKTRIK SAN AS" })
        #expect(isbir.editions.first == EditionAttendance(edition: "adex-2022", nameThere: "ISBIR ELEKTRIK SAN AS", match: .fuzzy))
        // The editions screen's view of it: 2022's whole list counted, 2024 split.
        let series = try #require(catalog.history?.series.first)
        #expect(series.editions.map(\.name) == ["ADEX 2022", "ADEX 2024"])
        #expect(series.editions[0].listedCount == 149)
        #expect(series.editions[0].exhibitorIDs.count == 48)
        #expect(series.editions[1].newIDs.count == 145, "the 193 on the organiser's list; 14 were only reported at the show")
        #expect(series.editions[1].returningIDs.count == 48)
        #expect(series.editions[1].notReturningNames.count == 101)
        #expect(series.editions[1].notReturningNames.contains("3E ELECTRO OPTICAL SYSTEMS"))
    }
}
