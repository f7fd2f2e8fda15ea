/// How one query term matches folded text: the rules and tiers, in one place.
///
/// A term without spaces (nearly all of them) is matched word by word: `wordTiers` judges one word,
/// and a text's tier is the best of its words (by where the word stands) and of its acronym. The
/// index applies `wordTiers` to each distinct word once per keystroke; `match` applies the same
/// rules to one field, with the matched ranges, to highlight what is shown. Terms with spaces
/// (from punctuation, "f-16" is "f 16", or synonyms such as "air defence") and the `^` and `$`
/// operators are matched on the text's bytes (`byteMatch`).
enum FieldMatcher {
    /// Quality tiers, best first; a field's weight multiplies them.
    enum Tier {
        static let wholeField: UInt8 = 100
        static let fieldPrefix: UInt8 = 90
        static let word: UInt8 = 80
        static let wordPrefix: UInt8 = 70
        static let acronym: UInt8 = 60
        static let inside: UInt8 = 45
        static let typo: UInt8 = 30
        static let scattered: UInt8 = 15
    }

    /// What a term needs from the matcher, besides its bytes.
    struct Rules {
        var kind: SearchQuery.Kind
        /// One word of four letters or more, fuzzy: eligible for a one-typo match.
        var allowsTypo: Bool
        /// Typos and scattered letters are tried (the search falls back to them when exact tiers find little).
        var approximate: Bool

        var isFuzzy: Bool { kind == .fuzzy }
    }

    /// How a term matched inside one word.
    enum WordHit {
        case none
        /// The term's bytes at this offset in the word.
        case substring(Int)
        /// The whole word, one edit away.
        case typo
        /// The term's letters in order (positions found again when highlighting).
        case scattered
    }

    /// A word's tiers when it is a text's only word, its first word, or a later word.
    struct WordTiers {
        var only: UInt8 = 0
        var first: UInt8 = 0
        var other: UInt8 = 0
        var hit: WordHit = .none

        func tier(wordCount: Int, position: Int) -> UInt8 {
            wordCount == 1 ? only : position == 0 ? first : other
        }
    }

    /// The tiers of a term without spaces (`.fuzzy` or `.exact`) in one word.
    @inline(__always)
    static func wordTiers(_ term: UnsafeBufferPointer<UInt8>, termMask: UInt64, in word: UnsafeBufferPointer<UInt8>, wordMask: UInt64,
                          rules: Rules) -> WordTiers {
        let n = term.count
        let length = word.count
        let missing = termMask & ~wordMask
        if missing == 0 && length >= n, let at = firstIndex(term, in: word) {
            if at == 0 {
                return length == n ? WordTiers(only: Tier.wholeField, first: Tier.fieldPrefix, other: Tier.word, hit: .substring(0))
                    : WordTiers(only: Tier.fieldPrefix, first: Tier.fieldPrefix, other: Tier.wordPrefix, hit: .substring(0))
            }
            return WordTiers(only: Tier.inside, first: Tier.inside, other: Tier.inside, hit: .substring(at))
        }
        guard rules.approximate && rules.isFuzzy else { return WordTiers() }
        if rules.allowsTypo && abs(length - n) <= 1 && missing.nonzeroBitCount <= 1 && ByteSearch.withinOneEdit(term, word) {
            return WordTiers(only: Tier.typo, first: Tier.typo, other: Tier.typo, hit: .typo)
        }
        if n >= 4 && missing == 0 && length >= n && scatteredPositions(term, in: word, record: false) != nil {
            return WordTiers(only: Tier.scattered, first: Tier.scattered, other: Tier.scattered, hit: .scattered)
        }
        return WordTiers()
    }

    /// Whether an acronym (initials of consecutive words) matches a term: fuzzy terms of two or more letters.
    static func acronymApplies(_ term: [UInt8], _ rules: Rules) -> Bool {
        rules.isFuzzy && term.count >= 2 && !term.contains(0x20)
    }

    /// Whether a term may match two words written together ("jf17" for "JF-17", "kartalsavunma"): a
    /// term without spaces, two letters or more, matched exactly. It matches when one word is the
    /// term's beginning and the next word starts with the rest.
    static func joinApplies(_ term: [UInt8], _ rules: Rules) -> Bool {
        (rules.kind == .fuzzy || rules.kind == .exact) && term.count >= 2 && term.count <= 64 && !term.contains(0x20)
    }

    /// Two words written together rank as the same words with the space typed: the start of the
    /// text, whole words, or the start of a word.
    static func joinedTier(position: Int, restIsWholeWord: Bool) -> UInt8 {
        position == 0 ? Tier.fieldPrefix : restIsWholeWord ? Tier.word : Tier.wordPrefix
    }

    /// Whether a term is matched on bytes rather than word by word.
    static func matchesBytes(_ term: [UInt8], _ kind: SearchQuery.Kind) -> Bool {
        kind == .prefix || kind == .suffix || term.contains(0x20)
    }

    /// The best match of a term in one field and the folded byte ranges it covers.
    struct Match {
        var tier: UInt8
        var ranges: [Range<Int>]
    }

    /// The best way `term` matches `field` (nil when it does not): the reference for what the index
    /// finds, and the source of highlights.
    static func match(_ term: [UInt8], _ rules: Rules, in field: borrowing FoldedField) -> Match? {
        let text = field.bytes
        guard !term.isEmpty, !text.isEmpty else { return nil }
        if matchesBytes(term, rules.kind) {
            return text.withUnsafeBufferPointer { buffer in
                term.withUnsafeBufferPointer { byteMatch($0, rules.kind, in: buffer) }
            }
        }
        var best: Match?
        let termMask = FoldedField.mask(of: term)
        let wordCount = field.wordStarts.count
        text.withUnsafeBufferPointer { buffer in
            term.withUnsafeBufferPointer { pin in
                for position in 0..<wordCount {
                    let begin = Int(field.wordStarts[position])
                    let end = position + 1 < wordCount ? Int(field.wordStarts[position + 1]) - 1 : buffer.count
                    let word = UnsafeBufferPointer(rebasing: buffer[begin..<end])
                    var wordMask: UInt64 = 0
                    for byte in word { wordMask |= FoldedField.bit(byte) }
                    let tiers = wordTiers(pin, termMask: termMask, in: word, wordMask: wordMask, rules: rules)
                    let tier = tiers.tier(wordCount: wordCount, position: position)
                    guard tier > (best?.tier ?? 0) else { continue }
                    switch tiers.hit {
                    case .none: continue
                    case .substring(let at): best = Match(tier: tier, ranges: [(begin + at)..<(begin + at + term.count)])
                    case .typo: best = Match(tier: tier, ranges: [begin..<end])
                    case .scattered:
                        let positions = scatteredPositions(pin, in: word, record: true) ?? []
                        best = Match(tier: tier, ranges: positions.map { (begin + $0)..<(begin + $0 + 1) })
                    }
                }
            }
        }
        if joinApplies(term, rules) {
            text.withUnsafeBufferPointer { buffer in
                for position in 0..<max(0, wordCount - 1) {
                    let begin = Int(field.wordStarts[position])
                    let next = Int(field.wordStarts[position + 1])
                    let nextEnd = position + 2 < wordCount ? Int(field.wordStarts[position + 2]) - 1 : buffer.count
                    let head = next - 1 - begin
                    guard head < term.count, term.prefix(head).elementsEqual(buffer[begin..<(next - 1)]) else { continue }
                    let rest = term.count - head
                    guard rest <= nextEnd - next, term[head...].elementsEqual(buffer[next..<(next + rest)]) else { continue }
                    let tier = joinedTier(position: position, restIsWholeWord: rest == nextEnd - next)
                    if tier > (best?.tier ?? 0) { best = Match(tier: tier, ranges: [begin..<(next - 1), next..<(next + rest)]) }
                }
            }
        }
        if acronymApplies(term, rules), Tier.acronym > (best?.tier ?? 0), let ranges = acronym(term, in: field) {
            best = Match(tier: Tier.acronym, ranges: ranges)
        }
        return best
    }

    /// Terms with spaces, `^prefix` and `suffix$`, on a text's folded bytes: the whole text, its
    /// start (or end), a run of whole words, the start of a word, or inside a word.
    static func byteMatch(_ term: UnsafeBufferPointer<UInt8>, _ kind: SearchQuery.Kind, in text: UnsafeBufferPointer<UInt8>) -> Match? {
        let n = term.count
        guard n > 0, n <= text.count else { return nil }
        switch kind {
        case .prefix:
            for index in 0..<n where text[index] != term[index] { return nil }
            return Match(tier: text.count == n ? Tier.wholeField : Tier.fieldPrefix, ranges: [0..<n])
        case .suffix:
            let offset = text.count - n
            for index in 0..<n where text[offset + index] != term[index] { return nil }
            return Match(tier: text.count == n ? Tier.wholeField : Tier.fieldPrefix, ranges: [offset..<text.count])
        case .exact, .fuzzy:
            break
        }
        guard var at = firstIndex(term, in: text) else { return nil }
        if at == 0 && n == text.count { return Match(tier: Tier.wholeField, ranges: [0..<n]) }
        var best = Match(tier: 0, ranges: [])
        while true {
            let startsWord = at == 0 || text[at - 1] == 0x20
            let endsWord = at + n == text.count || text[at + n] == 0x20
            let tier = at == 0 ? Tier.fieldPrefix : startsWord && endsWord ? Tier.word : startsWord ? Tier.wordPrefix : Tier.inside
            if tier > best.tier { best = Match(tier: tier, ranges: [at..<(at + n)]) }
            if best.tier >= Tier.fieldPrefix { break }
            guard let next = firstIndex(term, in: text, from: at + 1) else { break }
            at = next
        }
        return best
    }

    /// Words left out of acronyms ("Ministry of Defence Industry" is MDI).
    static let stopWords: [[UInt8]] = ["of", "the", "and", "for", "de", "la", "des", "du", "und", "ve", "i"].map { Array($0.utf8) }

    static func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 1 && word.count <= 3 else { return false }
        return stopWords.contains { $0.count == word.count && $0.elementsEqual(word) }
    }

    /// The term spelled by the first letters of consecutive words (stop words skipped).
    static func acronym(_ term: [UInt8], in field: borrowing FoldedField) -> [Range<Int>]? {
        var initials: [UInt8] = []
        var positions: [Int] = []
        field.bytes.withUnsafeBufferPointer { buffer in
            for (index, start) in field.wordStarts.enumerated() {
                let begin = Int(start)
                let end = index + 1 < field.wordStarts.count ? Int(field.wordStarts[index + 1]) - 1 : buffer.count
                if isStopWord(UnsafeBufferPointer(rebasing: buffer[begin..<end])) { continue }
                initials.append(buffer[begin])
                positions.append(begin)
            }
        }
        let found = initials.withUnsafeBufferPointer { initials in term.withUnsafeBufferPointer { firstIndex($0, in: initials) } }
        guard initials.count >= 2, let at = found else { return nil }
        return positions[at..<(at + term.count)].map { $0..<($0 + 1) }
    }

    /// The term's letters in order within one word, spanning at most twice the term's length (fzf's
    /// fuzzy match, kept compact so that short queries do not match everything). Positions are
    /// collected only when `record` is set; otherwise an empty array means "found".
    static func scatteredPositions(_ term: UnsafeBufferPointer<UInt8>, in word: UnsafeBufferPointer<UInt8>, record: Bool) -> [Int]? {
        let limit = term.count * 2
        var start = 0
        while start < word.count {
            var first = start
            while first < word.count && word[first] != term[0] { first += 1 }
            guard first < word.count else { return nil }
            var positions: [Int] = []
            if record { positions.append(first) }
            var matched = 1
            var index = first + 1
            while matched < term.count {
                while index < word.count && word[index] != term[matched] && index - first < limit { index += 1 }
                guard index < word.count, word[index] == term[matched], index - first < limit else { break }
                if record { positions.append(index) }
                matched += 1
                index += 1
            }
            if matched == term.count { return positions }
            start = first + 1
        }
        return nil
    }

    /// First position of `needle` in `haystack` at or after `from`.
    @inline(__always)
    static func firstIndex(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        let n = needle.count
        guard n > 0, n <= haystack.count - from else { return nil }
        let first = needle[0]
        var index = from
        let last = haystack.count - n
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < n && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == n { return index }
            }
            index += 1
        }
        return nil
    }
}
