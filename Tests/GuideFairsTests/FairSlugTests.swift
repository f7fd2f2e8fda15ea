@testable import GuideFairs
import GuideTestSupport
import Testing

/// Ids from names: valid whatever the name holds, and the same list always gets the same ids.
struct FairSlugTests {
    @Test func slugsFoldAndTransliterate() {
        #expect(FairSlug.make("\"AZERSILAH\" DEFENSE İNDUSTRY") == "azersilah-defense-industry")
        #expect(FairSlug.make("AO РЫБИНСКАЯ ВЕРФЬ") == "ao-rybinskaya-verf")
        #expect(FairSlug.make("Côte d'Ivoire") == "cote-divoire")
        #expect(FairSlug.make("KRISTALTEK \u{96} LASER\u{1B}[31m") == "kristaltek-laser-31m")
        #expect(FairSlug.make("中国航空") == "")
        #expect(FairSlug.make("\u{1}\u{2}") == "")
    }

    /// The shortcut for ASCII names gives the slug folding would, for every ASCII character and
    /// for every name of the ADEX fixtures.
    @Test func theASCIIShortcutAgreesWithFolding() throws {
        var names = (0..<128).map { "AB" + String(UnicodeScalar(UInt8($0))) + "CD'E f" }
        names += ["", "'", "--", "O'NEIL & SONS", String(repeating: "WORD ", count: 20), String(repeating: "X", count: 70) + " Y"]
        for file in ["adex-2022.json", "adex-2024.json"] {
            let fair = try FairReader.read(contentsOf: FairSamples.fixture(file)).fair
            names += fair.exhibitors.compactMap(\.name)
        }
        for name in names {
            #expect(FairSlug.makeFromASCII(name).map { $0 == FairSlug.makeFromFolded(name) } ?? !name.utf8.allSatisfy { $0 < 0x80 }, "\(name)")
        }
    }

    @Test func longNamesAreCutAtAWordEnd() {
        let slug = FairSlug.make("AGAT - CONTROL SYSTEMS - MANAGING COMPANY OF GEOINFORMATION CONTROL SYSTEMS HOLDING, JOINT STOCK COMPANY")
        #expect(slug == "agat-control-systems-managing-company-of-geoinformation")
        #expect(slug.count <= FairSlug.maximumLength)
    }

    @Test func theAllocatorNeverStealsALaterPlainSlug() {
        let slugs = ["acme", "acme", "acme-2", ""]
        var allocator = SlugAllocator(plainSlugs: slugs)
        let ids = slugs.enumerated().map { allocator.id(for: $1, fallback: "exhibitor-\($0 + 1)") }
        #expect(ids == ["acme", "acme-3", "acme-2", "exhibitor-4"])
    }
}
