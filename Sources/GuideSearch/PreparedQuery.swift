/// A parsed query ready to test entries: the matching and scoring rules live here.
struct PreparedQuery {
    struct Term {
        var kind: SearchQuery.Kind
        var negated: Bool
        var spellings: [[UInt8]]
        var masks: [UInt64]
        /// One word of four letters or more: eligible for a one-typo match.
        var allowsTypo: Bool
    }

    /// Quality tiers, best first; a field's weight multiplies them.
    enum Tier {
        static let wholeField = 100
        static let fieldPrefix = 90
        static let word = 80
        static let wordPrefix = 70
        static let acronym = 60
        static let inside = 45
        static let typo = 30
        static let scattered = 15
    }

    /// Words left out of acronyms ("Ministry of Defence Industry" is MDI).
    static let stopWords: Set<[UInt8]> = Set(["of", "the", "and", "for", "de", "la", "des", "du", "und", "ve", "i"].map { Array($0.utf8) })

    let groups: [[Term]]
    /// Whether one-typo and scattered-letter matches are tried. They cost most of the time on
    /// large shows, so a search first runs without them and falls back when it finds too little.
    let approximate: Bool

    init(_ query: SearchQuery, approximate: Bool = true) {
        self.approximate = approximate
        groups = query.groups.map { group in
            group.map { term in
                var spellings = term.spellings
                if term.kind == .fuzzy, !term.negated, let first = term.spellings.first {
                    spellings += Synonyms.alternatives(for: first)
                }
                return Term(kind: term.kind, negated: term.negated, spellings: spellings,
                     masks: spellings.map(FoldedField.mask(of:)),
                     allowsTypo: term.kind == .fuzzy && (term.spellings.first?.count ?? 0) >= 4 && !(term.spellings.first?.contains(0x20) ?? true))
            }
        }
    }

    /// The best way one term matches one folded text: tier and the folded byte ranges matched.
    struct Match {
        var tier: Int
        var ranges: [Range<Int>]
    }

    /// The entry's score and best field, or nil when it does not match. Allocation-free: this
    /// runs for every entry on every keystroke. Highlights are computed later, for shown hits only.
    func score(_ entry: SearchIndex.Entry) -> (score: Int, field: Int)? {
        var total = 0
        var bestField = 0
        var bestFieldScore = -1
        for group in groups {
            var groupBest = 0
            for term in group {
                if term.negated {
                    if !contains(entry, term) { groupBest = max(groupBest, 1) }
                    continue
                }
                for spellingIndex in term.spellings.indices {
                    let missing = term.masks[spellingIndex] & ~entry.mask
                    if missing != 0 && !(term.allowsTypo && missing.nonzeroBitCount <= 1) { continue }
                    let spelling = term.spellings[spellingIndex]
                    // Fields are read in place (copying one retains all its arrays).
                    entry.fields.withUnsafeBufferPointer { fields in
                        for fieldIndex in fields.indices {
                            var tier = Self.tier(spelling, term, in: fields[fieldIndex].folded, approximate: approximate)
                            if fields[fieldIndex].alternative != nil {
                                tier = max(tier, Self.tier(spelling, term, in: fields[fieldIndex].alternative!, approximate: approximate))
                            }
                            guard tier > 0 else { continue }
                            let score = tier * fields[fieldIndex].weight
                            if score > groupBest { groupBest = score }
                            if score > bestFieldScore {
                                bestFieldScore = score
                                bestField = fieldIndex
                            }
                        }
                    }
                }
            }
            guard groupBest > 0 else { return nil }
            total += groupBest
        }
        return (total, bestField)
    }

    /// The hit for a matching entry, with the matched characters of its best field.
    func hit(_ entry: SearchIndex.Entry, score: Int, field fieldIndex: Int) -> SearchHit {
        let field = entry.fields[fieldIndex]
        var ranges: [Range<Int>] = []
        for group in groups {
            for term in group where !term.negated {
                for spelling in term.spellings {
                    if let found = Self.match(spelling, term, in: field.folded) { ranges += found.ranges.map(field.folded.scalarRange) }
                }
            }
        }
        return SearchHit(kind: entry.kind, id: entry.id, title: entry.title, matchedField: field.label,
                         matchedText: field.text, score: score,
                         highlights: FoldedField.characterRanges(Self.merged(ranges), in: field.text))
    }

    /// True when any field contains the (negated) term in its way.
    func contains(_ entry: SearchIndex.Entry, _ term: Term) -> Bool {
        for spelling in term.spellings {
            for field in entry.fields {
                if Self.match(spelling, term, in: field.folded) != nil { return true }
                if let alternative = field.alternative, Self.match(spelling, term, in: alternative) != nil { return true }
            }
        }
        return false
    }

    static func tier(_ term: [UInt8], _ spec: Term, in field: borrowing FoldedField, approximate: Bool) -> Int {
        match(term, spec, in: field, approximate: approximate)?.tier ?? 0
    }

    static func match(_ term: [UInt8], _ spec: Term, in field: borrowing FoldedField, approximate: Bool = true) -> Match? {
        let text = field.bytes
        let n = term.count
        guard n > 0, !text.isEmpty else { return nil }
        switch spec.kind {
        case .prefix:
            guard text.starts(with: term) else { return nil }
            return Match(tier: text.count == n ? Tier.wholeField : Tier.fieldPrefix, ranges: [0..<n])
        case .suffix:
            guard text.count >= n, Array(text[(text.count - n)...]) == term else { return nil }
            return Match(tier: text.count == n ? Tier.wholeField : Tier.fieldPrefix, ranges: [(text.count - n)..<text.count])
        case .exact, .fuzzy:
            break
        }
        if text == term { return Match(tier: Tier.wholeField, ranges: [0..<n]) }
        if let position = ByteSearch.firstIndex(of: term, in: text) {
            // Prefer an occurrence at a word start: scan occurrences for the best one.
            var best = Match(tier: Tier.inside, ranges: [position..<(position + n)])
            var from = position
            while let at = ByteSearch.firstIndex(of: term, in: text, from: from) {
                let startsWord = at == 0 || text[at - 1] == 0x20
                let endsWord = at + n == text.count || text[at + n] == 0x20
                let tier: Int
                if at == 0 { tier = Tier.fieldPrefix } else if startsWord && endsWord { tier = Tier.word }
                else if startsWord { tier = Tier.wordPrefix } else { tier = Tier.inside }
                if tier > best.tier { best = Match(tier: tier, ranges: [at..<(at + n)]) }
                if best.tier >= Tier.fieldPrefix { break }
                from = at + 1
            }
            return best
        }
        guard spec.kind == .fuzzy else { return nil }
        if n >= 2, !term.contains(0x20), let ranges = acronym(term, in: field) {
            return Match(tier: Tier.acronym, ranges: ranges)
        }
        guard approximate else { return nil }
        if spec.allowsTypo {
            let found: Range<Int>? = text.withUnsafeBufferPointer { buffer in
                for (index, start) in field.wordStarts.enumerated() {
                    let begin = Int(start)
                    let end = index + 1 < field.wordStarts.count ? Int(field.wordStarts[index + 1]) - 1 : text.count
                    guard abs((end - begin) - n) <= 1 else { continue }
                    if ByteSearch.withinOneEdit(term, buffer[begin..<end]) { return begin..<end }
                }
                return nil
            }
            if let found { return Match(tier: Tier.typo, ranges: [found]) }
        }
        if n >= 4, !term.contains(0x20), let ranges = scattered(term, in: text) {
            return Match(tier: Tier.scattered, ranges: ranges)
        }
        return nil
    }

    /// True when `text[begin..<end]` is a stop word, compared in place (no allocation: this runs
    /// for every word of every field on every keystroke).
    static func isStopWord(_ text: [UInt8], _ begin: Int, _ end: Int) -> Bool {
        let length = end - begin
        guard length >= 1 && length <= 3 else { return false }
        for word in stopWordList where word.count == length {
            var same = true
            for k in 0..<length where text[begin + k] != word[k] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    static let stopWordList: [[UInt8]] = Array(stopWords)

    /// The term spelled by the first letters of consecutive words (stop words skipped).
    static func acronym(_ term: [UInt8], in field: borrowing FoldedField) -> [Range<Int>]? {
        let text = field.bytes
        var initials: [UInt8] = []
        var positions: [Int] = []
        for (index, start) in field.wordStarts.enumerated() {
            let begin = Int(start)
            let end = index + 1 < field.wordStarts.count ? Int(field.wordStarts[index + 1]) - 1 : text.count
            if isStopWord(text, begin, end) { continue }
            initials.append(text[begin])
            positions.append(begin)
        }
        guard initials.count >= term.count, let at = ByteSearch.firstIndex(of: term, in: initials) else { return nil }
        return positions[at..<(at + term.count)].map { $0..<($0 + 1) }
    }

    /// The term's letters in order, within a span of at most twice its length (fzf's fuzzy
    /// match, kept compact so that short queries do not match everything).
    static func scattered(_ term: [UInt8], in text: [UInt8]) -> [Range<Int>]? {
        let limit = term.count * 2
        var start = 0
        while start < text.count {
            guard let first = text[start...].firstIndex(of: term[0]) else { return nil }
            var positions = [first]
            var index = first + 1
            for byte in term.dropFirst() {
                while index < text.count && text[index] != byte && index - first < limit { index += 1 }
                guard index < text.count, text[index] == byte, index - first < limit else { break }
                positions.append(index)
                index += 1
            }
            if positions.count == term.count { return positions.map { $0..<($0 + 1) } }
            start = first + 1
        }
        return nil
    }

    /// Sorted, overlapping ranges joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
