/// The folded names of every entry, interned, with each tier's key per distinct name and each
/// entry's evidential website domains: enough to say, after grouping, why a company's entries at
/// different editions are tied (`evidence(between:and:)`).
struct EntryKeys: Sendable {
    /// Where each entry's names start in `nameIDs` (entry count + 1 values); the first is `name`.
    let nameStart: [Int]
    /// Distinct-name ids of every entry's names (name, then alternative names).
    let nameIDs: [Int32]
    /// Per distinct name: its interned `NameKeys.exact` (-1 when empty) and `legalFormIgnored` (-1 when nil).
    let exactOfName: [Int32]
    let legalOfName: [Int32]
    /// Per distinct name, -1 when absent: `loose`, `looseWordSet` (its own id space), `spelling`,
    /// `brandWord`, `singleWord` and `acronym`, all but the word set in the id space of `keyTexts`.
    let looseOfName: [Int32]
    let wordSetOfName: [Int32]
    let spellingOfName: [Int32]
    let brandOfName: [Int32]
    let singleOfName: [Int32]
    let acronymOfName: [Int32]
    /// The texts of the interned keys.
    let keyTexts: [String]
    /// Per interned exact and legal key: the number of different editions whose entries carry it.
    let exactEditionCount: [Int32]
    let legalEditionCount: [Int32]
    /// Where each entry's evidential domains start in `domainIDs` (entry count + 1 values): the
    /// registrable domains of its websites, shared hosts, organiser sites and domains of too many
    /// companies left out.
    let domainStart: [Int]
    let domainIDs: [Int32]
    let domainTexts: [String]
    /// Interned country per entry, -1 when unknown.
    let countryOfEntry: [Int32]

    /// The strictest tier on which one of these entries (all of one company at one edition)
    /// shares a key with an entry at another edition; nil when none does.
    func recurringKind(ofEntries entries: [Int]) -> ExhibitorMatchKind? {
        var best: ExhibitorMatchKind?
        for entry in entries {
            for slot in nameStart[entry]..<nameStart[entry + 1] {
                let name = Int(nameIDs[slot])
                let exact = exactOfName[name]
                if exact >= 0 && exactEditionCount[Int(exact)] > 1 { return .exact }
                let legal = legalOfName[name]
                if legal >= 0 && legalEditionCount[Int(legal)] > 1 { best = .legalFormIgnored }
            }
        }
        return best
    }

    /// The surest evidence that two entries are one company, read from their keys (the same rule as
    /// `ExhibitorMatchRule.evidence`, without the grouping's checks over the whole input); nil
    /// when nothing ties them directly.
    func evidence(between a: Int, and b: Int) -> ExhibitorMatchEvidence? {
        let countryA = countryOfEntry[a]
        let countryB = countryOfEntry[b]
        let disagree = countryA >= 0 && countryB >= 0 && countryA != countryB
        let bothUnknown = countryA < 0 && countryB < 0
        var best: ExhibitorMatchEvidence?
        func offer(_ evidence: ExhibitorMatchEvidence) {
            if best == nil || evidence < best! { best = evidence }
        }
        for slotA in nameStart[a]..<nameStart[a + 1] {
            let nameA = Int(nameIDs[slotA])
            for slotB in nameStart[b]..<nameStart[b + 1] {
                let nameB = Int(nameIDs[slotB])
                if exactOfName[nameA] >= 0 && exactOfName[nameA] == exactOfName[nameB] { return .sameName }
                if legalOfName[nameA] >= 0 && legalOfName[nameA] == legalOfName[nameB] {
                    offer(.sameNameWithoutLegalForm)
                    continue
                }
                guard !disagree else { continue }
                if spellingOfName[nameA] >= 0 && spellingOfName[nameA] == spellingOfName[nameB] {
                    offer(ExhibitorMatchEvidence(.transliteration, .certain))
                }
                if countryA >= 0 && countryA == countryB,
                   let acronym = Self.shared(acronymOfName[nameA], [singleOfName[nameB]]) ?? Self.shared(acronymOfName[nameB], [singleOfName[nameA]]) {
                    offer(ExhibitorMatchEvidence(.acronym, .certain, detail: keyTexts[Int(acronym)].uppercased()))
                }
                if !bothUnknown, let brand = Self.shared(brandOfName[nameA], [singleOfName[nameB]]) ?? Self.shared(brandOfName[nameB], [singleOfName[nameA]]) {
                    offer(ExhibitorMatchEvidence(.brandWord, .certain, detail: keyTexts[Int(brand)].uppercased()))
                }
                if wordSetOfName[nameA] >= 0 && wordSetOfName[nameA] == wordSetOfName[nameB] {
                    let ownAcronym = looseOfName[nameA] == looseOfName[nameB]
                    offer(ExhibitorMatchEvidence(.fuzzy, .probable, detail: ownAcronym ? "the name's own acronym added or left out" : "same words in another order"))
                }
            }
        }
        let sameCountry = countryA >= 0 && countryA == countryB
        for slotA in domainStart[a]..<domainStart[a + 1] {
            for slotB in domainStart[b]..<domainStart[b + 1] where domainIDs[slotA] == domainIDs[slotB] {
                guard sameCountry || sharesBrand(a, b) else { continue }
                offer(ExhibitorMatchEvidence(.website, disagree ? .probable : .certain, detail: domainTexts[Int(domainIDs[slotA])]))
            }
        }
        return best
    }

    /// Whether a name of each entry has the same brand word, or is only that word.
    func sharesBrand(_ a: Int, _ b: Int) -> Bool {
        for slotA in nameStart[a]..<nameStart[a + 1] {
            let nameA = Int(nameIDs[slotA])
            for slotB in nameStart[b]..<nameStart[b + 1] {
                let nameB = Int(nameIDs[slotB])
                for brand in [brandOfName[nameA], singleOfName[nameA]] where brand >= 0 {
                    if brandOfName[nameB] == brand || singleOfName[nameB] == brand { return true }
                }
            }
        }
        return false
    }

    /// `key` when it is present and equal to one of `others`.
    private static func shared(_ key: Int32, _ others: [Int32]) -> Int32? {
        key >= 0 && others.contains(key) ? key : nil
    }
}
