import Foundation
@testable import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// A value repeated many times in a list field of a fair entry (category, alias, country) is kept
/// once and reported once per list with how many values the line stands for: never one change per
/// repetition, which made a file of 5,000 repeated categories per entry take minutes and gigabytes.
struct RepeatedValuesTests {
    static let repetitions = 5_000

    /// The list shapes a hostile or careless file repeats a value in.
    enum Shape: String, CaseIterable, Sendable {
        /// The very same text.
        case identical
        /// The same value written with other case and spacing (cleaned, then equal by key).
        case variants
        /// Blank values.
        case blanks
    }

    static func values(_ shape: Shape) -> [JSONValue] {
        (0..<repetitions).map { index -> JSONValue in
            switch shape {
            case .identical: .string("Radar Systems")
            case .variants: .string(index % 2 == 0 ? "Radar Systems" : "  RADAR   systems \(String(repeating: " ", count: index % 7))")
            case .blanks: .string(index == 0 ? "Radar Systems" : String(repeating: " ", count: 1 + index % 3))
            }
        }
    }

    static func convert(field: String, shape: Shape, entry: Int = 6) throws -> FairConversion {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(entry), .key(field)], to: .array(values(shape)))
        return try FairConverterTests.convert(document)
    }

    @Test(arguments: ["category", "alias"], Shape.allCases)
    func aRepeatedListValueIsKeptOnceAndReportedOnce(field: String, shape: Shape) throws {
        let conversion = try Self.convert(field: field, shape: shape)
        let path = "$.exhibitor[6].\(field)"
        let records = conversion.report.changes.filter { $0.kind == .duplicateOrBlank && $0.path.description.hasPrefix(path) }
        #expect(records.count == 1, "\(records.count) records for \(path)")
        #expect(records.first?.occurrences == Self.repetitions - 1)
        #expect(records.first?.path.description == path)
        let line = try #require(records.first?.message)
        #expect(line.hasPrefix("\(Self.repetitions - 1) \(shape == .blanks ? "blank" : "repeated") values left out (the first at [1]"))
        // The summary still counts every value left out.
        #expect(conversion.report.count(.duplicateOrBlank) >= Self.repetitions - 1)
        #expect(conversion.report.summary.contains("\(conversion.report.count(.duplicateOrBlank)) repeated or blank values left out"))
        // Cleaning a text repeated verbatim is reported once, not once per copy.
        let cleaning = conversion.report.changes.filter { $0.kind == .whitespace && $0.path.description.hasPrefix(path) }
        #expect(cleaning.count <= 7)

        let catalog = try FairConverterTests.catalog(conversion)
        let name = "Radar Systems"
        switch field {
        case "category":
            let category = try #require(catalog.categories.first { $0.name == name })
            #expect(catalog.exhibitors.filter { $0.categories.contains(category.id) }.allSatisfy { $0.categories.filter { $0 == category.id }.count == 1 })
        default:
            #expect(catalog.exhibitors.filter { $0.altNames.contains(name) }.allSatisfy { $0.altNames.filter { $0 == name }.count == 1 })
            #expect(catalog.exhibitors.contains { $0.altNames.contains(name) })
        }
    }

    @Test func oneRepeatStillNamesItsOwnPlace() throws {
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(6), .key("category")], to: .array([.string("Radar"), .string("Radar"), .string(" "), .string("Sonar")]))
        let lines = try FairConverterTests.convert(document).report.lines
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[6].category[1]: "Radar" repeated; left out"#))
        #expect(lines.contains(#"adex-2024.json:$.exhibitor[6].category[2]: blank " "; left out"#))
    }

    @Test func aRepeatedCountryIsLookedAtOnceAndListedWithItsCount() throws {
        let countries: [JSONValue] = [.string("Turkey")] + Array(repeating: .object([JSONMember(key: "text", value: .string("France")), JSONMember(key: "iso2", value: .string("FR"))]), count: Self.repetitions)
        let document = try FairReaderTests.fixtureDocument()
            .setting([.key("exhibitor"), .index(6), .key("country")], to: .array(countries))
        let conversion = try FairConverterTests.convert(document)
        let several = conversion.report.changes.filter { $0.kind == .severalCountries }
        #expect(several.count == 1)
        #expect(several.first?.message == "\(Self.repetitions + 1) countries given (TR, FR ×\(Self.repetitions)); kept TR, the first that names a country")
        let catalog = try FairConverterTests.catalog(conversion)
        #expect(catalog.exhibitors.contains { $0.country == "TR" })
    }

    @Test func aFieldNameRepeatedAcrossEntriesIsOneLineWithItsCount() throws {
        var document = try FairReaderTests.fixtureDocument()
        for entry in 0..<50 {
            document = document.setting([.key("exhibitor"), .index(entry), .key("booth")], to: .string("B\(entry)"))
                .setting([.key("exhibitor"), .index(entry), .key("field\(entry)")], to: .string("x"))
        }
        let lines = try FairConverterTests.convert(document).report.lines
        #expect(lines.filter { $0.contains("exhibitor field booth") }
            == [#"adex-2024.json:$.exhibitor[0].booth: exhibitor field booth (50 times) not carried over: a field this guide does not know"#])
        #expect(lines.filter { $0.contains("exhibitor field field") }.count == 50)
    }

    /// The report's order, the fair's own changes first and then each entry's in list order with
    /// an entry's changes in the order made, is that of a stable sort on the entry's position.
    @Test func changesComeInFileOrder() {
        var generator = SeededGenerator(seed: 14)
        let paths: [JSONPath] = [.root / "address", .root / "name"] + (0..<40).map { .root / "exhibitor" / $0 / "name" }
        let changes = (0..<2_000).map { number in
            FairChange(.whitespace, at: paths[Int.random(in: 0..<paths.count, using: &generator)], "change \(number)")
        }
        func entry(_ change: FairChange) -> Int {
            let text = change.path.description
            guard text.hasPrefix("$.exhibitor[") else { return -1 }
            return Int(text.dropFirst("$.exhibitor[".count).prefix { $0.isNumber }) ?? -1
        }
        let expected = changes.enumerated().sorted { a, b in
            entry(a.element) != entry(b.element) ? entry(a.element) < entry(b.element) : a.offset < b.offset
        }.map(\.element)
        #expect(FairDocumentBuilder.inFileOrder(changes, entryCount: 40) == expected)
    }
}
