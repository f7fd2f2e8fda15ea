import Foundation
import GuideFairs
@testable import GuideSynthetic
import Testing

/// How well `ExhibitorMatching` finds the same company across a synthetic folder's lists, against
/// the generator's truth (which pool company each entry spells): the share of same-company pairs of
/// entries it joins (recall), and the companies it joins that are different (false merges).
///
/// The lists are spelled as the fair files spell them (`ListedName`, `FairEntry`: respellings,
/// brand-only and acronym-only names, other romanisations, native scripts, websites, group sites
/// shared across countries, missing countries), each entry knowing its company.
struct MatchingQualityTests {
    struct Truth {
        var editions: [EditionInput] = []
        /// Per edition, per entry: the pool company.
        var companyOfEntry: [[Int]] = []
    }

    static func truth(fairs: Int, entries: Int, seed: UInt64) -> Truth {
        var truth = Truth()
        let directory = SyntheticFairDirectory(fairs: fairs, entries: entries, seed: seed)
        for file in directory where file.hasExhibitorList {
            var rng = SplitMix64(seed: seed, stream: .fairList, index: 1_000_000 + file.ordinal)
            let style = file.plan.style
            var exhibitors: [EditionEntry] = []
            var companies: [Int] = []
            let duplicated = Set(file.duplicatedCompanyIDs)
            for index in file.companyIDs {
                let company = FairCompany(index: index, seed: file.seed)
                var respellings = [ListedName.drawRespelling(&rng)]
                if duplicated.contains(index) { respellings.append(rng.pick(ListedName.duplicateRespellings)) }
                for respelling in respellings {
                    let spelled = ListedName.spell(company, style: style, respelling: respelling, rng: &rng)
                    let entry = FairEntry(company, name: ListedName.messy(spelled, style: style, rng: &rng), style: style,
                                          host: file.series.host.code, seriesSlug: file.series.slug, rng: &rng)
                    exhibitors.append(EditionEntry(id: String(exhibitors.count), name: entry.name, altNames: Self.texts(entry.alias),
                                                   country: Self.code(entry.country), websites: entry.website.map { [$0] } ?? []))
                    companies.append(index)
                }
            }
            truth.editions.append(EditionInput(id: file.fileName, series: file.seriesName, edition: file.edition, year: file.year,
                                               name: file.fileName, exhibitors: exhibitors))
            truth.companyOfEntry.append(companies)
        }
        return truth
    }

    static func texts(_ texts: FairEntry.Texts?) -> [String] {
        switch texts {
        case .one(let text): [text]
        case .many(let list): list
        case nil: []
        }
    }

    static func code(_ country: FairEntry.Country?) -> String? {
        switch country {
        case .object(_, let iso2): iso2
        case .text(let text): CountryNames.code(forName: text)
        case .list(let list): list.last?.iso2
        case nil: nil
        }
    }

    struct Quality: CustomStringConvertible {
        var samePairs = 0
        var foundPairs = 0
        /// Matched companies holding pool companies with different names, counted once per extra company.
        var falseMerges = 0
        var falseMergeExamples: [String] = []
        /// Per "level kind": merged companies with a direct link of that evidence between different pool companies.
        var falseMergesByEvidence: [String: Int] = [:]
        var newTierExamples: [String] = []
        var recallPerMille: Int { samePairs == 0 ? 1000 : foundPairs * 1000 / samePairs }
        var description: String { "recall \(recallPerMille)‰ (\(foundPairs) of \(samePairs) pairs), \(falseMerges) false merges \(falseMergesByEvidence.sorted { $0.key < $1.key }) examples on new tiers: \(newTierExamples.prefix(10).joined(separator: " ## "))" }
    }

    static func quality(of truth: Truth, seed: UInt64) -> Quality {
        let matching = ExhibitorMatching(editions: truth.editions)
        let truthByEdition = Dictionary(uniqueKeysWithValues: zip(truth.editions.map(\.id), truth.companyOfEntry))
        var quality = Quality()
        var entriesOfTruth: [Int: Int] = [:]
        for companies in truth.companyOfEntry { for company in companies { entriesOfTruth[company, default: 0] += 1 } }
        // Pool companies no rule can tell apart: an entry of each spelled alike, legal forms aside
        // (the generator gives a few companies one generic name, and lists drop what tells them apart).
        var alike: [Int: Int] = [:]
        func representative(_ company: Int) -> Int {
            var node = company
            while let parent = alike[node], parent != node { node = parent }
            return node
        }
        var companyOfSpelling: [String: Int] = [:]
        func unite(_ key: String, _ company: Int) {
            if let other = companyOfSpelling[key] {
                let (a, b) = (representative(other), representative(company))
                if a != b { alike[max(a, b)] = min(a, b) }
            } else {
                companyOfSpelling[key] = company
            }
        }
        // The generator cuts sites from a name's first words: companies it gives one site are alike too.
        for company in entriesOfTruth.keys {
            // (Sister companies' shared group sites excepted: telling those apart is what is measured.)
            if let website = FairCompany(index: company, seed: seed).website, let host = URL(string: website)?.host?.lowercased(),
               !host.hasPrefix("www.group-") {
                unite("site " + (host.hasPrefix("www.") ? String(host.dropFirst(4)) : host), company)
            }
        }
        for (edition, companies) in zip(truth.editions, truth.companyOfEntry) {
            for (entry, company) in zip(edition.exhibitors, companies) {
                for name in [entry.name] + entry.altNames {
                    let keys = NameKeys(name: name)
                    let key = keys.legalFormIgnored ?? keys.exact
                    guard !key.isEmpty else { continue }
                    unite(key, company)
                }
            }
        }
        quality.samePairs = entriesOfTruth.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        for company in matching.companies {
            var perTruth: [Int: Int] = [:]
            for listing in company.listings {
                perTruth[truthByEdition[listing.editionID]![Int(listing.entryID)!], default: 0] += 1
            }
            quality.foundPairs += perTruth.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            guard perTruth.count > 1 else { continue }
            let names = Set(perTruth.keys.map(representative))
            if names.count > 1 {
                quality.falseMerges += names.count - 1
                quality.falseMergeExamples.append(company.listings.map(\.name).prefix(4).joined(separator: " | "))
                // Which evidence ties entries of different pool companies directly.
                let entries = company.listings.prefix(60).map { listing in
                    (truth: truthByEdition[listing.editionID]![Int(listing.entryID)!],
                     entry: truth.editions.first { $0.id == listing.editionID }!.exhibitors[Int(listing.entryID)!])
                }
                var kinds = Set<String>()
                for a in entries.indices {
                    for b in entries.indices where b > a && entries[a].truth != entries[b].truth {
                        if let evidence = ExhibitorMatchRule.evidence(entries[a].entry, entries[b].entry) {
                            kinds.insert("\(evidence.level) \(evidence.kind)")
                            if evidence.kind != .fuzzy && evidence.kind != .exact && evidence.kind != .legalFormIgnored {
                                quality.newTierExamples.append("\(evidence): \(entries[a].entry.name) [\(entries[a].entry.country ?? "-")] \(entries[a].entry.websites) / \(entries[b].entry.name) [\(entries[b].entry.country ?? "-")] \(entries[b].entry.websites)")
                            }
                        }
                    }
                }
                for kind in kinds { quality.falseMergesByEvidence[kind, default: 0] += 1 }
            }
        }
        return quality
    }

    /// The target: at least 95% of same-company pairs found, and no false merge on certain
    /// evidence. (Measured on this folder: 96.4% found; 52 companies hold two pool companies,
    /// 50 of them through the fuzzy tier, probable by design, whose generated names differ by one
    /// letter or in word order only, and 2 through sites the generator cut alike from two names.)
    @Test func sameCompaniesAreFoundAndDifferentOnesKeptApart() {
        let seed: UInt64 = 15
        let truth = Self.truth(fairs: 90, entries: 30_000, seed: seed)
        let quality = Self.quality(of: truth, seed: seed)
        #expect(quality.samePairs > 10_000, "the folder must have recurring companies: \(quality)")
        #expect(quality.recallPerMille >= 950, "\(quality)")
        let certainByNameEvidence = ["certain transliteration", "certain acronym", "certain brand word"].reduce(0) {
            $0 + quality.falseMergesByEvidence[$1, default: 0]
        }
        #expect(certainByNameEvidence == 0, "\(quality)")
        #expect(quality.falseMergesByEvidence["certain website", default: 0] <= 2, "\(quality)")
        #expect(quality.falseMerges <= 60, "\(quality)")
    }
}
