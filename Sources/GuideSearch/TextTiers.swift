/// The tier each distinct text of the index reaches for a group of OR-ed query terms (0: no match).
///
/// Done in two passes so that the work per keystroke follows what is distinct, not what is stored:
/// every distinct word is judged once (`FieldMatcher.wordTiers`, in all three positions a word can
/// stand in a text), every distinct acronym once; then each distinct text takes the best tier of its
/// words and acronym, a lookup per word. At 100,000 exhibitors that is about 10,000 words and
/// 175,000 texts for 830,000 searchable fields.
///
/// When the matching words are rare (most keystrokes after the first two), their texts are reached
/// through the inverse lists instead, and the texts reached are listed (`Result.touched`) so the
/// search can score only the entries showing them.
struct TextTiers {
    let tables: IndexTables
    let chunkMinimum: Int

    struct Result {
        /// One tier per text.
        var tiers: [UInt8]
        /// The texts with a non-zero tier, when they were reached one by one; nil after a walk over all texts.
        var touched: [Int32]?
    }

    /// Above this share of all word occurrences, walking every text is cheaper than the inverse lists.
    static let sparseShare = 3

    /// One tier per text, the best any term of the group (in any spelling) reaches.
    func tiers(of terms: [PreparedQuery.Term], approximate: Bool) -> Result {
        let wordCount = tables.wordCount
        var only = [UInt8](repeating: 0, count: wordCount)
        var first = [UInt8](repeating: 0, count: wordCount)
        var other = [UInt8](repeating: 0, count: wordCount)
        var acronymHits: [Bool] = []
        var matchedWords: [Int32] = []
        var matchedAcronyms: [Int32] = []
        var byteTerms: [(spelling: [UInt8], kind: SearchQuery.Kind)] = []
        var joinedTerms: [[UInt8]] = []

        for term in terms {
            let rules = term.rules(approximate: approximate)
            for (spelling, mask) in zip(term.spellings, term.masks) {
                if FieldMatcher.matchesBytes(spelling, term.kind) {
                    byteTerms.append((spelling, term.kind))
                    continue
                }
                judgeWords(spelling, mask: mask, rules: rules, only: &only, first: &first, other: &other, matched: &matchedWords)
                if FieldMatcher.joinApplies(spelling, rules) { joinedTerms.append(spelling) }
                if FieldMatcher.acronymApplies(spelling, rules) {
                    if acronymHits.isEmpty { acronymHits = [Bool](repeating: false, count: tables.acronymCount) }
                    judgeAcronyms(spelling, mask: mask, into: &acronymHits, matched: &matchedAcronyms)
                }
            }
        }

        var tiers = [UInt8](repeating: 0, count: tables.textCount)
        var touched: [Int32]? = []
        var postings = 0
        for word in matchedWords { postings += Int(tables.wordTextStarts[Int(word) + 1] - tables.wordTextStarts[Int(word)]) }
        for acronym in matchedAcronyms { postings += Int(tables.acronymTextStarts[Int(acronym) + 1] - tables.acronymTextStarts[Int(acronym)]) }
        if postings * Self.sparseShare > tables.wordTexts.count {
            combine(only: only, first: first, other: other, acronymHits: acronymHits, into: &tiers)
            touched = nil
        } else {
            var list: [Int32] = []
            spread(matchedWords, only: only, first: first, other: other, matchedAcronyms: matchedAcronyms, into: &tiers, touched: &list)
            touched = list
        }
        for spelling in joinedTerms { matchJoined(spelling, into: &tiers, touched: &touched) }
        if !byteTerms.isEmpty { touched = nil }
        for term in byteTerms { matchBytes(term.spelling, term.kind, into: &tiers) }
        return Result(tiers: tiers, touched: touched)
    }

    /// The sparse way: each matched word's texts through the inverse lists.
    private func spread(_ matchedWords: [Int32], only: [UInt8], first: [UInt8], other: [UInt8], matchedAcronyms: [Int32],
                        into tiers: inout [UInt8], touched: inout [Int32]) {
        tables.wordTextStarts.withUnsafeBufferPointer { starts in
            tables.wordTexts.withUnsafeBufferPointer { postings in
                tiers.withUnsafeMutableBufferPointer { tiers in
                    for word in matchedWords {
                        let byPlace = (only[Int(word)], first[Int(word)], other[Int(word)])
                        for index in Int(starts[Int(word)])..<Int(starts[Int(word) + 1]) {
                            let posting = postings[index]
                            let text = Int(posting >> 2)
                            let place = posting & 3
                            let tier = place == 0 ? byPlace.0 : place == 1 ? byPlace.1 : byPlace.2
                            let current = tiers[text]
                            if current == 0 { touched.append(Int32(text)) }
                            if tier > current { tiers[text] = tier }
                        }
                    }
                }
            }
        }
        for acronym in matchedAcronyms {
            for index in Int(tables.acronymTextStarts[Int(acronym)])..<Int(tables.acronymTextStarts[Int(acronym) + 1]) {
                let text = Int(tables.acronymTexts[index])
                if tiers[text] == 0 { touched.append(Int32(text)) }
                if tiers[text] < FieldMatcher.Tier.acronym { tiers[text] = FieldMatcher.Tier.acronym }
            }
        }
    }

    /// Two words written together (`FieldMatcher.joinApplies`): finds the words that are the term's
    /// beginning (rare: "jf" for "jf17"), the words that start with each rest, then the texts where
    /// such a pair stands side by side.
    private func matchJoined(_ spelling: [UInt8], into tiers: inout [UInt8], touched: inout [Int32]?) {
        let wordCount = tables.wordCount
        var headLengths: [UInt8] = []
        var lengths: [Int] = []
        var heads: [Int32] = []
        // Bit k of a word: it starts with the term's letters from k on; in `isRest`, it is exactly them.
        var startsRest: [UInt64] = []
        var isRest: [UInt64] = []
        var anyRest = false
        spelling.withUnsafeBufferPointer { term in
            tables.wordBytes.withUnsafeBufferPointer { bytes in
                tables.wordStarts.withUnsafeBufferPointer { starts in
                    /// Whether word `word` begins with `term[from..<from + count]`.
                    func wordStarts(_ word: Int, with from: Int, _ count: Int) -> Bool {
                        let start = Int(starts[word])
                        guard Int(starts[word + 1]) - start >= count else { return false }
                        for offset in 0..<count where bytes[start + offset] != term[from + offset] { return false }
                        return true
                    }
                    for word in 0..<wordCount {
                        let length = Int(starts[word + 1] - starts[word])
                        guard length < term.count, length < 64, bytes[Int(starts[word])] == term[0], wordStarts(word, with: 0, length) else { continue }
                        if headLengths.isEmpty { headLengths = [UInt8](repeating: 0, count: wordCount) }
                        headLengths[word] = UInt8(length)
                        heads.append(Int32(word))
                        if !lengths.contains(length) { lengths.append(length) }
                    }
                    guard !lengths.isEmpty else { return }
                    startsRest = [UInt64](repeating: 0, count: wordCount)
                    isRest = [UInt64](repeating: 0, count: wordCount)
                    for length in lengths {
                        let rest = term.count - length
                        let first = term[length]
                        for word in 0..<wordCount where bytes[Int(starts[word])] == first && wordStarts(word, with: length, rest) {
                            startsRest[word] |= 1 << UInt64(length)
                            if Int(starts[word + 1] - starts[word]) == rest { isRest[word] |= 1 << UInt64(length) }
                            anyRest = true
                        }
                    }
                }
            }
        }
        guard anyRest else { return }
        // The texts holding a head word somewhere but last (a text of one word has no pair), or
        // those holding a rest word somewhere but first, whichever are fewer.
        let rests = (0..<wordCount).filter { startsRest[$0] != 0 }.map { Int32($0) }
        func postings(_ words: [Int32]) -> Int {
            words.reduce(0) { $0 + Int(tables.wordTextStarts[Int($1) + 1] - tables.wordTextStarts[Int($1)]) }
        }
        let viaHeads = postings(heads) <= postings(rests)
        var candidates: [Int32] = []
        for word in viaHeads ? heads : rests {
            for index in Int(tables.wordTextStarts[Int(word)])..<Int(tables.wordTextStarts[Int(word) + 1]) {
                let posting = tables.wordTexts[index]
                let place = posting & 3
                if viaHeads ? place != 0 : place == 2 { candidates.append(posting >> 2) }
            }
        }
        for text in candidates {
            let start = Int(tables.textWordStarts[Int(text)])
            let end = Int(tables.textWordStarts[Int(text) + 1])
            var index = start
            while index + 1 < end {
                let head = headLengths[Int(tables.textWords[index])]
                if head > 0 {
                    let bit = UInt64(1) << UInt64(head)
                    let next = Int(tables.textWords[index + 1])
                    if startsRest[next] & bit != 0 {
                        let tier = FieldMatcher.joinedTier(position: index - start, restIsWholeWord: isRest[next] & bit != 0)
                        if tiers[Int(text)] == 0 { touched?.append(text) }
                        if tier > tiers[Int(text)] { tiers[Int(text)] = tier }
                    }
                }
                index += 1
            }
        }
    }

    /// Marks the tiers of every word for one spelling, listing words matched for the first time.
    private func judgeWords(_ spelling: [UInt8], mask: UInt64, rules: FieldMatcher.Rules,
                            only: inout [UInt8], first: inout [UInt8], other: inout [UInt8], matched: inout [Int32]) {
        spelling.withUnsafeBufferPointer { term in
            tables.wordBytes.withUnsafeBufferPointer { bytes in
                tables.wordStarts.withUnsafeBufferPointer { starts in
                    tables.wordMasks.withUnsafeBufferPointer { masks in
                        only.withUnsafeMutableBufferPointer { only in
                            first.withUnsafeMutableBufferPointer { first in
                                other.withUnsafeMutableBufferPointer { other in
                                    // A word needs every letter of the term, or all but one for a typo.
                                    let typoSlack = rules.approximate && rules.allowsTypo
                                    for word in 0..<masks.count {
                                        let missing = mask & ~masks[word]
                                        if missing != 0 && !(typoSlack && missing & (missing - 1) == 0) { continue }
                                        let start = Int(starts[word])
                                        let text = UnsafeBufferPointer(rebasing: bytes[start..<Int(starts[word + 1])])
                                        let tiers = FieldMatcher.wordTiers(term, termMask: mask, in: text, wordMask: masks[word], rules: rules)
                                        guard tiers.only > 0 else { continue }
                                        if only[word] == 0 { matched.append(Int32(word)) }
                                        if tiers.only > only[word] { only[word] = tiers.only }
                                        if tiers.first > first[word] { first[word] = tiers.first }
                                        if tiers.other > other[word] { other[word] = tiers.other }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func judgeAcronyms(_ spelling: [UInt8], mask: UInt64, into hits: inout [Bool], matched: inout [Int32]) {
        spelling.withUnsafeBufferPointer { term in
            tables.acronymBytes.withUnsafeBufferPointer { bytes in
                tables.acronymStarts.withUnsafeBufferPointer { starts in
                    tables.acronymMasks.withUnsafeBufferPointer { masks in
                    hits.withUnsafeMutableBufferPointer { hits in
                        for acronym in 0..<hits.count where mask & ~masks[acronym] == 0 && !hits[acronym] {
                            let text = UnsafeBufferPointer(rebasing: bytes[Int(starts[acronym])..<Int(starts[acronym + 1])])
                            if FieldMatcher.firstIndex(term, in: text) != nil {
                                hits[acronym] = true
                                matched.append(Int32(acronym))
                            }
                        }
                    }
                    }
                }
            }
        }
    }

    /// The dense way: each text's tier from its words (its only word's, or the best of its first
    /// word's and its later words'), or its acronym's.
    private func combine(only: [UInt8], first: [UInt8], other: [UInt8], acronymHits: [Bool], into tiers: inout [UInt8]) {
        only.withUnsafeBufferPointer { only in
            first.withUnsafeBufferPointer { first in
                other.withUnsafeBufferPointer { other in
                    acronymHits.withUnsafeBufferPointer { acronymHits in
                        tables.textWords.withUnsafeBufferPointer { words in
                            tables.textWordStarts.withUnsafeBufferPointer { starts in
                                tables.textAcronyms.withUnsafeBufferPointer { acronyms in
                                    tiers.withUnsafeMutableBufferPointer { tiers in
                                        let checksAcronyms = !acronymHits.isEmpty
                                        // Each chunk writes its own range of `tiers`.
                                        Parallel.chunks(tiers.count, minimumPerChunk: chunkMinimum) { range, _ in
                                        for text in range {
                                            let start = Int(starts[text])
                                            let end = Int(starts[text + 1])
                                            var tier: UInt8
                                            if end == start {
                                                tier = 0  // a text of punctuation only
                                            } else if end - start == 1 {
                                                tier = only[Int(words[start])]
                                            } else {
                                                tier = first[Int(words[start])]
                                                var index = start + 1
                                                while index < end {
                                                    tier = max(tier, other[Int(words[index])])
                                                    index += 1
                                                }
                                            }
                                            if checksAcronyms && tier < FieldMatcher.Tier.acronym {
                                                let acronym = Int(acronyms[text])
                                                if acronym >= 0 && acronymHits[acronym] { tier = FieldMatcher.Tier.acronym }
                                            }
                                            tiers[text] = tier
                                        }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Terms matched on bytes (with spaces, `^`, `$`): every text's bytes, keeping the better tier.
    private func matchBytes(_ spelling: [UInt8], _ kind: SearchQuery.Kind, into tiers: inout [UInt8]) {
        spelling.withUnsafeBufferPointer { term in
            tables.textBytes.withUnsafeBufferPointer { bytes in
                tables.textByteStarts.withUnsafeBufferPointer { starts in
                    tiers.withUnsafeMutableBufferPointer { tiers in
                        for text in 0..<tiers.count {
                            let content = UnsafeBufferPointer(rebasing: bytes[Int(starts[text])..<Int(starts[text + 1])])
                            if let found = FieldMatcher.byteMatch(term, kind, in: content), found.tier > tiers[text] { tiers[text] = found.tier }
                        }
                    }
                }
            }
        }
    }
}
