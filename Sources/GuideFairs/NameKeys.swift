/// The keys one exhibitor name is matched by, one per tier of the matching rule (see
/// `ExhibitorMatchRule`). Two names agree on a tier when their keys for it are equal, so matching
/// many names is hashing, not comparing every pair.
public struct NameKeys: Sendable, Equatable, Hashable {
    /// Folded words joined by single spaces (`NameTokenizer`): case, accents, punctuation, quotes
    /// and spacing ignored, `&` read as "and". Empty when the name has no letters or digits, and
    /// then it matches nothing.
    public let exact: String
    /// `exact` without legal forms at its start and end (`JSC`, `LTD`, `A.Ş.`, `CO., LTD.`,
    /// `SANAYI VE TICARET A.Ş.`) and without a leading "the"; nothing is reordered. Nil when nothing
    /// distinctive is left (`NameWordLists.generic`): "DEFENCE SYSTEMS LTD" is not evidence enough.
    public let legalFormIgnored: String?
    /// `legalFormIgnored` without the name's own acronym at its start or end ("PAKISTAN AERONAUTICAL
    /// COMPLEX (PAC)", "IAI - ISRAEL AEROSPACE INDUSTRIES"): compared by one edit (fuzzy tier).
    public let loose: String?
    /// The distinct words of `loose` without joining words (the, of, and...), sorted: equal sets
    /// are a fuzzy match ("MINISTRY OF DEFENSE OF THE REPUBLIC" / "MINISTRY OF THE DEFENSE OF THE
    /// REPUBLIC", "CONCERN KALASHNIKOV" / "KALASHNIKOV CONCERN").
    public let looseWordSet: String?
    /// `legalFormIgnored` in Latin letters with romanisation variants absorbed (`SpellingKey`):
    /// "РОСОБОРОНЭКСПОРТ" and "Rosoboroneksport" agree on it (transliteration tier).
    public let spelling: String?
    /// The first word of a name of two words or more (legal forms and a leading "the" removed)
    /// when it could be the company's brand: at least 4 letters, not generic, not a common first
    /// word, not a place or nationality, and no place among the words after it (a branch). "RAFAEL"
    /// for "RAFAEL ADVANCED DEFENSE SYSTEMS LTD" (brand-word tier, against `singleWord`).
    public let brandWord: String?
    /// The name's only word once legal forms are removed ("RAFAEL", "HTR"), when distinctive.
    public let singleWord: String?
    /// An acronym the name gives for itself, of three letters or more: a bracketed word whose
    /// letters are initials of the name's words in order ("HAVELSAN TEKNOLOJI RADAR (HTR)
    /// SANAYI"), or a first or last word that is the initials of the others ("IAI - ISRAEL
    /// AEROSPACE INDUSTRIES"). Ties the name to a name that is only that acronym, and to other
    /// names giving the same acronym (acronym tier).
    public let acronym: String?

    public init(name: String) {
        let words = NameTokenizer.words(of: name)
        let roles = words.map { NameWordLists.roles[$0] ?? [] }
        exact = Self.joined(words[...])
        let kept = Self.rangeWithoutLegalForms(words, roles: roles)
        guard Self.isDistinctive(words[kept], roles: roles[kept]) else {
            legalFormIgnored = nil
            loose = nil
            looseWordSet = nil
            spelling = nil
            brandWord = nil
            singleWord = nil
            acronym = nil
            return
        }
        // Most names have no legal form and no acronym: their keys share one string.
        let legal = kept.count == words.count ? exact : Self.joined(words[kept])
        legalFormIgnored = legal
        let spellingKey = SpellingKey.key(ofWords: words[kept])
        // Short keys collapse too much ("BBT" and "BTT" are both "bt"): only from six letters.
        spelling = spellingKey.utf8.count - kept.count + 1 >= 6 ? spellingKey : nil
        singleWord = kept.count == 1 ? legal : nil
        brandWord = Self.brandWord(words, within: kept, roles: roles)
        let looseRange = Self.rangeWithoutOwnAcronym(words, within: kept, roles: roles)
        acronym = Self.bracketedAcronym(in: name, words: words, within: kept)
            ?? Self.ownAcronym(words, kept: kept, loose: looseRange)
        loose = looseRange == kept ? legal : Self.joined(words[looseRange])
        var significant = looseRange.filter { !roles[$0].contains(.joining) }.map { words[$0] }
        significant.sort()
        var distinct: [String] = []
        distinct.reserveCapacity(significant.count)
        for word in significant where distinct.last != word { distinct.append(word) }
        looseWordSet = Self.joined(distinct[...])
    }

    /// The words separated by single spaces, written straight into one string: what
    /// `joined(separator: " ")` gives, without its generic walk (three keys for each of 100,000
    /// names).
    static func joined(_ words: ArraySlice<String>) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        let length = words.reduce(words.count - 1) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for var word in words {
                if position > 0 {
                    buffer[position] = 0x20
                    position += 1
                }
                position += word.withUTF8 { bytes in
                    if let source = bytes.baseAddress { (buffer.baseAddress! + position).update(from: source, count: bytes.count) }
                    return bytes.count
                }
            }
            return position
        }
    }

    /// The words left once legal forms (longest first) and a leading "the" are removed from both
    /// ends, until none is left there. A name that is only a legal form ("AS") leaves nothing.
    static func rangeWithoutLegalForms(_ words: [String], roles: [NameWordLists.Roles]) -> Range<Int> {
        var start = 0
        var end = words.count
        while start < end {
            if roles[start].contains(.leadingNoise) {
                start += 1
            } else if roles[start].contains(.startsLegalForm), let form = NameWordLists.legalFormsByFirstWord[words[start]]?.first(where: {
                $0.count <= end - start && words[start..<(start + $0.count)].elementsEqual($0)
            }) {
                start += form.count
            } else if roles[end - 1].contains(.endsLegalForm), let form = NameWordLists.legalFormsByLastWord[words[end - 1]]?.first(where: {
                $0.count <= end - start && words[(end - $0.count)..<end].elementsEqual($0)
            }) {
                end -= form.count
            } else {
                break
            }
        }
        return start..<end
    }

    /// Whether the words say which company is meant: at least one word that is neither generic
    /// nor joining, and at least two letters or digits in all.
    static func isDistinctive(_ words: ArraySlice<String>, roles: ArraySlice<NameWordLists.Roles>) -> Bool {
        guard roles.contains(where: { $0.isDisjoint(with: [.generic, .joining]) }) else { return false }
        var length = 0
        for word in words {
            length += word.unicodeScalars.count
            if length >= 2 { return true }
        }
        return false
    }

    /// The part of `range` left once a first or last word that is the initials of the other words
    /// (joining words skipped or not) is dropped, when at least two words remain: an acronym of
    /// the name adds nothing to it.
    static func rangeWithoutOwnAcronym(_ words: [String], within range: Range<Int>, roles: [NameWordLists.Roles]) -> Range<Int> {
        guard range.count >= 3 else { return range }
        let (first, last) = (range.lowerBound, range.upperBound - 1)
        if isAcronym(words[first], of: words[(first + 1)...last], roles: roles[(first + 1)...last]) { return (first + 1)..<range.upperBound }
        if isAcronym(words[last], of: words[first..<last], roles: roles[first..<last]) { return first..<last }
        return range
    }

    static func isAcronym(_ candidate: String, of words: ArraySlice<String>, roles: ArraySlice<NameWordLists.Roles>) -> Bool {
        // Cheap test first: an acronym has as many letters as the words it stands for.
        let length = candidate.utf8.count
        let significantCount = roles.reduce(0) { $1.contains(.joining) ? $0 : $0 + 1 }
        guard length >= 2, length == words.count || length == significantCount else { return false }
        let letters = Array(candidate.unicodeScalars)
        guard letters.count == length, letters.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
        let initials = { (includeJoining: Bool) in
            zip(words, roles).compactMap { word, role -> Unicode.Scalar? in
                includeJoining || !role.contains(.joining) ? word.unicodeScalars.first : nil
            }
        }
        return letters == initials(false) || letters == initials(true)
    }

    /// See `brandWord`.
    static func brandWord(_ words: [String], within kept: Range<Int>, roles: [NameWordLists.Roles]) -> String? {
        guard kept.count >= 2 else { return nil }
        let first = words[kept.lowerBound]
        guard roles[kept.lowerBound].isDisjoint(with: [.generic, .joining, .startsLegalForm, .endsLegalForm]),
              first.unicodeScalars.count >= 4, first.unicodeScalars.contains(where: \.properties.isAlphabetic),
              !EvidenceWordLists.commonFirstWords.contains(first), !EvidenceWordLists.isPlace(first),
              !words[(kept.lowerBound + 1)..<kept.upperBound].contains(where: EvidenceWordLists.isPlace)
        else { return nil }
        return first
    }

    /// The acronym in brackets (round or square) whose letters are, in order, initials of the
    /// name's other words, the first of them the first word's; see `acronym`.
    static func bracketedAcronym(in name: String, words: [String], within kept: Range<Int>) -> String? {
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) else { return nil }
        var inside = false
        var current = ""
        var candidates: [String] = []
        for character in name {
            switch character {
            case "(", "[":
                inside = true
                current = ""
            case ")", "]":
                if inside { candidates.append(current) }
                inside = false
            default:
                if inside { current.append(character) }
            }
        }
        for candidate in candidates {
            let folded = NameTokenizer.words(of: candidate)
            guard folded.count == 1, let acronym = folded.first, isAcronymLike(acronym) else { continue }
            let others = words[kept].filter { $0 != acronym }
            guard let firstInitial = others.first?.unicodeScalars.first, acronym.unicodeScalars.first == firstInitial else { continue }
            var initials = others.compactMap(\.unicodeScalars.first)[...]
            var matched = true
            for letter in acronym.unicodeScalars {
                guard let position = initials.firstIndex(of: letter) else {
                    matched = false
                    break
                }
                initials = initials[(position + 1)...]
            }
            if matched { return acronym }
        }
        return nil
    }

    /// The name's own acronym as its first or last word (`rangeWithoutOwnAcronym` dropped it).
    static func ownAcronym(_ words: [String], kept: Range<Int>, loose: Range<Int>) -> String? {
        guard loose != kept else { return nil }
        let acronym = loose.lowerBound > kept.lowerBound ? words[kept.lowerBound] : words[kept.upperBound - 1]
        return isAcronymLike(acronym) ? acronym : nil
    }

    /// Three to eight letters (digits allowed after the first), not a generic word or legal form.
    static func isAcronymLike(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard (3...8).contains(scalars.count), let first = scalars.first, first.properties.isAlphabetic,
              scalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return false }
        let roles = NameWordLists.roles[word] ?? []
        return roles.isDisjoint(with: [.generic, .joining, .startsLegalForm, .endsLegalForm]) && !EvidenceWordLists.isPlace(word)
    }
}
