/// The grouping step of `ExhibitorMatching`: every entry of every edition in one flat list, its
/// names' keys interned, and the entries joined tier by tier.
///
/// 1. exact keys and legal-form keys: every entry sharing one is joined (countries ignored);
/// 2. fuzzy word-set keys (`NameKeys.looseWordSet`): joined through `CountryGate`;
/// 3. loose keys one allowed edit apart (`NearNameFinder`): the entries of both, through `CountryGate`.
///
/// Each step is hashing or sorting over the entries, so the whole is roughly linear.
struct EntryGrouping {
    /// Where each edition's entries start (edition count + 1 values).
    let entryStart: [Int]
    let editionOfEntry: [Int32]
    /// Interned country per entry (index into `countryCodes`), -1 when unknown.
    let countryOfEntry: [Int32]
    /// Country codes, sorted, so interned numbers compare like the codes.
    let countryCodes: [String]
    let keys: EntryKeys
    /// The distinct names, and the texts of the interned exact, legal-form and loose keys (one
    /// id space shared by the three tiers; `keys.exactOfName` gives a name's exact key's id).
    let distinctNames: [String]
    let foldedKeys: [String]
    /// Each entry's component: equal for entries of one company.
    let componentRoot: [Int32]

    var entryCount: Int { editionOfEntry.count }

    init(editions: [EditionInput]) {
        var starts = [0]
        var editionOf: [Int32] = []
        var rawCountries: [String?] = []
        var nameStarts = [0]
        // Every entry's names (name, then alternative names), entry after entry.
        var allNames: [String] = []
        let expectedEntries = editions.reduce(0) { $0 + $1.exhibitors.count }
        editionOf.reserveCapacity(expectedEntries)
        rawCountries.reserveCapacity(expectedEntries)
        nameStarts.reserveCapacity(expectedEntries + 1)
        allNames.reserveCapacity(expectedEntries)
        for (editionIndex, edition) in editions.enumerated() {
            for entry in edition.exhibitors {
                editionOf.append(Int32(editionIndex))
                rawCountries.append(CountryCode.normalised(entry.country))
                allNames.append(entry.name)
                allNames.append(contentsOf: entry.altNames)
                nameStarts.append(allNames.count)
            }
            starts.append(editionOf.count)
        }
        entryStart = starts
        editionOfEntry = editionOf
        let internedNames = InternedStrings(allNames)
        let nameIDs = internedNames.ids
        let names = internedNames.firstIndices.map { allNames[Int($0)] }
        distinctNames = names
        let codes = Array(Set(rawCountries.compactMap { $0 })).sorted()
        let codeIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int32($0)) })
        countryCodes = codes
        countryOfEntry = rawCountries.map { $0.map { codeIndex[$0]! } ?? -1 }

        // Exact, legal-form and loose keys share one id space: they are the same string for most
        // names (no legal form, no acronym). Keys made and interned on all cores.
        let distinct = names
        let allKeys = ParallelChunks.map(count: distinct.count) { NameKeys(name: distinct[$0]) }
        var keyTexts: [String] = []
        var wordSets: [String] = []
        keyTexts.reserveCapacity(allKeys.count * 3)
        wordSets.reserveCapacity(allKeys.count)
        for keys in allKeys {
            if !keys.exact.isEmpty { keyTexts.append(keys.exact) }
            if let legal = keys.legalFormIgnored { keyTexts.append(legal) }
            if let loose = keys.loose { keyTexts.append(loose) }
            if let wordSet = keys.looseWordSet { wordSets.append(wordSet) }
        }
        let internedKeys = InternedStrings(keyTexts)
        let internedWordSets = InternedStrings(wordSets)
        var exactOfName: [Int32] = []
        var legalOfName: [Int32] = []
        var looseOfName: [Int32] = []
        var wordSetOfName: [Int32] = []
        exactOfName.reserveCapacity(allKeys.count)
        legalOfName.reserveCapacity(allKeys.count)
        looseOfName.reserveCapacity(allKeys.count)
        wordSetOfName.reserveCapacity(allKeys.count)
        var nextKey = 0
        var nextWordSet = 0
        func take(_ present: Bool, from ids: [Int32], at next: inout Int) -> Int32 {
            guard present else { return -1 }
            defer { next += 1 }
            return ids[next]
        }
        for keys in allKeys {
            exactOfName.append(take(!keys.exact.isEmpty, from: internedKeys.ids, at: &nextKey))
            legalOfName.append(take(keys.legalFormIgnored != nil, from: internedKeys.ids, at: &nextKey))
            looseOfName.append(take(keys.loose != nil, from: internedKeys.ids, at: &nextKey))
            wordSetOfName.append(take(keys.looseWordSet != nil, from: internedWordSets.ids, at: &nextWordSet))
        }
        let foldedTexts = internedKeys.firstIndices.map { keyTexts[Int($0)] }
        foldedKeys = foldedTexts
        let wordSetCount = internedWordSets.firstIndices.count

        let entryCount = editionOf.count
        var sets = UnionFind(count: entryCount)
        /// Joins all entries carrying each key of a tier (per name), returning per key how many editions carry it.
        func joinSharing(_ keyOfName: [Int32], keyCount: Int) -> [Int32] {
            var firstEntry = [Int32](repeating: -1, count: keyCount)
            var lastEdition = [Int32](repeating: -1, count: keyCount)
            var editionCount = [Int32](repeating: 0, count: keyCount)
            for entry in 0..<entryCount {
                for slot in nameStarts[entry]..<nameStarts[entry + 1] {
                    let key = Int(keyOfName[Int(nameIDs[slot])])
                    guard key >= 0 else { continue }
                    if firstEntry[key] < 0 { firstEntry[key] = Int32(entry) } else { sets.union(firstEntry[key], Int32(entry)) }
                    if lastEdition[key] != editionOf[entry] {
                        lastEdition[key] = editionOf[entry]
                        editionCount[key] += 1
                    }
                }
            }
            return editionCount
        }
        let exactEditions = joinSharing(exactOfName, keyCount: foldedTexts.count)
        let legalEditions = joinSharing(legalOfName, keyCount: foldedTexts.count)

        let entriesByWordSet = Self.entriesByKey(wordSetOfName, keyCount: wordSetCount, nameStarts: nameStarts, nameIDs: nameIDs)
        for key in 0..<wordSetCount {
            CountryGate.join(entriesByWordSet.entries(of: key), countryOfEntry: countryOfEntry, in: &sets)
        }
        let entriesByLoose = Self.entriesByKey(looseOfName, keyCount: foldedTexts.count, nameStarts: nameStarts, nameIDs: nameIDs)
        // The loose keys in use, in id order.
        var isLooseKey = [Bool](repeating: false, count: foldedTexts.count)
        for key in looseOfName where key >= 0 { isLooseKey[Int(key)] = true }
        let looseKeys = isLooseKey.indices.compactMap { isLooseKey[$0] ? Int32($0) : nil }
        for (a, b) in NearNameFinder.pairs(among: looseKeys.map { foldedTexts[Int($0)] }) {
            let (a, b) = (looseKeys[Int(a)], looseKeys[Int(b)])
            CountryGate.join(entriesByLoose.entries(of: Int(a)) + entriesByLoose.entries(of: Int(b)), countryOfEntry: countryOfEntry, in: &sets)
        }

        componentRoot = (0..<Int32(entryCount)).map { sets.root($0) }
        keys = EntryKeys(nameStart: nameStarts, nameIDs: nameIDs, exactOfName: exactOfName, legalOfName: legalOfName,
                         exactEditionCount: exactEditions, legalEditionCount: legalEditions)
    }

    /// Entries carrying each key (each entry once per key), bucketed by counting.
    static func entriesByKey(_ keyOfName: [Int32], keyCount: Int, nameStarts: [Int], nameIDs: [Int32]) -> Buckets {
        var pairs: [(key: Int32, entry: Int32)] = []
        // The last entry each key was paired with: an entry with thousands of aliases that share a
        // key pairs it once, in constant time per name.
        var lastEntryOfKey = [Int32](repeating: -1, count: keyCount)
        for entry in 0..<(nameStarts.count - 1) {
            for slot in nameStarts[entry]..<nameStarts[entry + 1] {
                let key = keyOfName[Int(nameIDs[slot])]
                guard key >= 0, lastEntryOfKey[Int(key)] != Int32(entry) else { continue }
                lastEntryOfKey[Int(key)] = Int32(entry)
                pairs.append((key, Int32(entry)))
            }
        }
        var start = [Int](repeating: 0, count: keyCount + 1)
        for pair in pairs { start[Int(pair.key) + 1] += 1 }
        for index in 0..<keyCount { start[index + 1] += start[index] }
        var next = start
        var entries = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            entries[next[Int(pair.key)]] = pair.entry
            next[Int(pair.key)] += 1
        }
        return Buckets(start: start, entries: entries)
    }

    /// Entries per key, flat.
    struct Buckets {
        let start: [Int]
        let entries: [Int32]

        func entries(of key: Int) -> [Int32] { Array(entries[start[key]..<start[key + 1]]) }
    }
}
