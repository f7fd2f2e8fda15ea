import GuideModel
import GuideSynthetic
import Testing

/// Properties search benchmarks rely on: varied scripts, alternative names, punctuation, and hostile
/// names only where `HostileNames` documents them.
struct SyntheticContentTests {
    static let names = Samples.section("exhibitors").compactMap { Samples.string("name", of: $0) }

    static func share(_ predicate: (String) -> Bool) -> Double {
        Double(names.filter(predicate).count) / Double(names.count)
    }

    static func hasScalar(_ text: String, in ranges: [ClosedRange<UInt32>]) -> Bool {
        text.unicodeScalars.contains { scalar in ranges.contains { $0.contains(scalar.value) } }
    }

    @Test func namesMixScriptsAndLanguages() {
        #expect(Self.names.count == Samples.mediumCount)
        let nonASCIILetter = Self.share { $0.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic } }
        let latinDiacritics = Self.share { Self.hasScalar($0, in: [0xC0...0x24F, 0x259...0x259, 0x18F...0x18F]) }
        let cyrillic = Self.share { Self.hasScalar($0, in: [0x400...0x4FF]) }
        let cjk = Self.share { Self.hasScalar($0, in: [0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7AF]) }
        let azerbaijani = Self.share { $0.contains("ə") || $0.contains("Ə") }
        #expect(nonASCIILetter >= 0.10, "\(nonASCIILetter)")
        #expect(latinDiacritics >= 0.10, "\(latinDiacritics)")
        #expect(cyrillic >= 0.03, "\(cyrillic)")
        #expect(cjk >= 0.02, "\(cjk)")
        #expect(azerbaijani >= 0.05, "\(azerbaijani)")
        #expect(Self.names.contains { $0.hasSuffix(" GmbH") })
        #expect(Self.names.contains { $0.hasSuffix(" A.Ş.") })
        #expect(Self.names.contains { $0.hasSuffix(" LLC") })
        #expect(Self.names.contains { $0.hasSuffix(" S.p.A.") })
        #expect(Self.names.contains { $0.hasPrefix("АО «") || $0.hasPrefix("ООО «") })
    }

    @Test func namesCarryPunctuationAtALowRate() {
        let quotes = Self.share { $0.contains("\"") }
        let ampersands = Self.share { $0.contains("&") }
        let parentheses = Self.share { $0.contains("(") }
        #expect(quotes > 0 && quotes < 0.01, "\(quotes)")
        #expect(ampersands > 0 && ampersands < 0.03, "\(ampersands)")
        #expect(parentheses > 0 && parentheses < 0.03, "\(parentheses)")
    }

    @Test func alternativeNamesHoldAcronymsAndLatinForms() throws {
        let catalog = try Samples.mediumCatalog.get()
        let acronyms = catalog.exhibitors.filter { exhibitor in
            exhibitor.altNames.contains { $0.count >= 3 && $0.count <= 6 && $0 == $0.uppercased() && !$0.contains(" ") }
        }
        #expect(acronyms.count > Samples.mediumCount / 20)
        let cyrillic = catalog.exhibitors.filter { Self.hasScalar($0.name, in: [0x400...0x4FF]) }
        #expect(!cyrillic.isEmpty)
        #expect(cyrillic.allSatisfy { exhibitor in exhibitor.altNames.contains { !Self.hasScalar($0, in: [0x400...0x4FF]) } })
        let cjk = catalog.exhibitors.filter { Self.hasScalar($0.name, in: [0x4E00...0x9FFF, 0xAC00...0xD7AF]) }
        #expect(cjk.allSatisfy { !$0.altNames.isEmpty })
        #expect(catalog.exhibitors.filter { $0.website != nil }.allSatisfy { $0.website!.contains(".example") })
        #expect(Double(catalog.exhibitors.filter { $0.website != nil }.count) > 0.7 * Double(Samples.mediumCount))
    }

    /// Text with a control, C1, bidi or invisible formatting character anywhere in the file.
    static func isHostile(_ text: String) -> Bool {
        hasScalar(text, in: [0x0...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF...0xFEFF])
    }

    @Test func hostileNamesAppearOnlyAtTheDocumentedRate() {
        let hostileIndices = Self.names.indices.filter { Self.isHostile(Self.names[$0]) }
        #expect(hostileIndices == [1_000])
        #expect(hostileIndices.allSatisfy(HostileNames.isHostile(index:)))
        #expect(HostileNames.count(exhibitors: Samples.mediumCount) == 1)
        #expect(HostileNames.count(exhibitors: Samples.smallCount) == 0)
        #expect(HostileNames.count(exhibitors: 100_000) == 10)
        #expect(HostileNames.count(exhibitors: 1_000_000) == 100)
        #expect(HostileNames.count(exhibitors: 1_001) == 1)
        // The first variant is a colour escape sequence around an ordinary name.
        #expect(Self.names[1_000].hasPrefix("\u{1B}[31m") && Self.names[1_000].hasSuffix("\u{1B}[0m"))
        // Nowhere else in the file: every other string is clean (the venue address has a newline).
        var others: [String] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .string(let text): if Self.isHostile(text), !Self.names.contains(text) { others.append(text) }
            case .array(let elements): elements.forEach(walk)
            case .object(let members): members.forEach { walk($0.value) }
            default: break
            }
        }
        walk(Samples.mediumTree)
        #expect(others == ["1 Nowhere Avenue\nBakı (synthetic address)"])
    }
}
