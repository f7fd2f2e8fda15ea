/// The grouping step of `ExhibitorMatching`: every entry of every edition in one flat list, its
/// names' keys interned, and the entries joined tier by tier.
///
/// 1. exact keys and legal-form keys: every entry sharing one is joined (countries ignored);
/// 2. fuzzy word-set keys (`NameKeys.looseWordSet`): joined through `CountryGate`;
/// 3. loose keys one allowed edit apart (`NearNameFinder`): the entries of both, through `CountryGate`;
/// 4. spelling keys (`NameKeys.spelling`, transliteration): through `CountryGate`;
/// 5. acronyms (`NameKeys.acronym`) with names that are only that acronym, when the names giving
///    it are one company after steps 1-4 and the acronym-only entry's sites (if any) include one
///    of theirs: entries of the same known country only (short acronyms recur across companies);
/// 6. brand words (`NameKeys.brandWord`) with names that are only that word, when the entries
///    carrying the brand word as a first word form one company after steps 1-5 (the short name
///    stands for one longer name in the whole input), no list has both the short name's
///    company and the longer one's as separate entries (then they are two exhibitors), and the
///    short entry's sites do not contradict the long ones': through `CountryGate`, when at
///    least one of them has a country. Decided for
///    every word before any is joined, so the result does not depend on the order of the words;
/// 7. website domains (`WebsiteDomain`) carried by at most `maximumCompaniesPerDomain` companies
///    after steps 1-6 (a parent group's domain on many subsidiaries is no evidence): entries of
///    one known country, and entries that also share a brand word whatever their countries
///    (a country unknown is not agreement: two companies of a group share sites).
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

    /// More companies than this on one website domain, and it is a group's or a host's, not evidence.
    static let maximumCompaniesPerDomain = 3

    init(editions: [EditionInput]) {
        var starts = [0]
        var editionOf: [Int32] = []
        var rawCountries: [String?] = []
        var nameStarts = [0]
        // Every entry's websites (with its edition's organiser hosts to leave out), entry after entry.
        var websites: [(text: String, edition: Int32)] = []
        var websiteStarts = [0]
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
                for website in entry.websites { websites.append((website, Int32(editionIndex))) }
                websiteStarts.append(websites.count)
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
        keyTexts.reserveCapacity(allKeys.count * 4)
        wordSets.reserveCapacity(allKeys.count)
        for keys in allKeys {
            if !keys.exact.isEmpty { keyTexts.append(keys.exact) }
            if let legal = keys.legalFormIgnored { keyTexts.append(legal) }
            if let loose = keys.loose { keyTexts.append(loose) }
            if let spelling = keys.spelling { keyTexts.append(spelling) }
            if let brand = keys.brandWord { keyTexts.append(brand) }
            if let acronym = keys.acronym { keyTexts.append(acronym) }
            if let wordSet = keys.looseWordSet { wordSets.append(wordSet) }
        }
        let internedKeys = InternedStrings(keyTexts)
        let internedWordSets = InternedStrings(wordSets)
        var exactOfName: [Int32] = []
        var legalOfName: [Int32] = []
        var looseOfName: [Int32] = []
        var wordSetOfName: [Int32] = []
        var spellingOfName: [Int32] = []
        var brandOfName: [Int32] = []
        var singleOfName: [Int32] = []
        var acronymOfName: [Int32] = []
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
            spellingOfName.append(take(keys.spelling != nil, from: internedKeys.ids, at: &nextKey))
            brandOfName.append(take(keys.brandWord != nil, from: internedKeys.ids, at: &nextKey))
            acronymOfName.append(take(keys.acronym != nil, from: internedKeys.ids, at: &nextKey))
            wordSetOfName.append(take(keys.looseWordSet != nil, from: internedWordSets.ids, at: &nextWordSet))
            singleOfName.append(keys.singleWord != nil ? legalOfName[legalOfName.count - 1] : -1)
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

        let countries = countryOfEntry
        let bucketsOf = { (keyOfName: [Int32]) in
            Self.entriesByKey(keyOfName, keyCount: foldedTexts.count, nameStarts: nameStarts, nameIDs: nameIDs)
        }

        // Website domains first (steps 5 and 6 use them to keep apart names whose sites differ):
        // registrable domains, organisers' own hosts left out; each distinct text read once.
        let internedWebsites = InternedStrings(websites.map(\.text))
        let distinctWebsites = internedWebsites.firstIndices.map { websites[Int($0)].text }
        let domainOfDistinct = ParallelChunks.map(count: distinctWebsites.count) { index -> (domain: String, host: String)? in
            guard let domain = WebsiteDomain.registrable(distinctWebsites[index]) else { return nil }
            return (domain, WebsiteDomain.host(of: distinctWebsites[index]) ?? domain)
        }
        let domainOfWebsite = websites.indices.map { index -> String? in
            guard let found = domainOfDistinct[Int(internedWebsites.ids[index])] else { return nil }
            let hosts = editions[Int(websites[index].edition)].organiserHosts
            return hosts.contains(found.domain) || hosts.contains(found.host) ? nil : found.domain
        }
        let presentDomains = domainOfWebsite.compactMap { $0 }
        let internedDomains = InternedStrings(presentDomains)
        let domainTexts = internedDomains.firstIndices.map { presentDomains[Int($0)] }
        var domainOfWebsiteID = [Int32](repeating: -1, count: websites.count)
        var nextDomain = 0
        for index in websites.indices where domainOfWebsite[index] != nil {
            domainOfWebsiteID[index] = internedDomains.ids[nextDomain]
            nextDomain += 1
        }
        // Each entry's domains, each once, entry after entry.
        var domainPairs: [(domain: Int32, entry: Int32)] = []
        var allDomainStart = [0]
        allDomainStart.reserveCapacity(entryCount + 1)
        for entry in 0..<entryCount {
            let firstOfEntry = domainPairs.count
            for slot in websiteStarts[entry]..<websiteStarts[entry + 1] {
                let domain = domainOfWebsiteID[slot]
                guard domain >= 0, !domainPairs[firstOfEntry...].contains(where: { $0.domain == domain }) else { continue }
                domainPairs.append((domain, Int32(entry)))
            }
            allDomainStart.append(domainPairs.count)
        }
        /// Entries of `candidates` whose sites do not contradict those of `anchors`: an entry with
        /// sites, none of them among the anchors' (when they have any), is another company's.
        func withoutOtherSites(_ candidates: [Int32], anchors: [Int32]) -> [Int32] {
            var anchorDomains: [Int32] = []
            for anchor in anchors {
                for slot in allDomainStart[Int(anchor)]..<allDomainStart[Int(anchor) + 1] { anchorDomains.append(domainPairs[slot].domain) }
            }
            guard !anchorDomains.isEmpty else { return candidates }
            return candidates.filter { entry in
                let range = allDomainStart[Int(entry)]..<allDomainStart[Int(entry) + 1]
                return range.isEmpty || range.contains { anchorDomains.contains(domainPairs[$0].domain) }
            }
        }

        // 4. Transliteration.
        let entriesBySpelling = bucketsOf(spellingOfName)
        for key in 0..<foldedTexts.count where entriesBySpelling.count(of: key) > 1 {
            CountryGate.join(entriesBySpelling.entries(of: key), countryOfEntry: countries, in: &sets)
        }

        // 5. Acronyms: names that are only an acronym join the names giving it, when those are
        // one company (an acronym given by two companies stands for neither) and their sites
        // do not say otherwise.
        let acronymSingleOfName = singleOfName.map { key in key >= 0 && NameKeys.isAcronymLike(foldedTexts[Int(key)]) ? key : -1 }
        let entriesByAcronym = bucketsOf(acronymOfName)
        let entriesByAcronymName = bucketsOf(acronymSingleOfName)
        var acronymJoins: [[Int32]] = []
        for key in 0..<foldedTexts.count where entriesByAcronym.count(of: key) > 0 && entriesByAcronymName.count(of: key) > 0 {
            let givers = entriesByAcronym.entries(of: key)
            let root = sets.root(givers[0])
            guard givers.allSatisfy({ sets.root($0) == root }) else { continue }
            acronymJoins.append(givers + withoutOtherSites(entriesByAcronymName.entries(of: key), anchors: givers))
        }
        for entries in acronymJoins { Self.joinSameKnownCountry(entries, countryOfEntry: countries, in: &sets) }

        // 6. Brand words, decided for all words first.
        let entriesByBrand = bucketsOf(brandOfName)
        let entriesBySingle = bucketsOf(singleOfName)
        var brandCandidates: [(key: Int, longRoot: Int32)] = []
        for key in 0..<foldedTexts.count where entriesByBrand.count(of: key) > 0 && entriesBySingle.count(of: key) > 0 {
            let longer = entriesByBrand.entries(of: key)
            let root = sets.root(longer[0])
            if longer.allSatisfy({ sets.root($0) == root }) { brandCandidates.append((key, root)) }
        }
        // A list that has the short name and the long one's company as two entries lists two
        // exhibitors ("HAVELSAN" and its subsidiary "HTR" at ADEX 2024): no brand join then.
        var editionsOfRoot: [Int32: Set<Int32>] = [:]
        for candidate in brandCandidates {
            editionsOfRoot[candidate.longRoot] = []
            for entry in entriesBySingle.entries(of: candidate.key) { editionsOfRoot[sets.root(entry)] = [] }
        }
        if !editionsOfRoot.isEmpty {
            for entry in 0..<Int32(entryCount) {
                let root = sets.root(entry)
                if editionsOfRoot[root] != nil { editionsOfRoot[root]!.insert(editionOf[Int(entry)]) }
            }
        }
        var brandJoins: [[Int32]] = []
        for candidate in brandCandidates {
            let longEditions = editionsOfRoot[candidate.longRoot] ?? []
            let shorter = entriesBySingle.entries(of: candidate.key)
            let apart = shorter.contains { entry in
                let root = sets.root(entry)
                return root != candidate.longRoot && !(editionsOfRoot[root] ?? []).isDisjoint(with: longEditions)
            }
            guard !apart else { continue }
            let longer = entriesByBrand.entries(of: candidate.key)
            brandJoins.append(longer + withoutOtherSites(shorter, anchors: longer))
        }
        for entries in brandJoins where entries.contains(where: { countries[Int($0)] >= 0 }) {
            CountryGate.join(entries, countryOfEntry: countries, in: &sets)
        }

        // 7. Websites: a domain of few companies joins entries of one known country, and entries
        // that also share a brand word (or are only it), whatever their countries.
        let entriesByDomain = Self.buckets(domainPairs.map { ($0.domain, $0.entry) }, keyCount: domainTexts.count)
        var isEvidentialDomain = [Bool](repeating: false, count: domainTexts.count)
        for domain in 0..<domainTexts.count {
            var roots: [Int32] = []
            for entry in entriesByDomain.entries(of: domain) {
                let root = sets.root(entry)
                if !roots.contains(root) { roots.append(root) }
                if roots.count > Self.maximumCompaniesPerDomain { break }
            }
            isEvidentialDomain[domain] = roots.count <= Self.maximumCompaniesPerDomain
        }
        for domain in 0..<domainTexts.count where isEvidentialDomain[domain] && entriesByDomain.count(of: domain) > 1 {
            let carriers = entriesByDomain.entries(of: domain)
            var firstOfCountry: [Int32: Int32] = [:]
            var firstWithBrand: [Int32: Int32] = [:]
            for entry in carriers {
                let country = countries[Int(entry)]
                if country >= 0 {
                    if let first = firstOfCountry[country] { sets.union(first, entry) } else { firstOfCountry[country] = entry }
                }
                for slot in nameStarts[Int(entry)]..<nameStarts[Int(entry) + 1] {
                    let name = Int(nameIDs[slot])
                    for brand in [brandOfName[name], singleOfName[name]] where brand >= 0 {
                        if let first = firstWithBrand[brand] { sets.union(first, entry) } else { firstWithBrand[brand] = entry }
                    }
                }
            }
        }
        var domainStarts = [0]
        domainStarts.reserveCapacity(entryCount + 1)
        var entryDomainIDs: [Int32] = []
        var pairIndex = 0
        for entry in 0..<entryCount {
            while pairIndex < domainPairs.count && domainPairs[pairIndex].entry == Int32(entry) {
                if isEvidentialDomain[Int(domainPairs[pairIndex].domain)] { entryDomainIDs.append(domainPairs[pairIndex].domain) }
                pairIndex += 1
            }
            domainStarts.append(entryDomainIDs.count)
        }

        componentRoot = (0..<Int32(entryCount)).map { sets.root($0) }
        keys = EntryKeys(nameStart: nameStarts, nameIDs: nameIDs, exactOfName: exactOfName, legalOfName: legalOfName,
                         looseOfName: looseOfName, wordSetOfName: wordSetOfName, spellingOfName: spellingOfName,
                         brandOfName: brandOfName, singleOfName: singleOfName, acronymOfName: acronymOfName, keyTexts: foldedTexts,
                         exactEditionCount: exactEditions, legalEditionCount: legalEditions,
                         domainStart: domainStarts, domainIDs: entryDomainIDs, domainTexts: domainTexts, countryOfEntry: countries)
    }

    /// Joins the entries of each known country with each other; entries without one stay apart.
    static func joinSameKnownCountry(_ entries: [Int32], countryOfEntry: [Int32], in sets: inout UnionFind) {
        var firstOfCountry: [Int32: Int32] = [:]
        for entry in entries where countryOfEntry[Int(entry)] >= 0 {
            let country = countryOfEntry[Int(entry)]
            if let first = firstOfCountry[country] { sets.union(first, entry) } else { firstOfCountry[country] = entry }
        }
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
        return buckets(pairs, keyCount: keyCount)
    }

    /// (key, entry) pairs bucketed by key, by counting; entries keep their order within a key.
    static func buckets(_ pairs: [(key: Int32, entry: Int32)], keyCount: Int) -> Buckets {
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

        func count(of key: Int) -> Int { start[key + 1] - start[key] }
    }
}
