import Foundation
import GuideTestSupport
import Testing

/// The JSON Schema (docs/adex-guide-1.schema.json) checked with a real validator (Python's
/// `jsonschema`, installed by scripts/test): the bundled data and the fictional show conform, and
/// broken samples are rejected.
struct SchemaTests {
    static func validate(_ files: [String]) throws -> (status: Int32, output: String) {
        try PythonScript.run("tools/validate-schema.py", [Fixtures.path("docs/adex-guide-1.schema.json")] + files)
    }

    @Test func bundledDataAndFixturesConformToTheSchema() throws {
        let result = try Self.validate([Fixtures.bundledData, Fixtures.fixture("fictional-expo.json")])
        #expect(result.status != 2, "the jsonschema package is missing; scripts/test installs it: \(result.output)")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: ["missing-required.json", "bad-id-pattern.json", "unknown-field.json"])
    func brokenSamplesAreRejected(_ name: String) throws {
        let result = try Self.validate([Fixtures.fixture("schema-invalid/" + name)])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains(name))
    }
}
