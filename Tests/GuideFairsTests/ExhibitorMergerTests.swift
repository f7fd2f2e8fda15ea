@testable import GuideFairs
import GuideModel
import GuideTestSupport
import Testing

/// The merger checks an entry against a group's signature instead of against each member; for any
/// list it must merge exactly as the member-by-member rule does, and a name listed thousands of
/// times must end up as one exhibitor.
struct ExhibitorMergerTests {
    static func entry(_ index: Int, _ name: String, country: String? = nil, address: String? = nil) -> NormalisedEntry {
        NormalisedEntry(index: index, name: name, key: CompanyNameKey(name), aliases: [],
                        country: CountryResolver.Resolution(code: country), addressCountry: address, categories: [], website: nil)
    }

    /// The rule as stated: an entry joins the first earlier group whose every member it matches.
    static func referenceGroups(_ entries: [NormalisedEntry]) -> [[Int]] {
        var groups: [[NormalisedEntry]] = []
        for entry in entries {
            if let target = groups.indices.first(where: { group in
                groups[group].allSatisfy { $0.key.isSameCompany(as: entry.key) && !$0.isPlacedApart(from: entry) }
            }) {
                groups[target].append(entry)
            } else {
                groups.append([entry])
            }
        }
        return groups.map { $0.map(\.index) }
    }

    @Test(arguments: 1...40)
    func mergesAsTheMemberByMemberRule(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let names = ["ACME", "Acme Ltd", "ACME GmbH", "Acme Co Ltd", "AO Acme", "acme, ltd.", "Beta", "Beta Inc", "BETA LLC", "PT Beta", "!!!"]
        let countries: [String?] = [nil, nil, "TR", "FR"]
        let addresses: [String?] = [nil, nil, "TR", "DE"]
        let entries = (0..<Int.random(in: 1...60, using: &generator)).map { index in
            Self.entry(index, names.randomElement(using: &generator)!, country: countries.randomElement(using: &generator)!,
                       address: addresses.randomElement(using: &generator)!)
        }
        let merged = ExhibitorMerger.merge(entries)
        #expect(merged.exhibitors.map { $0.entries.map(\.index) } == Self.referenceGroups(entries))
        #expect(merged.changes.count == entries.count - merged.exhibitors.count)
    }

    @Test func aNameListedThousandsOfTimesIsOneExhibitor() {
        let entries = (0..<20_000).map { Self.entry($0, $0 % 2 == 0 ? "ACME" : "Acme Ltd", country: $0 % 3 == 0 ? "TR" : nil) }
        let merged = ExhibitorMerger.merge(entries)
        #expect(merged.exhibitors.count == 1)
        #expect(merged.exhibitors.first?.entries.count == 20_000)
    }
}
