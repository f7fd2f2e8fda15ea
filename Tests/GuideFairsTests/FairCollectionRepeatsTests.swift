import Foundation
import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// A folder of fairs whose entries repeat values in their lists, or list thousands of distinct
/// ones: each value is kept once per exhibitor, in first-seen order (the class of lists that were
/// scanned once per value).
struct FairCollectionRepeatsTests {
    static let count = 3_000

    static func fair(_ edition: String, entries: [[(String, JSONValue)]]) -> JSONValue {
        .dict([("name", .string("Repeat \(edition)")), ("series", .string("Repeat")), ("edition", .string(edition)),
               ("startDate", .string("\(edition)-09-24")), ("endDate", .string("\(edition)-09-26")),
               ("exhibitor", .array(entries.map { .dict($0) }))])
    }

    @Test func repeatedAndDistinctListValuesAreKeptOnceEach() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let distinct = (0..<Self.count).map { JSONValue.string("Alias \($0)") }
        let repeated = Array(repeating: JSONValue.string("Radar"), count: Self.count) + [.string(" radar "), .string("Sonar")]
        let entry: [(String, JSONValue)] = [("name", .string("ACME LTD")), ("alias", .array(distinct + distinct)),
                                            ("category", .array(repeated + (0..<Self.count).map { .string("Category \($0)") }))]
        try Data(JSONWriter.write(Self.fair("2022", entries: [entry, entry])).utf8).write(to: directory.appendingPathComponent("repeat-2022.json"))
        try Data(JSONWriter.write(Self.fair("2024", entries: [entry])).utf8).write(to: directory.appendingPathComponent("repeat-2024.json"))

        let catalog = try FairCollection.load(files: FairCollection.files(inDirectory: directory.path), name: "repeats").catalog
        #expect(catalog.exhibitors.count == 1)
        let acme = try #require(catalog.exhibitors.first)
        #expect(acme.altNames == (0..<Self.count).map { "Alias \($0)" })
        let names = acme.categories.compactMap { catalog.category(id: $0)?.name }
        #expect(names == ["Radar", "Sonar"] + (0..<Self.count).map { "Category \($0)" })
        #expect(acme.shows.count == 2)
    }
}
