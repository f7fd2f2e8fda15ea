import Foundation
@testable import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// Several fair files as one catalogue: ADEX 2016 (no list), ADEX 2022 and ADEX 2024 from the
/// fixtures. The figures are those of the matching (ADEXSampleTests): 149 companies in 2022,
/// 194 in 2024, 48 of them returning, 146 new, 101 of 2022's not returning.
struct FairCollectionTests {
    static let files = ["adex-2016.json", "adex-2022.json", "adex-2024.json"].map(FairSamples.fixture)
    static let loaded: LoadedDataFile = {
        do throws(FairCollectionError) {
            return try FairCollection.load(files: files, name: "caat fixtures")
        } catch {
            fatalError("the fixtures do not load as a collection: \(error.lines)")
        }
    }()
    static var catalog: Catalog { loaded.catalog }

    @Test func oneShowPerFairAndOneExhibitorPerCompany() throws {
        let catalog = Self.catalog
        #expect(Self.loaded.format == .fairCollection)
        #expect(catalog.event.name == "3 fairs from the CAAT/Omega dataset")
        #expect(catalog.event.timeZoneID == "UTC")
        #expect(catalog.event.notice.hasPrefix("Exhibitor lists only: 3 fairs"))
        #expect(catalog.event.notice.contains("Not in the data: programme, halls, stands and opening hours."))
        #expect(catalog.shows.map(\.id) == ["adex-2016", "adex-2022", "adex-2024"])
        #expect(catalog.shows.map(\.name) == ["ADEX 2016", "ADEX 2022", "ADEX 2024"])
        #expect(catalog.firstDay == LocalDate(iso: "2016-09-27") && catalog.lastDay == LocalDate(iso: "2024-09-26"))
        #expect(catalog.exhibitors.count == 149 + 146)
        #expect(catalog.exhibitorCount(.show, .id("adex-2016")) == 0)
        #expect(catalog.exhibitorCount(.show, .id("adex-2022")) == 149)
        #expect(catalog.exhibitorCount(.show, .id("adex-2024")) == 194)
        #expect(catalog.halls.isEmpty && catalog.products.isEmpty && catalog.programme.isEmpty)
        // The edition facet is the bundled guide's; here each fair is a show.
        #expect(catalog.editions.isEmpty)
        #expect(!catalog.facets.contains(.edition))
        #expect(catalog.sources.map(\.id) == ["caat-dataset", "adex-2022/organiser-list", "adex-2024/organiser-list"])
        let summary = try #require(Self.loaded.collection)
        #expect(summary.entries == 350 && summary.companies == 295 && summary.companiesAtSeveralFairs == 48)
        #expect(summary.fairs.map(\.listPublished) == [false, true, true])
        #expect(summary.leftOut.isEmpty)
    }

    @Test func theSeriesHistory() throws {
        let history = try #require(Self.catalog.history)
        #expect(history.series.map(\.name) == ["ADEX"])
        let editions = history.series[0].editions
        #expect(editions.map(\.showID) == ["adex-2016", "adex-2022", "adex-2024"])
        #expect(editions.map(\.listPublished) == [false, true, true])
        #expect(editions.map(\.exhibitorIDs.count) == [0, 149, 194])
        #expect(editions.map(\.newIDs.count) == [0, 149, 146])
        #expect(editions.map(\.returningIDs.count) == [0, 0, 48])
        #expect(editions.map(\.notReturningIDs.count) == [0, 0, 101])
        #expect(editions[2].countries.prefix(3) == [CountryTally(code: "TR", count: 53), CountryTally(code: "AZ", count: 44), CountryTally(code: "CN", count: 18)])
        #expect(editions[2].countries.last == CountryTally(code: nil, count: 2))
        #expect(history.series(ofShow: "adex-2024")?.name == "ADEX")
        // Every id is an exhibitor of the catalogue, in catalog order.
        for edition in editions {
            for list in [edition.exhibitorIDs, edition.newIDs, edition.returningIDs, edition.notReturningIDs] {
                let positions = list.compactMap { Self.catalog.exhibitorPosition(id: $0) }
                #expect(positions.count == list.count)
                #expect(positions == positions.sorted())
            }
        }
        // Returning and new split the edition; the not returning were at the previous one.
        let adex2024 = editions[2]
        #expect(Set(adex2024.newIDs).union(adex2024.returningIDs) == Set(adex2024.exhibitorIDs))
        #expect(Set(adex2024.notReturningIDs).isSubset(of: Set(editions[1].exhibitorIDs)))
        #expect(Set(adex2024.notReturningIDs).isDisjoint(with: Set(adex2024.exhibitorIDs)))
    }

    @Test func anExhibitorsFairsWithTheSpellingThereAndTheMatch() throws {
        let catalog = Self.catalog
        let isbir = try #require(catalog.exhibitors.first { $0.name == "ISBIR ELEKTRIK SAN AS" })
        #expect(isbir.shows == ["adex-2022", "adex-2024"])
        #expect(isbir.altNames == ["ISHBIR ELEKTRIK SAN AS"])
        #expect(isbir.editions == [
            EditionAttendance(edition: "adex-2022", nameThere: "ISBIR ELEKTRIK SAN AS", match: .exact),
            EditionAttendance(edition: "adex-2024", nameThere: "ISHBIR ELEKTRIK SAN AS", match: .fuzzy),
        ])
        let mke = try #require(catalog.exhibitors.first { $0.name.hasPrefix("MAKINE VE KIMYA") })
        #expect(mke.editions.map(\.match) == [.exact, .legalFormIgnored])
        // Two spellings in one list are one company, listed once at that fair.
        let elbit = try #require(catalog.exhibitors.first { $0.altNames.contains("ELBIT SYSTEMS") })
        #expect(elbit.shows == ["adex-2022", "adex-2024"])
        #expect(elbit.editions.count == 2)
        // A company of one list: one fair, matched exactly to itself.
        let new = try #require(catalog.exhibitor(id: "3e-azerbaijan-llc"))
        #expect(new.shows == ["adex-2024"])
        #expect(new.editions == [EditionAttendance(edition: "adex-2024", nameThere: "3E AZERBAIJAN LLC", match: .exact)])
        #expect(new.sources == ["adex-2024/organiser-list", "caat-dataset"])
        // Categories of both lists, one category per name.
        #expect(catalog.categories.count == Set(catalog.categories.map { FairConverter.categoryKey($0.name) }).count)
        #expect(catalog.countries.count == Set(catalog.exhibitors.compactMap(\.country)).count)
    }

    /// The catalogue depends on the files, not on the order they are given in.
    @Test func fileOrderDoesNotMatter() throws {
        let reversed = try FairCollection.load(files: Self.files.reversed(), name: "reversed").catalog
        #expect(reversed.exhibitors == Self.catalog.exhibitors)
        #expect(reversed.shows == Self.catalog.shows)
        #expect(reversed.history == Self.catalog.history)
        #expect(reversed.categories == Self.catalog.categories)
        #expect(reversed.countries == Self.catalog.countries)
        #expect(reversed.sources == Self.catalog.sources)
    }

    @Test func aDirectoryIsItsJSONFilesSortedWithoutSubfolders() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["b.json", "a.json", "notes.txt", ".hidden.json"] {
            try Data("{}".utf8).write(to: directory.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub.json"), withIntermediateDirectories: true)
        let files = try FairCollection.files(inDirectory: directory.path)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.json", "b.json"])
        let empty = directory.appendingPathComponent("sub.json").path
        #expect(throws: FairCollectionError.emptyDirectory(empty)) { try FairCollection.files(inDirectory: empty) }
    }

    @Test func aShowDocumentAmongFairFilesIsBadUsage() throws {
        let show = Fixtures.fixture("fictional-expo.json")
        do throws(FairCollectionError) {
            _ = try FairCollection.load(files: [Self.files[1], show], name: "mixed")
            Issue.record("loaded")
        } catch {
            #expect(error == .showDocuments([show]))
            #expect(error.exitCode == 64)
            #expect(error.lines.first?.hasPrefix("\(show): an adex-guide/1 document;") == true)
        }
    }

    /// A truncated file and a JSON file of neither format among good ones: the good ones open,
    /// the others are named with their first problems (summary, history, notes); `strict`
    /// refuses the whole collection with every problem; when no file opens, nothing does.
    @Test func unreadableFilesAreLeftOutAndNamedWhileTheOthersOpen() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let truncated = directory.appendingPathComponent("truncated.json").path
        try Data(contentsOf: URL(fileURLWithPath: Self.files[2])).prefix(3000).write(to: URL(fileURLWithPath: truncated))
        let neither = directory.appendingPathComponent("neither.json").path
        try Data(#"{"colour": "blue"}"#.utf8).write(to: URL(fileURLWithPath: neither))
        let missing = directory.appendingPathComponent("missing.json").path

        let loaded = try FairCollection.load(files: [Self.files[1], truncated, neither, missing], name: "broken")
        #expect(loaded.catalog.shows.map(\.id) == ["adex-2022"])
        let unreadable = try #require(loaded.collection?.unreadable)
        #expect(unreadable.map(\.file) == [truncated, neither, missing])
        #expect(unreadable[0].problems.count == 1 && unreadable[0].problems[0].hasPrefix(truncated + ":")
                && unreadable[0].problems[0].contains("unexpected end of file"))
        #expect(unreadable[1].problems == ["\(neither): neither a CAAT/Omega fair file nor an adex-guide/1 document (no top-level field such as series, exhibitor or startDate)"])
        #expect(unreadable[2].problems.first?.hasPrefix(missing + ":") == true)
        #expect(loaded.catalog.history?.unreadableFiles == unreadable)
        #expect(loaded.catalog.event.notes.first?.topic == "Files that could not be read")
        #expect(loaded.catalog.event.notice.contains("3 files could not be read"))
        #expect(loaded.collection?.summary.hasSuffix("; 3 files could not be read") == true)

        do throws(FairCollectionError) {
            _ = try FairCollection.load(files: [Self.files[1], truncated, neither], name: "broken", strict: true)
            Issue.record("loaded although strict")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.lines.count == 2)
            #expect(error.lines[0].hasPrefix(truncated + ":") && error.lines[0].contains("unexpected end of file"))
        }
        do throws(FairCollectionError) {
            _ = try FairCollection.load(files: [missing, truncated], name: "nothing opens")
            Issue.record("loaded although no file opens")
        } catch {
            #expect(error.exitCode == 66)
            #expect(error.lines.count == 2)
        }
    }

    /// Categories spelt differently at different fairs are one, named as most fairs spell it,
    /// the other spellings kept; an entry giving two spellings has the category once.
    @Test func categorySpellingsAcrossFairsAreOneCategory() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lists = [
            ("a-2020", #"[{"name": "ACME", "category": ["Radars", "Armoured Vehicles"]}]"#),
            ("a-2022", #"[{"name": "ACME", "category": ["RADAR", "Radars"]}, {"name": "BETA", "category": "Radars"}]"#),
            ("a-2024", #"[{"name": "GAMMA", "category": ["Armoured vehicle", "Night vision"]}]"#),
        ]
        var files: [String] = []
        for (stem, list) in lists {
            let path = directory.appendingPathComponent(stem + ".json").path
            let year = stem.suffix(4)
            try Data(#"{"name": "A \#(year)", "series": "A", "edition": "\#(year)", "startDate": "\#(year)-05-01", "endDate": "\#(year)-05-03", "exhibitor": \#(list)}"#.utf8)
                .write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let catalog = try FairCollection.load(files: files, name: "categories").catalog
        #expect(catalog.categories.map(\.name).sorted() == ["Armoured Vehicles", "Night vision", "Radars"])
        let radar = try #require(catalog.categories.first { $0.name == "Radars" })
        #expect(radar.altNames == ["RADAR"])
        let vehicles = try #require(catalog.categories.first { $0.name == "Armoured Vehicles" })
        #expect(vehicles.altNames == ["Armoured vehicle"])
        let acme = try #require(catalog.exhibitors.first { $0.name == "ACME" })
        #expect(acme.categories.filter { $0 == radar.id }.count == 1)
        #expect(catalog.exhibitors.filter { $0.categories.contains(radar.id) }.count == 2)
    }

    /// A fair file with odd shapes opens in a folder with everything kept (the fair's second
    /// website, its delegations, an exhibitor's websites), and its oddities are in the summary
    /// as `FILE:JSONPATH: what was done`; `strict` refuses the folder instead.
    @Test func oddShapesAreReadKeptAndReported() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let odd = directory.appendingPathComponent("odd-2021.json").path
        try Data(#"""
            {"name": "ODD 2021", "series": "ODD", "edition": "2021", "startDate": "2021-05-01", "endDate": "2021-05-03",
             "website": ["https://odd.example", "https://odd-expo.example"],
             "delegation": [{"name": "Ministry of Defence", "country": {"text": "Azerbaijan", "iso2": "AZ"}}, "Army of Nowhere"],
             "exhibitor": [{"name": "ACME", "website": ["https://acme.example", "https://acme-group.example"]}]}
            """#.utf8).write(to: URL(fileURLWithPath: odd))
        let loaded = try FairCollection.load(files: [odd] + Self.files, name: "odd")
        let show = try #require(loaded.catalog.show(id: "odd-2021"))
        #expect(show.website == "https://odd.example")
        #expect(show.otherWebsites == ["https://odd-expo.example"])
        #expect(show.delegations.map(\.name) == ["Ministry of Defence", "Army of Nowhere"])
        #expect(show.delegations.first?.country == "AZ")
        let acme = try #require(loaded.catalog.exhibitors.first { $0.name == "ACME" })
        #expect(acme.website == "https://acme.example")
        #expect(acme.otherWebsites == ["https://acme-group.example"])
        let oddities = try #require(loaded.collection?.oddities)
        #expect(oddities.map(\.file) == [odd])
        #expect(oddities[0].lines.contains { $0.hasPrefix(odd + ":$.website: ") })
        #expect(oddities[0].lines.contains { $0.hasPrefix(odd + ":$.exhibitor[0].website: ") })
        #expect(loaded.collection?.oddityCount == oddities[0].count)
        do throws(FairCollectionError) {
            _ = try FairCollection.load(files: [odd] + Self.files, name: "odd", strict: true)
            Issue.record("loaded although strict")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.lines.contains { $0.hasPrefix(odd + ":$.website: ") })
        }
    }

    /// What a folder may hold besides fair files: a FIFO nobody writes to, a link to a device,
    /// a link to itself, a broken link. Each is left out and named, none holds the folder.
    @Test func aFolderWithAFIFOAndLinksOpensAndNamesThem() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.path
        try FileManager.default.copyItem(atPath: Self.files[1], toPath: folder + "/adex-2022.json")
        #expect(mkfifo(folder + "/fifo.json", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop.json", withDestinationPath: "loop.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.json", withDestinationPath: "nowhere.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/null.json", withDestinationPath: "/dev/null")
        let files = try FairCollection.files(inDirectory: folder)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["adex-2022.json", "fifo.json", "gone.json", "loop.json", "null.json"])
        let loaded = try FairCollection.load(files: files, name: folder)
        #expect(loaded.catalog.shows.map(\.id) == ["adex-2022"])
        let unreadable = try #require(loaded.collection?.unreadable)
        #expect(unreadable.map { ($0.file as NSString).lastPathComponent } == ["fifo.json", "gone.json", "loop.json", "null.json"])
        #expect(unreadable[0].problems.first?.contains("file is empty") == true)
        #expect(unreadable[1].problems.first?.contains("cannot open") == true)
        #expect(unreadable[2].problems.first?.contains("cannot open") == true)
    }

    /// A file's problems beyond the first few are counted, not listed.
    @Test func anUnreadableFileNamesItsFirstProblemsAndCountsTheRest() {
        let problems = (0..<7).map { LoadProblem(file: "f.json", location: .file, message: "problem \($0)") }
        let file = FairCollection.unreadableFile(.invalid(problems))
        #expect(file.file == "f.json")
        #expect(file.problems == ["f.json: problem 0", "f.json: problem 1", "f.json: problem 2"])
        #expect(file.moreProblems == 4)
    }

    /// Fairs dated only approximately are editions of their series, dated as the source dates
    /// them: a year, a month, a day; without any approxDate, the year of the edition; with
    /// no year anywhere, the fair is left out and said to be.
    @Test(arguments: [
        (#""approxDate": "2012""#, "2012", "2012"),
        (#""approxDate": "2012-05""#, "2012-05", "May 2012"),
        (#""approxDate": "2012-05-17""#, "2012-05-17", "17 May 2012"),
        (#""approxDate": "2012?""#, "2012", "2012"),
        (#""country": "Azerbaijan""#, "2012", "2012"),
    ])
    func aFairDatedOnlyApproximatelyIsAnEdition(field: String, stored: String, label: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let undated = directory.appendingPathComponent("adex-2012.json").path
        try Data(#"{"name": "ADEX 2012", "series": "ADEX", "edition": "2012", \#(field)}"#.utf8).write(to: URL(fileURLWithPath: undated))
        let loaded = try FairCollection.load(files: [undated] + Self.files, name: "with undated")
        #expect(loaded.collection?.leftOut == [])
        let show = try #require(loaded.catalog.show(id: "adex-2012"))
        #expect(show.approximateDate?.description == stored)
        #expect(show.dateLabel == label)
        #expect(loaded.catalog.shows.map(\.id) == ["adex-2012", "adex-2016", "adex-2022", "adex-2024"])
        let series = try #require(loaded.catalog.history?.series.first { $0.name == "ADEX" })
        #expect(series.editions.map(\.showID) == ["adex-2012", "adex-2016", "adex-2022", "adex-2024"])
        #expect(series.editions.first?.listPublished == false)
        #expect(series.editions.first?.year == 2012)
        #expect(loaded.catalog.event.notice.contains("1 fair is dated only as the dataset dates it"))
    }

    @Test func aFairWithNoDateAtAllIsLeftOutAndSaidToBe() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let undated = directory.appendingPathComponent("adex-next.json").path
        try Data(#"{"name": "ADEX next", "series": "ADEX", "approxDate": "soon"}"#.utf8).write(to: URL(fileURLWithPath: undated))
        let loaded = try FairCollection.load(files: [undated] + Self.files, name: "with undated")
        #expect(loaded.catalog.shows.count == 3)
        let leftOut = try #require(loaded.collection?.leftOut)
        #expect(leftOut == [.init(file: undated, name: "ADEX next",
                                  reason: "no date: no start and end date, an approximate date that is not a year, a month or a day (\"soon\") and no year in its edition")])
        #expect(loaded.catalog.event.notes.first?.topic == "Fairs left out")
        #expect(loaded.catalog.event.notice.contains("1 fair is left out for want of any date"))
    }

    /// Every shared sample (when the folder is there) opens as one catalogue: five series.
    @Test(.enabled(if: FairSamples.sharedFolder != nil, "the shared samples are not next to this checkout"))
    func theSharedSamplesOpenTogether() throws {
        let folder = try #require(FairSamples.sharedFolder)
        let loaded = try FairCollection.load(files: try FairCollection.files(inDirectory: folder.path), name: folder.path)
        let catalog = loaded.catalog
        #expect(catalog.shows.count == FairSamples.sharedSamples.count)
        let history = try #require(catalog.history)
        #expect(history.series.map(\.name) == ["ADEX", "DSEI", "Eurosatory", "IDEF", "SIAE"])
        #expect(history.series[0].editions.map(\.listPublished) == [false, false, false, true, true])
        #expect(loaded.collection?.entries == 6838)
        // Ids are unique, and every exhibitor is at one show at least.
        #expect(Set(catalog.exhibitors.map(\.id)).count == catalog.exhibitors.count)
        #expect(catalog.exhibitors.allSatisfy { !$0.shows.isEmpty && $0.shows.count == $0.editions.count })
        // DSEI lists addresses, not countries: as in a single file, the address gives the country.
        let dsei = catalog.exhibitors.filter { $0.shows.contains("dsei-2023") }
        #expect(dsei.count == 1549)
        #expect(dsei.filter { $0.country == nil }.count == 12, "13 without a country in the file alone; one is found at another fair")
    }

    /// The bundled guide's earlier list: ADEX 2022's 149 exhibitors, 111 of them matched to no
    /// ADEX-2024 exhibitor (the 48 others returned).
    @Test func theBundledEarlierList() throws {
        let catalog = try Fixtures.loadBundled()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Assets/caat-adex-2022.json")))
        let earlier = try BundledHistory.earlierList(comparedWith: catalog, earlierList: Array(bytes), fileName: "caat-adex-2022.json")
        #expect(earlier.edition.id == "adex-2022")
        #expect(earlier.exhibitors.count == 149)
        #expect(earlier.notReturningIDs.count == 101)
        #expect(catalog.exhibitors.filter { !$0.editions.isEmpty }.count == 48)
    }
}
