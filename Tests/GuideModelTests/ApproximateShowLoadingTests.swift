import Foundation
import GuideModel
import GuideTestSupport
import Testing

/// The `adex-guide/1` fields a fair file's conversion needs: a show dated only approximately, a
/// show's other websites and delegations, an exhibitor's other websites; each read into the
/// model, and each misuse refused with its path.
struct ApproximateShowLoadingTests {
    /// The fictional show's second show ("safety", no opening hours) dated by `approximateDate`.
    static func approximate(_ text: String) -> @Sendable (JSONValue) -> JSONValue {
        { $0.setting([.key("shows"), .index(1), .key("firstDay")], to: nil)
            .setting([.key("shows"), .index(1), .key("lastDay")], to: nil)
            .appendingMember("approximateDate", .string(text), at: [.key("shows"), .index(1)]) }
    }

    static func load(_ document: JSONValue) throws -> Catalog {
        try CatalogLoader.build(from: document, fileName: "show.json")
    }

    @Test(arguments: [("2030", "2030"), ("2030-06", "June 2030"), ("2030-06-04", "4 June 2030")])
    func aShowDatedApproximatelyLoads(_ text: String, _ label: String) throws {
        let catalog = try Self.load(Self.approximate(text)(try Fixtures.fictionalDocument()))
        let show = try #require(catalog.show(id: "safety"))
        #expect(show.approximateDate?.description == text)
        #expect(show.dateLabel == label)
        #expect(show.firstDay == show.approximateDate?.firstDay)
        #expect(show.lastDay == show.approximateDate?.lastDay)
        #expect(show.openingHours.isEmpty)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: @Sendable (JSONValue) -> JSONValue
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "days and an approximate date",
             edit: { $0.appendingMember("approximateDate", .string("2030"), at: [.key("shows"), .index(1)]) },
             expected: ["show.json:$.shows[1].approximateDate: a show has either firstDay and lastDay or an approximateDate, not both"]),
        Case(name: "one day and an approximate date",
             edit: { approximate("2030")($0).appendingMember("firstDay", .string("2030-06-04"), at: [.key("shows"), .index(1)]) },
             expected: ["show.json:$.shows[1].approximateDate: a show has either firstDay and lastDay or an approximateDate, not both",
                        "show.json:$.shows[1].lastDay: required field is missing"]),
        Case(name: "neither", edit: { $0.setting([.key("shows"), .index(1), .key("firstDay")], to: nil).setting([.key("shows"), .index(1), .key("lastDay")], to: nil) },
             expected: ["show.json:$.shows[1].firstDay: required field is missing", "show.json:$.shows[1].lastDay: required field is missing"]),
        Case(name: "not a date", edit: approximate("spring 2030"),
             expected: [#"show.json:$.shows[1].approximateDate: bad approximate date "spring 2030" (expected a year YYYY, a month YYYY-MM or a day YYYY-MM-DD)"#]),
        Case(name: "no such month", edit: approximate("2030-13"),
             expected: [#"show.json:$.shows[1].approximateDate: bad approximate date "2030-13" (expected a year YYYY, a month YYYY-MM or a day YYYY-MM-DD)"#]),
        Case(name: "not written as the data writes it", edit: approximate(" 2030"),
             expected: [#"show.json:$.shows[1].approximateDate: bad approximate date " 2030" (expected a year YYYY, a month YYYY-MM or a day YYYY-MM-DD)"#]),
        Case(name: "opening hours without days",
             edit: { approximate("2030-06")($0).setting([.key("shows"), .index(1), .key("openingHours")],
                                                        to: .array([.object([JSONMember(key: "day", value: .string("2030-06-04")),
                                                                             JSONMember(key: "open", value: .string("10:00")),
                                                                             JSONMember(key: "close", value: .string("17:00"))])])) },
             expected: ["show.json:$.shows[1].openingHours: a show dated only approximately has no opening hours (its days are not known)"]),
        Case(name: "delegation of an unknown country",
             edit: { $0.appendingMember("delegations", .array([.object([JSONMember(key: "name", value: .string("Navy")), JSONMember(key: "country", value: .string("XX"))])]),
                                        at: [.key("shows"), .index(1)]) },
             expected: [#"show.json:$.shows[1].delegations[0].country: unknown country "XX""#]),
        Case(name: "delegation without a name",
             edit: { $0.appendingMember("delegations", .array([.object([JSONMember(key: "country", value: .string("DE"))])]), at: [.key("shows"), .index(1)]) },
             expected: ["show.json:$.shows[1].delegations[0].name: required field is missing"]),
        Case(name: "a blank other website",
             edit: { $0.appendingMember("otherWebsites", .array([.string(" ")]), at: [.key("exhibitors"), .index(0)]) },
             expected: ["show.json:$.exhibitors[0].otherWebsites[0]: must not be empty"]),
    ]

    @Test(arguments: cases)
    func aMisusedFieldIsRefusedWithItsPath(_ testCase: Case) throws {
        #expect(Fixtures.problems(testCase.edit(try Fixtures.fictionalDocument())) == testCase.expected)
    }

    @Test func otherWebsitesAndDelegationsAreRead() throws {
        let document = try Fixtures.fictionalDocument()
            .appendingMember("otherWebsites", .array([.string("https://safety.example/en")]), at: [.key("shows"), .index(1)])
            .appendingMember("delegations", .array([.object([JSONMember(key: "name", value: .string("Navy")), JSONMember(key: "country", value: .string("DE"))]),
                                                    .object([JSONMember(key: "name", value: .string("Coast Guard"))])]),
                             at: [.key("shows"), .index(1)])
            .appendingMember("otherWebsites", .array([.string("https://b.example"), .string("https://c.example")]), at: [.key("exhibitors"), .index(0)])
        let catalog = try Self.load(document)
        let show = try #require(catalog.show(id: "safety"))
        #expect(show.otherWebsites == ["https://safety.example/en"])
        #expect(show.delegations == [Delegation(name: "Navy", country: "DE"), Delegation(name: "Coast Guard")])
        #expect(catalog.exhibitors[0].otherWebsites == ["https://b.example", "https://c.example"])
    }
}
