import GuideModel
import GuideTestSupport
import Testing

/// One case per validation rule: a valid fictional show with exactly one thing broken, and the
/// exact message (file, JSON path and words) the loader must give for it.
struct ValidationRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: @Sendable (JSONValue) -> JSONValue
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unsupported format", edit: { $0.setting([.key("format")], to: .string("adex-guide/2")) },
             expected: #"show.json:$.format: unsupported format "adex-guide/2" (this version of adex-guide reads "adex-guide/1")"#),
        Case(name: "missing required field", edit: { $0.setting([.key("event"), .key("name")], to: nil) },
             expected: "show.json:$.event.name: required field is missing"),
        Case(name: "empty name", edit: { $0.setting([.key("exhibitors"), .index(0), .key("name")], to: .string("  ")) },
             expected: "show.json:$.exhibitors[0].name: must not be empty"),
        Case(name: "wrong type", edit: { $0.setting([.key("exhibitors"), .index(0), .key("listed")], to: .string("yes")) },
             expected: "show.json:$.exhibitors[0].listed: expected true or false, found a string"),
        Case(name: "unknown field with suggestion", edit: { $0.appendingMember("nmae", .string("x"), at: [.key("exhibitors"), .index(0)]) },
             expected: #"show.json:$.exhibitors[0].nmae: unknown field (did you mean "name"?)"#),
        Case(name: "duplicate field", edit: { $0.appendingMember("kind", .string("company"), at: [.key("exhibitors"), .index(0)]) },
             expected: #"show.json:$.exhibitors[0].kind: duplicate field "kind" (a field may appear only once)"#),
        Case(name: "invalid id", edit: { $0.setting([.key("exhibitors"), .index(0), .key("id")], to: .string("Azersky Drones")) },
             expected: #"show.json:$.exhibitors[0].id: "Azersky Drones" is not a valid id (use lowercase letters, digits and single hyphens, e.g. "hall-1")"#),
        Case(name: "duplicate id", edit: { $0.setting([.key("exhibitors"), .index(1), .key("id")], to: .string("azersky-drones")) },
             expected: #"show.json:$.exhibitors[1].id: duplicate exhibitor id "azersky-drones" (first used at $.exhibitors[0].id)"#),
        Case(name: "unknown country", edit: { $0.setting([.key("exhibitors"), .index(0), .key("country")], to: .string("XX")) },
             expected: #"show.json:$.exhibitors[0].country: unknown country "XX""#),
        Case(name: "unknown category with suggestion", edit: { $0.setting([.key("exhibitors"), .index(0), .key("categories"), .index(0)], to: .string("optic")) },
             expected: #"show.json:$.exhibitors[0].categories[0]: unknown category "optic" (did you mean "optics"?)"#),
        Case(name: "unknown hall", edit: { $0.setting([.key("exhibitors"), .index(0), .key("stand"), .key("hall")], to: .string("hall-z")) },
             expected: #"show.json:$.exhibitors[0].stand.hall: unknown hall "hall-z" (did you mean "hall-a"?)"#),
        Case(name: "unknown stand code", edit: { $0.setting([.key("exhibitors"), .index(0), .key("stand"), .key("code")], to: .string("A9")) },
             expected: #"show.json:$.exhibitors[0].stand.code: unknown stand "A9" (did you mean "A1"?) in hall "hall-a""#),
        Case(name: "unknown source", edit: { $0.setting([.key("products"), .index(0), .key("sources"), .index(0)], to: .string("f9")) },
             expected: #"show.json:$.products[0].sources[0]: unknown source "f9" (did you mean "f1"?)"#),
        Case(name: "unknown exhibitor in product", edit: { $0.setting([.key("products"), .index(0), .key("exhibitor")], to: .string("nobody")) },
             expected: #"show.json:$.products[0].exhibitor: unknown exhibitor "nobody""#),
        Case(name: "bad date", edit: { $0.setting([.key("shows"), .index(0), .key("firstDay")], to: .string("2030-02-30")) },
             expected: #"show.json:$.shows[0].firstDay: bad date "2030-02-30" (expected a real day as YYYY-MM-DD)"#),
        Case(name: "last day before first", edit: { $0.setting([.key("shows"), .index(1), .key("lastDay")], to: .string("2030-06-01")) },
             expected: "show.json:$.shows[1].lastDay: last day 2030-06-01 is before first day 2030-06-04"),
        Case(name: "bad time", edit: { $0.setting([.key("programme"), .index(0), .key("start")], to: .string("25:00")) },
             expected: #"show.json:$.programme[0].start: bad time "25:00" (expected HH:MM between 00:00 and 23:59)"#),
        Case(name: "end before start", edit: { $0.setting([.key("programme"), .index(0), .key("end")], to: .string("09:00")) },
             expected: "show.json:$.programme[0].end: end 09:00 is not after start 10:00"),
        Case(name: "end without start", edit: { $0.setting([.key("programme"), .index(7), .key("end")], to: .string("16:00")).setting([.key("programme"), .index(7), .key("start")], to: nil) },
             expected: "show.json:$.programme[7].end: an end time needs a start time"),
        Case(name: "day outside the show", edit: { $0.setting([.key("programme"), .index(0), .key("day")], to: .string("2030-06-09")) },
             expected: #"show.json:$.programme[0].day: 2030-06-09 is outside the dates of show "main" (2030-06-03 to 2030-06-05)"#),
        Case(name: "opening hours outside the show", edit: { $0.setting([.key("shows"), .index(0), .key("openingHours"), .index(0), .key("day")], to: .string("2030-06-01")) },
             expected: "show.json:$.shows[0].openingHours[0].day: 2030-06-01 is outside the show's dates (2030-06-03 to 2030-06-05)"),
        Case(name: "unknown time zone", edit: { $0.setting([.key("event"), .key("timeZone")], to: .string("Europe/Berln")) },
             expected: #"show.json:$.event.timeZone: unknown time zone "Europe/Berln" (expected an IANA id such as "Asia/Baku"); did you mean "Europe/Berlin"?"#),
        Case(name: "stand outside the hall", edit: { $0.setting([.key("halls"), .index(1), .key("stands"), .index(2), .key("width")], to: .number(30)) },
             expected: #"show.json:$.halls[1].stands[2]: stand "B3" (x 0, y 6, 30x4) lies outside the hall (24x10)"#),
        Case(name: "overlapping stands", edit: { $0.setting([.key("halls"), .index(1), .key("stands"), .index(1), .key("x")], to: .number(10)) },
             expected: #"show.json:$.halls[1].stands[1]: stand "B2" overlaps stand "B1""#),
        Case(name: "category cycle", edit: { $0.setting([.key("categories"), .index(0), .key("parent")], to: .string("uav")) },
             expected: #"show.json:$.categories[0].parent: category "air" is its own ancestor: its parents lead back to it after 2 categories ("air" → "uav" → "air")"#),
        Case(name: "bad confidence", edit: { $0.setting([.key("exhibitors"), .index(0), .key("confidence")], to: .string("sure")) },
             expected: #"show.json:$.exhibitors[0].confidence: unknown confidence "sure" (expected one of: confirmed, reported, weak, unknown)"#),
        Case(name: "no sources", edit: { $0.setting([.key("exhibitors"), .index(0), .key("sources")], to: .array([])) },
             expected: "show.json:$.exhibitors[0].sources: must list at least one entry"),
        Case(name: "bad country code", edit: { $0.setting([.key("countries"), .index(0), .key("code")], to: .string("aze")) },
             expected: #"show.json:$.countries[0].code: "aze" is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. "AZ")"#),
    ]

    @Test(arguments: cases)
    func reportsTheRuleWithItsPath(_ testCase: Case) throws {
        let document = testCase.edit(try Fixtures.fictionalDocument())
        let problems = Fixtures.problems(document)
        #expect(problems.contains(testCase.expected), "got:\n\(problems.joined(separator: "\n"))")
    }

    @Test func theUneditedFixtureIsValid() throws {
        #expect(Fixtures.problems(try Fixtures.fictionalDocument()) == [])
    }

    @Test func everyProblemOfAFileIsReportedNotJustTheFirst() throws {
        var document = try Fixtures.fictionalDocument()
        for testCase in Self.cases.dropFirst() { document = testCase.edit(document) }
        let problems = Fixtures.problems(document)
        // Every rule's problem appears, except where one edit hides another: an invalid first id
        // cannot be duplicated, a broken start or first day cannot be compared, a removed stand
        // cannot be overlapped, and a stand code is not checked in an unknown hall.
        let masked: Set<String> = ["duplicate id", "end before start", "day outside the show",
                                   "opening hours outside the show", "overlapping stands", "unknown stand code"]
        let expected = Self.cases.dropFirst().filter { !masked.contains($0.name) }.map(\.expected)
        for message in expected {
            #expect(problems.contains(message), "missing: \(message)")
        }
        #expect(problems.count >= expected.count)
    }

}
