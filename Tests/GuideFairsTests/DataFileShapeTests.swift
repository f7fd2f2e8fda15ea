@testable import GuideFairs
import GuideTestSupport
import Testing

/// Telling the two formats apart by their top-level names only.
struct DataFileShapeTests {
    static let cases: [(String, DataFileFormat?)] = [
        (#"{"format": "adex-guide/1", "event": {}}"#, .adexGuide),
        ("\u{FEFF}" + #" { "$schema": "x", "name": 1 }"#, .adexGuide),
        (#"{"name": "ADEX 2024", "series": "ADEX"}"#, .fairFile),
        (#"{"name": {"a": [1, "}", {"b": "\"]"}]}, "exhibitor": []}"#, .fairFile),
        (#"{"name": "Only a name"}"#, .fairFile),
        (#"{"website": "x", "format": "adex-guide/1"}"#, .adexGuide),
        (#"{"nmae": "typo"}"#, nil),
        ("[]", nil),
        ("", nil),
        (#"{"name": "cut in the mid"#, .fairFile),
        (#"{"weird\"key": 1, "exhibitors": []}"#, .adexGuide),
        ("{\"a\": \u{FF}\u{FE}", nil),
    ]

    @Test func namesTellTheFormat() {
        for (text, expected) in Self.cases {
            #expect(DataFileShape.detect(Array(text.utf8)) == expected, "\(text)")
        }
        #expect(DataFileShape.detect([0xFF, 0xFE, 0x7B]) == nil)
    }

    @Test func realFilesAreToldApart() throws {
        #expect(DataFileLoader.format(of: try DataFileLoader.bytes(contentsOf: FairSamples.fixture("adex-2024.json"))) == .fairFile)
        #expect(DataFileLoader.format(of: try DataFileLoader.bytes(contentsOf: Fixtures.bundledData)) == .adexGuide)
        #expect(DataFileLoader.format(of: try DataFileLoader.bytes(contentsOf: Fixtures.fixture("fictional-expo.json"))) == .adexGuide)
    }

    @Test func anAdexGuideFileStillLoadsAsBefore() throws {
        let loaded = try DataFileLoader.load(contentsOf: Fixtures.fixture("fictional-expo.json"), displayName: "fictional-expo.json")
        #expect(loaded.format == .adexGuide)
        #expect(loaded.conversion == nil && loaded.provenance == nil)
        let direct = try Fixtures.loadFictional()
        FairSampleTests.expectSameCatalog(loaded.catalog, direct)
        // Its errors are the adex-guide/1 loader's.
        do {
            _ = try DataFileLoader.load(bytes: Array(#"{"format": "adex-guide/1"}"#.utf8), fileName: "x.json")
            Issue.record("an empty document loaded")
        } catch {
            #expect(error.problems.first?.description == "x.json:$.sources: required field is missing")
        }
    }
}
