import GuideModel
import GuideSynthetic
import Testing

/// `--ascii-names`: the same show with every string in plain ASCII, for the loader's ASCII paths.
struct SyntheticASCIITests {
    static let ascii = SyntheticShow.generate(exhibitors: Samples.mediumCount, seed: Samples.seed, script: .ascii)

    @Test func everyByteIsASCII() {
        #expect(Self.ascii.utf8.allSatisfy { $0 < 0x80 })
        // The mixed show does have other scripts, so the option changes something.
        #expect(!Samples.medium.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func loadsAsTheSameShowWithTheSameIDsAndNonEmptyNames() throws {
        let ascii = try Samples.load(Self.ascii, name: "ascii.json")
        let mixed = try Samples.mediumCatalog.get()
        #expect(ascii.exhibitors.map(\.id).sorted() == mixed.exhibitors.map(\.id).sorted())
        #expect(ascii.products.count == mixed.products.count)
        #expect(ascii.programme.count == mixed.programme.count)
        #expect(ascii.exhibitors.allSatisfy { $0.name.contains { $0.isLetter } })
        // Names in other scripts stay told apart, not collapsed into one spelling.
        let distinctNames = Set(ascii.exhibitors.map(\.name)).count
        #expect(distinctNames > Set(mixed.exhibitors.map(\.name)).count * 9 / 10)
    }

    @Test func isDeterministic() {
        #expect(SyntheticShow.generate(exhibitors: Samples.smallCount, seed: Samples.seed, script: .ascii)
            == SyntheticShow.generate(exhibitors: Samples.smallCount, seed: Samples.seed, script: .ascii))
    }
}
