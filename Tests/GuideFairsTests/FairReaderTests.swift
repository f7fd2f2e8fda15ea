import Foundation
import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// Reading fair files: the real shapes, and every hostile variant refused with its path.
struct FairReaderTests {
    static func fixtureDocument(_ name: String = "adex-2024.json") throws -> JSONValue {
        try JSONParser.parse(Array(Data(contentsOf: URL(fileURLWithPath: FairSamples.fixture(name)))))
    }

    static func problems(_ document: JSONValue, mode: FairReadMode = .strict) -> [String] {
        do {
            _ = try FairReader.read(document: document, fileName: "adex-2024.json", mode: mode)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsTheADEX2024ListAsTyped() throws {
        let fair = try FairReader.read(contentsOf: FairSamples.fixture("adex-2024.json"), displayName: "adex-2024.json").fair
        #expect(fair.name == "ADEX 2024")
        #expect(fair.series == "ADEX")
        #expect(fair.edition == "2024")
        #expect(fair.aliases == .many(["5th Azerbaijan International Defence Exhibition"]))
        #expect(fair.startDate == LocalDate(iso: "2024-09-24"))
        #expect(fair.endDate == LocalDate(iso: "2024-09-26"))
        #expect(fair.address?.iso2 == "AZ")
        #expect(fair.address?.latitude == 40.4398422)
        #expect(fair.organisers.map(\.name) == ["Caspian Event Organisers LLC"])
        #expect(fair.exhibitorListURL == "https://adex.az/en/exhibitors-list/year/2024")
        #expect(fair.exhibitorListDateText == "2025-04-24T10:08:28+00:00")
        #expect(fair.exhibitorListDate == LocalDate(iso: "2025-04-24"))
        #expect(fair.hasExhibitorList)
        #expect(fair.exhibitors.count == 201)
        let first = try #require(fair.exhibitors.first)
        #expect(first.index == 0)
        #expect(first.name == "\"AZERSILAH\" DEFENSE INDUSTRY HOLDING - CLOSED JOINT STOCK COMPANY")
        #expect(first.country == .one(FairCountry(text: "Azerbaijan", iso2: "AZ")))
        #expect(fair.exhibitors.contains { $0.category?.isList == true })
        #expect(fair.otherFields.isEmpty)
    }

    @Test func aMetadataOnlyFairHasNoList() throws {
        let fair = try FairReader.read(contentsOf: FairSamples.fixture("adex-2016.json")).fair
        #expect(fair.name == "ADEX 2016")
        #expect(!fair.hasExhibitorList)
        #expect(fair.exhibitors.isEmpty)
        #expect(fair.exhibitorListURL == "https://adex.az/en-content/11-2016.html")
        #expect(fair.exhibitorListDate == nil)
    }

    @Test func singleStringsAndUnknownFieldsAreKept() throws {
        let fair = try FairReader.read(contentsOf: FairSamples.fixture("adex-2022.json")).fair
        let rybinsk = try #require(fair.exhibitors.first { $0.name == "AO РЫБИНСКАЯ ВЕРФЬ" })
        #expect(rybinsk.aliases == .one("AO RYBINSKAIa VERF'"))
        let document = try Self.fixtureDocument()
            .setting([.key("delegation")], to: .array([.string("Pakistan"), .object([JSONMember(key: "iso2", value: .string("PK"))])]))
            .setting([.key("newField")], to: .number(1))
            .setting([.key("exhibitor"), .index(0), .key("booth")], to: .string("A1"))
            .setting([.key("exhibitor"), .index(1), .key("country")], to: .string("TÜRKİYE"))
            .setting([.key("exhibitor"), .index(2), .key("category")], to: .string("Radar"))
            .setting([.key("online"), ], to: .bool(true))
        let edited = try FairReader.read(document: document, fileName: "x.json").fair
        #expect(edited.delegations == [Delegation(name: "Pakistan"), Delegation(name: "Pakistan", country: "PK")])
        #expect(edited.otherFields == ["newField"])
        #expect(edited.online == true)
        #expect(edited.exhibitors[0].otherFields == ["booth"])
        #expect(edited.exhibitors[1].country == .one(FairCountry(text: "TÜRKİYE")))
        #expect(edited.exhibitors[2].category == .one("Radar"))
    }

    @Test func nullCountsAsAbsent() throws {
        let document = try Self.fixtureDocument()
            .setting([.key("website")], to: .null)
            .setting([.key("exhibitor"), .index(0), .key("country")], to: .null)
        let fair = try FairReader.read(document: document, fileName: "x.json").fair
        #expect(fair.website == nil)
        #expect(fair.exhibitors[0].country == nil)
    }

    @Test func controlCharactersAreKeptVerbatim() throws {
        let name = "KRISTALTEK \u{96} LASER\u{1B}[31m \u{202E}RED"
        let document = try Self.fixtureDocument().setting([.key("exhibitor"), .index(0), .key("name")], to: .string(name))
        let fair = try FairReader.read(document: document, fileName: "x.json").fair
        #expect(fair.exhibitors[0].name == name)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: @Sendable (JSONValue) -> JSONValue
        var expected: String
        /// Lines that follow from the first.
        var also: [String] = []
        var testDescription: String { name }
    }

    /// A wrong value at each field the reader knows, and the exact line for it (then the lines of
    /// what follows from it, such as a date derived when one of two is left out).
    static let wrongTypes: [Case] = [
        Case(name: "name", edit: { $0.setting([.key("name")], to: .number(2024)) },
             expected: "adex-2024.json:$.name: expected a string, found the number 2024; left out"),
        Case(name: "series", edit: { $0.setting([.key("series")], to: .array([])) },
             expected: "adex-2024.json:$.series: expected a string, found an empty list; left out"),
        Case(name: "edition", edit: { $0.setting([.key("edition")], to: .bool(true)) },
             expected: "adex-2024.json:$.edition: expected a string or a whole number, found true; left out"),
        Case(name: "alias", edit: { $0.setting([.key("alias")], to: .number(5)) },
             expected: "adex-2024.json:$.alias: expected a string or a list of strings, found the number 5; left out"),
        Case(name: "alias element", edit: { $0.setting([.key("alias"), .index(0)], to: .object([])) },
             expected: "adex-2024.json:$.alias[0]: expected a string, found an object; left out"),
        Case(name: "startDate type", edit: { $0.setting([.key("startDate")], to: .number(20240924)) },
             expected: "adex-2024.json:$.startDate: expected a string, found the number 20240924; left out", also: ["adex-2024.json:$.endDate: no start date: the fair is dated approximately to 2024-09-26"]),
        Case(name: "startDate value", edit: { $0.setting([.key("startDate")], to: .string("2024-02-30")) },
             expected: "adex-2024.json:$.startDate: bad date \"2024-02-30\" (expected a real day as YYYY-MM-DD); left out", also: ["adex-2024.json:$.endDate: no start date: the fair is dated approximately to 2024-09-26"]),
        Case(name: "address", edit: { $0.setting([.key("address")], to: .number(5)) },
             expected: "adex-2024.json:$.address: expected an object or a string, found the number 5; left out"),
        Case(name: "address latitude", edit: { $0.setting([.key("address"), .key("lat")], to: .string("40.4")) },
             expected: "adex-2024.json:$.address.lat: expected a number, found the string \"40.4\"; left out"),
        Case(name: "fair country", edit: { $0.setting([.key("country")], to: .bool(false)) },
             expected: "adex-2024.json:$.country: expected an object, a string or a list of them, found false; left out"),
        Case(name: "website", edit: { $0.setting([.key("website")], to: .object([])) },
             expected: "adex-2024.json:$.website: expected a string or a list of strings, found an object; left out"),
        Case(name: "social", edit: { $0.setting([.key("social")], to: .string("@adex")) },
             expected: "adex-2024.json:$.social: expected a list of objects, found the string \"@adex\"; left out"),
        Case(name: "social link", edit: { $0.setting([.key("social"), .index(0), .key("url")], to: .number(1)) },
             expected: "adex-2024.json:$.social[0].url: expected a string, found the number 1; left out"),
        Case(name: "organiser", edit: { $0.setting([.key("organiser")], to: .number(1)) },
             expected: "adex-2024.json:$.organiser: expected an object (an organiser), found the number 1; left out"),
        Case(name: "organiser name", edit: { $0.setting([.key("organiser"), .key("name")], to: .array([])) },
             expected: "adex-2024.json:$.organiser.name: expected a string, found an empty list; left out"),
        Case(name: "exhibitorListUrl", edit: { $0.setting([.key("exhibitorListUrl")], to: .number(1)) },
             expected: "adex-2024.json:$.exhibitorListUrl: expected a string, found the number 1; left out"),
        Case(name: "exhibitorListDate", edit: { $0.setting([.key("exhibitorListDate")], to: .string("yesterday")) },
             expected: "adex-2024.json:$.exhibitorListDate: bad date \"yesterday\" (expected a real day as YYYY-MM-DD, optionally with a time); left out"),
        Case(name: "exhibitorListIncomplete", edit: { $0.setting([.key("exhibitorListIncomplete")], to: .string("yes")) },
             expected: "adex-2024.json:$.exhibitorListIncomplete: expected true or false, found the string \"yes\"; left out"),
        Case(name: "online", edit: { $0.setting([.key("online")], to: .number(1)) },
             expected: "adex-2024.json:$.online: expected true or false, found the number 1; left out"),
        Case(name: "delegation", edit: { $0.setting([.key("delegation")], to: .number(3)) },
             expected: "adex-2024.json:$.delegation: expected a list of delegations, found the number 3; left out"),
        Case(name: "exhibitor entry", edit: { $0.setting([.key("exhibitor"), .index(3)], to: .number(42)) },
             expected: "adex-2024.json:$.exhibitor[3]: expected an object (an exhibitor), found the number 42; left out"),
        Case(name: "exhibitor entry null", edit: { $0.setting([.key("exhibitor"), .index(3)], to: .null) },
             expected: "adex-2024.json:$.exhibitor[3]: a null entry; left out"),
        Case(name: "exhibitor name", edit: { $0.setting([.key("exhibitor"), .index(3), .key("name")], to: .number(42)) },
             expected: "adex-2024.json:$.exhibitor[3].name: expected a string, found the number 42; left out"),
        Case(name: "exhibitor country", edit: { $0.setting([.key("exhibitor"), .index(3), .key("country")], to: .number(90)) },
             expected: "adex-2024.json:$.exhibitor[3].country: expected an object, a string or a list of them, found the number 90; left out"),
        Case(name: "exhibitor country in a list", edit: { $0.setting([.key("exhibitor"), .index(3), .key("country")], to: .array([.string("FRANCE"), .number(1)])) },
             expected: "adex-2024.json:$.exhibitor[3].country[1]: expected an object or a string, found the number 1; left out"),
        Case(name: "exhibitor country text", edit: { $0.setting([.key("exhibitor"), .index(3), .key("country"), .key("text")], to: .bool(true)) },
             expected: "adex-2024.json:$.exhibitor[3].country.text: expected a string, found true; left out"),
        Case(name: "exhibitor country code", edit: { $0.setting([.key("exhibitor"), .index(3), .key("country"), .key("iso2")], to: .number(31)) },
             expected: "adex-2024.json:$.exhibitor[3].country.iso2: expected a string, found the number 31; left out"),
        Case(name: "exhibitor category", edit: { $0.setting([.key("exhibitor"), .index(3), .key("category")], to: .object([])) },
             expected: "adex-2024.json:$.exhibitor[3].category: expected a string or a list of strings, found an object; left out"),
        Case(name: "exhibitor category element", edit: { $0.setting([.key("exhibitor"), .index(3), .key("category")], to: .array([.number(7)])) },
             expected: "adex-2024.json:$.exhibitor[3].category[0]: expected a string, found the number 7; left out"),
        Case(name: "exhibitor website", edit: { $0.setting([.key("exhibitor"), .index(3), .key("website")], to: .bool(false)) },
             expected: "adex-2024.json:$.exhibitor[3].website: expected a string or a list of strings, found false; left out"),
        Case(name: "exhibitor website element", edit: { $0.setting([.key("exhibitor"), .index(3), .key("website")], to: .array([.string("https://a.example"), .number(2)])) },
             expected: "adex-2024.json:$.exhibitor[3].website[1]: expected a string, found the number 2; left out", also: ["adex-2024.json:$.exhibitor[3].website: a list of one website: read as the website"]),
        Case(name: "exhibitor address", edit: { $0.setting([.key("exhibitor"), .index(3), .key("address")], to: .number(0)) },
             expected: "adex-2024.json:$.exhibitor[3].address: expected an object or a string, found the number 0; left out"),
        Case(name: "exhibitor alias", edit: { $0.setting([.key("exhibitor"), .index(3), .key("alias")], to: .bool(true)) },
             expected: "adex-2024.json:$.exhibitor[3].alias: expected a string or a list of strings, found true; left out"),
        Case(name: "exhibitor telephone", edit: { $0.setting([.key("exhibitor"), .index(3), .key("telephone")], to: .number(994)) },
             expected: "adex-2024.json:$.exhibitor[3].telephone: expected a string or a list of strings, found the number 994; left out"),
        Case(name: "exhibitor email", edit: { $0.setting([.key("exhibitor"), .index(3), .key("email")], to: .object([])) },
             expected: "adex-2024.json:$.exhibitor[3].email: expected a string or a list of strings, found an object; left out"),
        Case(name: "exhibitor exhibitorUrl", edit: { $0.setting([.key("exhibitor"), .index(3), .key("exhibitorUrl")], to: .array([])) },
             expected: "adex-2024.json:$.exhibitor[3].exhibitorUrl: expected a string, found an empty list; left out"),
        Case(name: "exhibitor social", edit: { $0.setting([.key("exhibitor"), .index(3), .key("social")], to: .string("x")) },
             expected: "adex-2024.json:$.exhibitor[3].social: expected a list of objects, found the string \"x\"; left out"),
        Case(name: "duplicate field", edit: { $0.appendingMember("name", .string("ACME"), at: [.key("exhibitor"), .index(3)]) },
             expected: "adex-2024.json:$.exhibitor[3].name: duplicate field \"name\" (a field may appear only once): the first is read, this one left out"),
    ]

    /// Read leniently, a wrong value is left out and listed as an oddity with its path; read
    /// strictly, the same line is a problem that refuses the file.
    @Test(arguments: wrongTypes)
    func aWrongTypeIsLeftOutAndReportedWithItsPath(_ testCase: Case) throws {
        let document = testCase.edit(try Self.fixtureDocument())
        let reading = try FairReader.read(document: document, fileName: "adex-2024.json")
        #expect(reading.oddities.lines(file: "adex-2024.json") == [testCase.expected] + testCase.also)
        #expect(Self.problems(document, mode: .strict) == [testCase.expected] + testCase.also)
    }

    /// What cannot be understood at all is refused in both modes.
    static let refusals: [Case] = [
        Case(name: "exhibitor list", edit: { $0.setting([.key("exhibitor")], to: .object([])) },
             expected: "adex-2024.json:$.exhibitor: expected a list of exhibitors, found an object"),
        Case(name: "exhibitor list as a string", edit: { $0.setting([.key("exhibitor")], to: .string("ACME")) },
             expected: "adex-2024.json:$.exhibitor: expected a list of exhibitors, found a string"),
        Case(name: "not an object", edit: { _ in .array([]) },
             expected: "adex-2024.json:$: expected an object (a fair), found an array"),
        Case(name: "a string document", edit: { _ in .string("ADEX") },
             expected: "adex-2024.json:$: expected an object (a fair), found a string"),
    ]

    @Test(arguments: refusals, [FairReadMode.lenient, .strict])
    func whatCannotBeUnderstoodIsRefusedInEitherMode(_ testCase: Case, mode: FairReadMode) throws {
        #expect(Self.problems(testCase.edit(try Self.fixtureDocument()), mode: mode) == [testCase.expected])
    }

    @Test func everyProblemIsListedNotJustTheFirst() throws {
        let document = try Self.fixtureDocument()
            .setting([.key("name")], to: .number(1))
            .setting([.key("exhibitor"), .index(3), .key("country")], to: .number(90))
            .setting([.key("exhibitor"), .index(200), .key("category")], to: .bool(true))
        let problems = Self.problems(document)
        #expect(problems.count == 3)
        #expect(problems.last?.hasPrefix("adex-2024.json:$.exhibitor[200].category:") == true)
    }

    @Test func lenientReadingKeepsEveryEntryItCanAndSaysWhatItDid() throws {
        let document = try Self.fixtureDocument()
            .setting([.key("exhibitor"), .index(3), .key("country")], to: .number(90))
            .setting([.key("exhibitor"), .index(4)], to: .string("ACME"))
            .setting([.key("startDate")], to: .number(1))
        let reading = try FairReader.read(document: document, fileName: "adex-2024.json")
        #expect(reading.oddities.lines(file: "adex-2024.json") == [
            "adex-2024.json:$.startDate: expected a string, found the number 1; left out",
            "adex-2024.json:$.endDate: no start date: the fair is dated approximately to 2024-09-26",
            "adex-2024.json:$.exhibitor[3].country: expected an object, a string or a list of them, found the number 90; left out",
            "adex-2024.json:$.exhibitor[4]: an entry given as a string: read as the exhibitor's name",
        ])
        #expect(reading.fair.exhibitors.count == 201)
        #expect(reading.fair.exhibitors[3].country == nil)
        #expect(reading.fair.exhibitors[3].name != nil)
        #expect(reading.fair.exhibitors[4].name == "ACME")
        #expect(reading.fair.approximateDate == ApproximateDate(year: 2024, month: 9, day: 26))
    }

    /// Every entry of one kind is counted; only the first 100 of a kind are listed one by one.
    @Test func oddEntriesAreListedBoundedAndCounted() throws {
        let entries: [JSONValue] = (0..<250).map { .number(Double($0)) } + [.object([JSONMember(key: "name", value: .string("ACME"))])]
        let document = try Self.fixtureDocument().setting([.key("exhibitor")], to: .array(entries))
        let reading = try FairReader.read(document: document, fileName: "x.json")
        #expect(reading.oddities.count == 250)
        #expect(reading.oddities.listed.count == 100)
        let lines = reading.oddities.lines(file: "x.json")
        #expect(lines.count == 101)
        #expect(lines.last == "x.json: … and 150 more oddities like the one at $.exhibitor[99] (not listed)")
        #expect(reading.fair.exhibitors.map(\.name) == ["ACME"])
        // Strictly, the same bound: the first 100 listed, then one line for the rest.
        let problems = Self.problems(document, mode: .strict)
        #expect(problems.count == 101)
        #expect(problems.last?.contains("150 more problems") == true)
    }

    @Test func invalidUTF8IsRefusedAtItsByte() throws {
        var bytes = Array(#"{"name": "ADEX 2024", "exhibitor": [{"name": "AB"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#""}]}"#.utf8)
        #expect(throws: CatalogLoadError.invalid([LoadProblem(file: "bad.json", location: .position(line: 1, column: 49), message: "invalid UTF-8 (byte 0xC3)")])) {
            try FairReader.read(bytes: bytes, fileName: "bad.json")
        }
    }

    @Test func aTruncatedFileSaysWhereItEnds() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: FairSamples.fixture("adex-2022.json")))
        // Cut inside a name, and cut after a whole entry (the end of the file where a value should be).
        let insideString = Array(whole.prefix(5000))
        let cut = try #require(whole.range(of: Data("},".utf8), in: 3000..<whole.count))
        let afterEntry = Array(whole[..<cut.upperBound])
        for (bytes, expected) in [(insideString, "adex-2022.json:248:15: not valid JSON: unterminated string"),
                                  (afterEntry, "adex-2022.json:141:7: not valid JSON: unexpected end of file: expected a value")] {
            do {
                _ = try FairReader.read(bytes: bytes, fileName: "adex-2022.json")
                Issue.record("a truncated file was read")
            } catch {
                #expect(error.exitCode == 65)
                #expect(error.description.hasPrefix(expected), "\(error.description)")
                #expect(error.description.contains("not valid JSON"))
            }
        }
    }

    @Test func anEmptyFileAndAMissingFileAreToldApart() {
        #expect(throws: CatalogLoadError.invalid([LoadProblem(file: "empty.json", location: .position(line: 1, column: 1), message: "file is empty: expected a JSON document")])) {
            try FairReader.read(bytes: [], fileName: "empty.json")
        }
        do {
            _ = try FairReader.read(contentsOf: "/nonexistent/fair.json")
        } catch {
            #expect(error.exitCode == 66)
            #expect(error.description == "/nonexistent/fair.json: cannot open: No such file or directory")
        }
    }
}
