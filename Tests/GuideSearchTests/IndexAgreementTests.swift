@testable import GuideSearch
import GuideModel
import GuideSynthetic
import GuideTestSupport
import Testing

/// The index against `ReferenceSearch` on hundreds of generated queries of every kind (prefixes,
/// whole words, typos, words run together, acronyms, operators, filters, Cyrillic and accented
/// fragments), over a synthetic show large enough to take the index's sparse and dense paths and
/// to split work over the cores, and over the bundled and fictional data.
struct IndexAgreementTests {
    static let synthetic: Catalog = {
        let json = SyntheticShow.generate(exhibitors: 500, seed: 11, layout: .compact)
        return try! CatalogLoader.load(bytes: Array(json.utf8), fileName: "synthetic.json")
    }()

    @Test(arguments: ["synthetic", "bundled", "fictional"])
    func indexFindsWhatTheRulesSay(_ name: String) throws {
        let catalog = name == "synthetic" ? Self.synthetic : name == "bundled" ? try Fixtures.loadBundled() : try Fixtures.loadFictional()
        // Split from 500 elements: small shows take the multi-core paths too.
        let index = SearchIndex(catalog: catalog).splitting(from: 500)
        let reference = ReferenceSearch(catalog: catalog)
        var generator = QueryGenerator(catalog: catalog, seed: 5)
        var queries = generator.queries(name == "synthetic" ? 250 : 120)
        queries += ["a", "e", "s", "x", "1", "az", "aer", "f-16", "f16", "jf17", "uav", "drone", "!a", "^a", "n$", "a | zz", "zzzz",
                    "country:tr", "category:uav", "show:securex", "day:2", "hall:1", "kind:company", "азерсилах", "сокол"]
        for query in queries {
            let expected: [SearchKind: [(id: String, score: Int)]] = reference.search(query)
            let all = index.search(query)
            let limited = index.search(query, limit: 3)
            for kind in SearchKind.allCases {
                let want: [(id: String, score: Int)] = expected[kind] ?? []
                let got = all.groups.first { $0.kind == kind }?.hits ?? []
                #expect(got.map(\.id) == want.map { $0.id }, "\(name): \(query) (\(kind)): ids")
                #expect(got.map(\.score) == want.map { $0.score }, "\(name): \(query) (\(kind)): scores")
                #expect((all.totalCounts[kind] ?? 0) == want.count, "\(name): \(query) (\(kind)): count")
                let top = limited.groups.first { $0.kind == kind }?.hits ?? []
                #expect(top.map(\.id) == want.prefix(3).map { $0.id }, "\(name): \(query) (\(kind)): top 3")
                #expect((limited.totalCounts[kind] ?? 0) == want.count, "\(name): \(query) (\(kind)): count with a limit")
            }
        }
    }

    @Test func theSyntheticShowIsSplitOverTheCores() {
        let index = SearchIndex(catalog: Self.synthetic).splitting(from: 500)
        #expect(index.entryCount > 2 * 500)
        #expect(Parallel.chunkCount(index.entryCount, minimumPerChunk: 500) == min(Parallel.cores, index.entryCount / 500))
    }
}

/// Deterministic queries drawn from a catalog's own words.
struct QueryGenerator {
    var random: SeededGenerator
    let words: [String]
    let texts: [String]
    let catalog: Catalog

    init(catalog: Catalog, seed: UInt64) {
        self.catalog = catalog
        random = SeededGenerator(seed: seed)
        var texts = catalog.exhibitors.flatMap { [$0.name] + $0.altNames } + catalog.products.compactMap(\.type)
        texts += catalog.programme.flatMap { [$0.title] + $0.people + $0.organisations }
        texts += catalog.products.map(\.name) + catalog.countries.map(\.name)
        self.texts = texts
        words = Array(Set(texts.flatMap { SearchFolding.words($0).map(String.init) })).sorted()
    }

    mutating func queries(_ count: Int) -> [String] {
        (0..<count).map { _ in query() }
    }

    private mutating func pick<T>(_ list: [T]) -> T { list[Int(random.next() % UInt64(list.count))] }

    private mutating func query() -> String {
        let word = pick(words)
        switch random.next() % 16 {
        case 0: return String(word.prefix(1 + Int(random.next() % 6)))
        case 1: return word
        case 2:  // one typo: a letter dropped, changed or two swapped
            var letters = Array(word)
            guard letters.count >= 4 else { return word }
            let at = Int(random.next() % UInt64(letters.count - 1))
            switch random.next() % 3 {
            case 0: letters.remove(at: at)
            case 1: letters[at] = "q"
            default: letters.swapAt(at, at + 1)
            }
            return String(letters)
        case 3:  // two words of a name run together, possibly cut short
            let parts = SearchFolding.words(pick(texts))
            guard parts.count >= 2 else { return word }
            let joined = parts[0] + parts[1]
            return String(joined.prefix(max(2, joined.count - Int(random.next() % 3))))
        case 4:  // an acronym
            let initials = String(SearchFolding.words(pick(texts)).compactMap(\.first))
            return initials.count >= 2 ? String(initials.prefix(2 + Int(random.next() % 3))) : word
        case 5: return word + " " + String(pick(words).prefix(3))
        case 6: return word + " | " + pick(words)
        case 7: return String(word.prefix(3)) + " !" + String(pick(words).prefix(2))
        case 8: return "^" + String(word.prefix(2))
        case 9: return String(word.suffix(2)) + "$"
        case 10: return "'" + String(word.dropFirst().prefix(3))
        case 11: return String(word.prefix(2)) + "-" + String(pick(words).prefix(2))
        case 12:  // a filter, with or without words
            let filters = ["country:" + (catalog.countries.isEmpty ? "tr" : pick(catalog.countries).code.lowercased()),
                           "category:" + (catalog.categories.isEmpty ? "uav" : String(pick(catalog.categories).name.prefix(4))),
                           "show:" + (catalog.shows.isEmpty ? "adex" : pick(catalog.shows).id), "day:2", "hall:1"]
            return pick(filters) + (random.next() % 2 == 0 ? "" : " " + String(word.prefix(2)))
        case 13:  // a fragment of a name as written (accents, Cyrillic)
            let text = Array(pick(texts))
            let start = Int(random.next() % UInt64(text.count))
            return String(text[start..<min(text.count, start + 2 + Int(random.next() % 6))])
        case 14: return String(word.dropFirst(min(2, word.count - 1)).prefix(4))
        default: return String(word.prefix(2 + Int(random.next() % 4)))
        }
    }
}

/// The index written to bytes and read back answers the same; bytes that are not an index of this
/// key are refused.
struct IndexFileTests {
    @Test func anIndexReadBackSearchesTheSame() throws {
        let index = SearchIndex(catalog: IndexAgreementTests.synthetic)
        let bytes = IndexFile.encode(index, key: Array("key".utf8))
        let decoded = try bytes.withUnsafeBytes { bytes throws(IndexFile.Unreadable) in try IndexFile.decode(bytes, key: Array("key".utf8)) }
        for query in ["a", "az", "drone", "kartal", "country:tr a", "category:uav", "day:2", "!a", "f-16", "^s", "x$"] {
            #expect(decoded.search(query, limit: 7) == index.search(query, limit: 7), "\(query)")
        }
    }

    @Test func otherBytesAreRefused() {
        let index = SearchIndex(catalog: IndexAgreementTests.synthetic)
        let bytes = IndexFile.encode(index, key: Array("key".utf8))
        func refused(_ candidate: [UInt8], key: String = "key") -> Bool {
            (try? candidate.withUnsafeBytes { bytes throws(IndexFile.Unreadable) in try IndexFile.decode(bytes, key: Array(key.utf8)) }) == nil
        }
        #expect(refused(bytes, key: "other key"))
        #expect(refused(Array(bytes.prefix(bytes.count / 2))))
        #expect(refused([]))
        var flipped = bytes
        flipped[bytes.count / 3] ^= 0x10
        #expect(refused(flipped))
    }

    @Test func tablesWithAnIdOutOfRangeAreRefusedEvenWithAGoodChecksum() {
        var tables = SearchIndex(catalog: IndexAgreementTests.synthetic).tables
        #expect(tables.inconsistency() == nil)
        tables.rowTexts[0] = Int32(tables.textCount)
        #expect(tables.inconsistency() != nil)
    }

    /// Every entry has its title as a row, and a hit shows its best row: an entry without rows
    /// (found by the fuzzer: the last entry's rows cut off) has no row to show, so it is refused.
    @Test func tablesWithAnEntryWithoutRowsAreRefused() {
        var tables = SearchIndex(catalog: IndexAgreementTests.synthetic).tables
        let last = tables.entryCount - 1
        tables.entryRowStarts[last] = tables.entryRowStarts[last + 1]
        #expect(tables.inconsistency() == "entries: an entry without rows")
    }
}
