@testable import GuideFairs
import GuideSearch
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

    /// The slug writer (bytes on the stack) gives what the first implementation, words built as
    /// strings, gave: names in several scripts, long words, apostrophes, words that no longer fit.
    @Test func theSlugWriterAgreesWithStringBuiltSlugs() throws {
        var names = (0..<128).map { "AB" + String(UnicodeScalar(UInt8($0))) + "CD'E f" }
        names += ["", "'", "--", "O'NEIL & SONS", "Côte d’Ivoire", "ООО «РАДАР»", "中国航空 AVIC", "ΑΕΡΟΠΟΡΙΑ", "Şirketi İç Ticaret",
                  String(repeating: "WORD ", count: 20), String(repeating: "X", count: 70) + " Y", "A " + String(repeating: "B", count: 58),
                  "A " + String(repeating: "B", count: 59) + " C", String(repeating: "Ü", count: 64), "x" + String(repeating: "-y", count: 40)]
        for file in ["adex-2022.json", "adex-2024.json"] {
            let fair = try FairReader.read(contentsOf: FairSamples.fixture(file)).fair
            names += fair.exhibitors.compactMap(\.name)
        }
        for name in names {
            #expect(FairSlug.make(name) == Self.stringBuiltSlug(name), "\(name)")
        }
    }

    /// The slug as first written: folded, words as strings, joined by `+=`.
    static func stringBuiltSlug(_ text: String) -> String {
        var slug = ""
        var word = ""
        func endWord() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            if slug.isEmpty {
                slug = String(word.prefix(FairSlug.maximumLength))
            } else if slug.count + 1 + word.count <= FairSlug.maximumLength {
                slug += "-" + word
            }
        }
        for scalar in SearchFolding.fold(text).unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: word.unicodeScalars.append(scalar)
            case 0x27, 0x2019: continue
            default: endWord()
            }
        }
        endWord()
        return slug
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
